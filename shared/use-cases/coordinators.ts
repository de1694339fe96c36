import type { Access } from "./ports.ts";

export interface CoordinatorDeps {
  access: Pick<
    Access,
    "addCoordinator" | "requireSecondFactorEverywhere" | "removeCoordinator" | "endAllSessions" | "endAllApiTokens"
  >;
}

/**
 * Someone becomes a coordinator. Their sessions (a contact person may be signed in with the link alone) go back to
 * the second step: coordinator rights need a session verified with a second factor. False: one already.
 */
export async function addCoordinator(
  deps: CoordinatorDeps,
  by: string,
  email: string,
  name: string | undefined,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const added = await deps.access.addCoordinator(
    { email, ...(name ? { name } : {}), addedBy: by, addedAt: at },
    { at, actor: by, action: "coordinator.add", subject: { type: "person", id: email }, after: { email } },
    now,
  );
  if (added) await deps.access.requireSecondFactorEverywhere(email);
  return added;
}

/**
 * A coordinator is taken off the list, never the last one (the count is a condition of the removal, so two removals
 * at once cannot remove the last two). Their sessions and personal API tokens end with it.
 */
export async function removeCoordinator(
  deps: CoordinatorDeps,
  by: string,
  email: string,
  now: Date,
): Promise<"removed" | "not_found" | "last"> {
  const address = email.trim().toLowerCase();
  const outcome = await deps.access.removeCoordinator(
    address,
    {
      at: now.toISOString(),
      actor: by,
      action: "coordinator.remove",
      subject: { type: "person", id: address },
      before: { email: address },
    },
    now,
  );
  if (outcome === "removed") {
    await deps.access.endAllSessions(address);
    await deps.access.endAllApiTokens(address);
  }
  return outcome;
}
