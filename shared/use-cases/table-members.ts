import { randomUUID } from "node:crypto";
import { memberRemovedMail } from "../domain/member-mail-data.ts";
import type { Partner } from "../domain/partner.ts";
import type { WorkTable } from "../domain/work-table.ts";

/** What removing a member needs of the partner directory (PartnerRepository is one). */
export interface MemberDirectory {
  get(email: string): Promise<Partner | undefined>;
  /** The partner a link (or the console's list) names by its opaque handle. */
  byHandle(handle: string): Promise<Partner | undefined>;
  /** Off a work table, audited, with the mail to the member if any, at once; false when no member (any more). */
  removeFromTable(
    email: string,
    workTableId: string,
    change: { actor: string; action: "partner.remove_from_table"; note: string },
    now: Date,
    mail?: ReturnType<typeof memberRemovedMail>,
  ): Promise<boolean>;
}

export interface RemoveMemberDeps {
  partners: Pick<MemberDirectory, "get" | "byHandle" | "removeFromTable">;
}

/** A member as the console names them (the handle in its list) or the API does (the address). */
export type MemberRef = { handle: string } | { email: string };

export type RemoveMemberOutcome =
  | { kind: "ok"; partner: Partner }
  /** Nobody of that name is a member of this table. */
  | { kind: "not_member" }
  /** A member when read, none any more when written (removed or left at the same moment): nothing written. */
  | { kind: "conflict"; partner: Partner };

/**
 * A contact person or a coordinator takes a member off the table, with a note why (kept in the audit log only).
 * The member is told politely, in their language, with replies going to the table's contact, unless they left all
 * of the network's mail. The removal, its audit entry and the mail are one write.
 */
export async function removeMember(
  deps: RemoveMemberDeps,
  table: Pick<WorkTable, "id" | "numeral" | "name" | "contact">,
  member: MemberRef,
  note: string,
  actor: string,
  now: Date,
): Promise<RemoveMemberOutcome> {
  const partner =
    "handle" in member ? await deps.partners.byHandle(member.handle) : await deps.partners.get(member.email);
  if (!partner?.workTableIds.has(table.id)) return { kind: "not_member" };
  const removed = await deps.partners.removeFromTable(
    partner.email,
    table.id,
    { actor, action: "partner.remove_from_table", note },
    now,
    // Who left all of the network's mail is not written to, even about this.
    partner.unsubscribedAt ? undefined : memberRemovedMail(partner, table, table.contact, randomUUID()),
  );
  return removed ? { kind: "ok", partner } : { kind: "conflict", partner };
}
