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

/** A workshop as planned (issue 22): an id (kept when it is changed; given when absent), a time slot, places. */
export const workshopInput = () =>
  z.strictObject({
    id: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
    slot: line(100),
    title: line(200),
    capacity: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
  });

const places = {
  capacity: z.int().check(z.gte(1), z.lte(10_000)),
  perOrganisation: z.int().check(z.gte(1), z.lte(1_000)),
  registrationDeadline: isoWithOffset(),
  workshops: z.array(workshopInput()).check(z.maxLength(30)),
};

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
  capacity: z.optional(places.capacity),
  perOrganisation: z.optional(places.perOrganisation),
  registrationDeadline: z.optional(places.registrationDeadline),
  workshops: z.optional(places.workshops),
};

/** `POST /api/admin/conferences`. */
export const conferenceInputSchema = once(() => z.strictObject(fields));
export type ConferenceInput = z.output<ReturnType<typeof conferenceInputSchema>>;

/**
 * `PUT /api/admin/conferences/:id`: the whole event, as `POST` takes it; an optional field left out is dropped
 * (no reminder, no limit of places, no deadline, no workshops).
 */
export const conferenceReplaceSchema = conferenceInputSchema;

/** The optional fields a `PUT` drops when they are left out. */
export const OPTIONAL_EVENT_FIELDS = [
  "onlineUrl",
  "agenda",
  "reminderAt",
  "capacity",
  "perOrganisation",
  "registrationDeadline",
  "workshops",
] as const;

/** `PATCH /api/admin/conferences/:id`: any of the fields; `null` drops an optional one (e.g. the reminder). */
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
    capacity: z.optional(z.nullable(places.capacity)),
    perOrganisation: z.optional(z.nullable(places.perOrganisation)),
    registrationDeadline: z.optional(z.nullable(places.registrationDeadline)),
    workshops: z.optional(z.nullable(places.workshops)),
  }),
);
export type ConferencePatch = z.output<ReturnType<typeof conferencePatchSchema>>;
