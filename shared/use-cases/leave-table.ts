import type { Partner } from "../domain/partner.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { LinkOutcome } from "./link-outcome.ts";
import type { Partners, WorkTables } from "./ports.ts";

export interface LeaveDeps {
  signer: () => Promise<TokenSigner>;
  partners: Pick<Partners, "byHandle" | "removeFromTable">;
  workTables: Pick<WorkTables, "get">;
}

export type LeaveLoad = LinkOutcome<{ partner: Partner; table: WorkTable; member: boolean }>;

/**
 * The link in every mail of a table's meeting (purpose "leave", subject `<workTableId>|<partner handle>`): which
 * member and which table. Opening it changes nothing.
 */
export async function loadLeave(deps: LeaveDeps, token: string, now: Date): Promise<LeaveLoad> {
  const check = (await deps.signer()).verify(token, "leave", now);
  if (!check.ok) return { kind: check.reason };
  const [workTableId, handle] = check.subject.split("|");
  if (!workTableId || !handle) return { kind: "invalid" };
  const [partner, table] = await Promise.all([deps.partners.byHandle(handle), deps.workTables.get(workTableId)]);
  if (!partner || !table) return { kind: "not_found" };
  return { kind: "ok", partner, table, member: partner.workTableIds.has(table.id) };
}

/**
 * The member leaves the table: no more of its meetings' mail (the network's conferences still come; leaving all
 * mail is the unsubscribe link). Recorded in the audit log; again changes nothing.
 */
export async function leaveTable(deps: LeaveDeps, token: string, now: Date): Promise<LeaveLoad> {
  const loaded = await loadLeave(deps, token, now);
  if (loaded.kind !== "ok" || !loaded.member) return loaded;
  await deps.partners.removeFromTable(
    loaded.partner.email,
    loaded.table.id,
    { actor: "link:partner", action: "partner.leave_table" },
    now,
  );
  return { ...loaded, member: false };
}
