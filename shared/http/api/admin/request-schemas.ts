import * as z from "zod/mini";
import { APPLICATION_STATUSES } from "../../../domain/application.ts";
import { MAIL_STATUSES } from "../../../domain/mail-delivery.ts";
import { once } from "../../../domain/once.ts";
import { emailAddress, paragraph } from "../../../domain/text.ts";
import { WORK_TABLE_ID_PATTERN } from "../../../domain/work-table.ts";

/**
 * The query strings and bodies the admin routes validate that are not domain inputs (those are in shared/domain),
 * with the parts they share. A route validates with one of these and its description (`describeRoute`) hands the
 * same schema to the OpenAPI document, so the document shows exactly what is checked.
 */

const workTableId = () => z.string().check(z.regex(WORK_TABLE_ID_PATTERN, { message: "is not a work table id" }));
const limit = () => z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25);
const cursor = () => z.optional(z.string().check(z.maxLength(2048)));

/** `GET /api/admin/applications`. */
export const applicationListQuery = once(() =>
  z.strictObject({
    status: z.optional(z.enum(APPLICATION_STATUSES)),
    workTableId: z.optional(workTableId()),
    limit: limit(),
    cursor: cursor(),
  }),
);

/** `GET /api/admin/mails`. */
export const mailListQuery = once(() =>
  z.strictObject({
    status: z.enum(MAIL_STATUSES),
    limit: limit(),
    cursor: cursor(),
  }),
);

/** `GET /api/admin/partners`. */
export const partnerListQuery = once(() =>
  z.strictObject({
    workTableId: z.optional(workTableId()),
    limit: limit(),
    cursor: cursor(),
    format: z.optional(z.enum(["json", "csv"])),
  }),
);

/** `POST /api/admin/partners/:email/resubscribe`: why (on the partner's request). */
export const resubscribeBody = once(() => z.strictObject({ note: paragraph(1000) }));

/** `POST /api/admin/conferences/:id/send-now`. */
export const sendNowBody = once(() =>
  z.strictObject({
    kind: z.enum(["invitation", "reminder"]),
    /** A test send goes to this coordinator address only, or to the configured coordinators. */
    test: z.optional(z.boolean()),
    to: z.optional(emailAddress()),
  }),
);

/** `POST /api/admin/{event}/registrations/remove` (issue 22): whom the organisers take off the event. */
export const registrationRemoveBody = once(() => z.strictObject({ email: emailAddress() }));

/** `POST /api/admin/{event}/registrations/move-up`: whom, on the event's list or (`workshop`) a workshop's. */
export const registrationMoveUpBody = once(() =>
  z.strictObject({ email: emailAddress(), workshop: z.optional(z.string().check(z.maxLength(40))) }),
);

/** `POST /api/admin/{event}/check-in`: the code from the mail (as typed or scanned), or the person's address. */
export const checkInBody = once(() =>
  z.union([
    z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(20)) }),
    z.strictObject({ email: emailAddress() }),
  ]),
);
