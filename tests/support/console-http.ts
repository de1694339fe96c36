import { isSignInMail, mailsTo, nextSignInLink } from "./mailbox.ts";
import { passSecondStepOverHttp } from "./second-factor.ts";

/** A person signed in to a running stack's console, as a browser would be: cookie, form token, and requests. */
export interface ConsoleClient {
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  /** A form POST from the console itself (its Origin, the session's token added). */
  post(path: string, fields: Record<string, string>): Promise<Response>;
}

/** Signs in with the mailed link (the real mail, from the SES emulator's store) and returns the session. */
export async function consoleSignIn(appUrl: string, email: string): Promise<ConsoleClient> {
  const form = (fields: Record<string, string>) => ({
    method: "POST",
    headers: { Origin: appUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual" as const,
  });
  const before = (await mailsTo(email)).filter(isSignInMail).length;
  const asked = await fetch(`${appUrl}/anmelden`, form({ email }));
  if (asked.status !== 200) throw new Error(`sign-in request: ${asked.status}`);
  // The link works only in the browser that asked for it: this "browser" keeps its sign-in cookie.
  const browser = /nm_signin=[^;]+/.exec(asked.headers.get("set-cookie") ?? "")?.[0] ?? "";
  const link = await nextSignInLink(email, before, appUrl);
  const press = form({});
  const pressed = await fetch(link, { ...press, headers: { ...press.headers, Cookie: browser } });
  const stepOne = /nm_session=[^;]+/.exec(pressed.headers.get("set-cookie") ?? "")?.[0];
  if (pressed.status !== 303 || !stepOne) throw new Error(`sign-in: ${pressed.status}`);
  const cookie = pressed.headers.get("location")?.startsWith("/anmelden/zweiter-faktor")
    ? await passSecondStepOverHttp(appUrl, stepOne, email)
    : stepOne;
  const page = await (await fetch(`${appUrl}/konsole/zugang`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  return {
    cookie,
    csrf,
    get: (path) => fetch(`${appUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" }),
    post: (path, fields) => {
      const request = form({ ...fields, _csrf: csrf });
      return fetch(`${appUrl}${path}`, { ...request, headers: { ...request.headers, Cookie: cookie } });
    },
  };
}
