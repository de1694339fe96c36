import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { Partners } from "./ports.ts";

export interface UnsubscribeDeps {
  signer: () => Promise<TokenSigner>;
  partners: Pick<Partners, "byHandle" | "unsubscribe">;
}

/**
 * A partner leaves the mailing list through the signed link in every conference mail (purpose "unsubscribe",
 * subject the partner's opaque handle). Again is harmless: the first time stays recorded.
 */
export async function unsubscribeByToken(
  deps: UnsubscribeDeps,
  token: string,
  now: Date,
): Promise<LinkOutcome<{ email: string; changed: boolean }>> {
  const check = (await deps.signer()).verify(token, "unsubscribe", now);
  if (!check.ok) return { kind: check.reason };
  const partner = await deps.partners.byHandle(check.subject);
  if (!partner) return { kind: "not_found" };
  const result = await deps.partners.unsubscribe(partner.email, now);
  if (result.outcome === "not_found") return { kind: "not_found" };
  return { kind: "ok", email: result.partner.email, changed: result.outcome === "unsubscribed" };
}
