/**
 * The one script of the product: the browser's part of a passkey, for the second step's pages only (their CSP
 * allows exactly this same-origin file). It reads the options the page carries as JSON, asks the browser for a
 * passkey (navigator.credentials), and posts the answer in an ordinary form. Without JavaScript, or without
 * passkey support, the button stays hidden and the code form works as before.
 */
export const PASSKEY_SCRIPT = `(() => {
  const form = document.getElementById("passkey-form");
  const data = document.getElementById("passkey-options");
  if (!form || !data || !window.PublicKeyCredential) return;
  const toBytes = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  };
  const toText = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
  const options = JSON.parse(data.textContent);
  const mode = form.dataset.mode;
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    if (form.elements.response.value) return;
    event.preventDefault();
    const status = document.getElementById("passkey-status");
    try {
      const publicKey = { ...options, challenge: toBytes(options.challenge) };
      if (mode === "register") {
        publicKey.user = { ...options.user, id: toBytes(options.user.id) };
        publicKey.excludeCredentials = (options.excludeCredentials || []).map((c) => ({ ...c, id: toBytes(c.id) }));
        const credential = await navigator.credentials.create({ publicKey });
        const response = credential.response;
        form.elements.response.value = JSON.stringify({
          id: credential.id,
          rawId: toText(credential.rawId),
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            clientDataJSON: toText(response.clientDataJSON),
            attestationObject: toText(response.attestationObject),
            transports: response.getTransports ? response.getTransports() : [],
          },
        });
      } else {
        publicKey.allowCredentials = (options.allowCredentials || []).map((c) => ({ ...c, id: toBytes(c.id) }));
        const credential = await navigator.credentials.get({ publicKey });
        const response = credential.response;
        form.elements.response.value = JSON.stringify({
          id: credential.id,
          rawId: toText(credential.rawId),
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            clientDataJSON: toText(response.clientDataJSON),
            authenticatorData: toText(response.authenticatorData),
            signature: toText(response.signature),
            userHandle: response.userHandle ? toText(response.userHandle) : undefined,
          },
        });
      }
      form.submit();
    } catch (error) {
      if (status) status.textContent = form.dataset.failed || "";
    }
  });
})();
`;
