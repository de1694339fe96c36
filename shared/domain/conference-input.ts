import * as z from "zod/mini";
import { SEASONS } from "./conference.ts";
import { once } from "./once.ts";
import { line, paragraph } from "./text.ts";

// Apart from conference.ts so that functions reading conferences (web, send-mail, conference-mailing) do not
// bundle these validators.
const isoWithOffset = () => z.iso.datetime({ offset: true, local: false });
/** An https link to join online: nothing else (no javascript:, no http), as it goes into mails and calendars. */
export const onlineUrl = () =>
  z.string().check(
    z.maxLength(500),
    z.refine((v) => /^https:\/\/[^\s<>"]+$/.test(v) && URL.canParse(v), { message: "must be an https:// link" }),
  );

const fields = {
  season: z.enum(SEASONS),
  title: line(200),
  startsAt: isoWithOffset(),
  endsAt: isoWithOffset(),
  location: line(300),
  onlineUrl: z.optional(onlineUrl()),
  agenda: z.optional(paragraph(5000)),
  inviteAt: isoWithOffset(),
  reminderAt: z.optional(isoWithOffset()),
};

/** `POST /api/admin/conferences`. */
export const conferenceInputSchema = once(() => z.strictObject(fields));
export type ConferenceInput = z.output<ReturnType<typeof conferenceInputSchema>>;

/** `PATCH /api/admin/conferences/:id`: any of the fields; `reminderAt: null` drops the reminder. */
export const conferencePatchSchema = once(() =>
  z.strictObject({
    season: z.optional(fields.season),
    title: z.optional(fields.title),
    startsAt: z.optional(fields.startsAt),
    endsAt: z.optional(fields.endsAt),
    location: z.optional(fields.location),
    onlineUrl: z.optional(z.nullable(onlineUrl())),
    agenda: z.optional(z.nullable(paragraph(5000))),
    inviteAt: z.optional(fields.inviteAt),
    reminderAt: z.optional(z.nullable(isoWithOffset())),
  }),
);
export type ConferencePatch = z.output<ReturnType<typeof conferencePatchSchema>>;
