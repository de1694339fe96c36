import type { NewMail, TableRef } from "./mail.ts";
import type { Partner } from "./partner.ts";

/**
 * A member was taken off a work table: they are told, in their language, by the network's sender; replies reach
 * the table's contact person. The mail id is the removal's own, so a retried removal queues it once.
 */
export function memberRemovedMail(
  partner: Pick<Partner, "email" | "name" | "locale">,
  table: TableRef & { id: string },
  replyTo: { name: string; email: string },
  removalId: string,
): NewMail<"member_removed"> {
  return {
    id: `member-removed-${table.id}-${removalId}`,
    kind: "member_removed",
    to: [{ name: partner.name, email: partner.email }],
    replyTo,
    locale: partner.locale,
    data: { partnerName: partner.name, table: { numeral: table.numeral, name: table.name } },
  };
}
