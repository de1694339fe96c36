/**
 * The closed lists of values the records use (work tables' counselling services, organisation types,
 * engagements, application states, seasons): plain constants with no imports, read by the records' schemas
 * (records.ts), the forms and the domain rules alike.
 */

/** State-funded counselling services a work table may be limited to. */
export const COUNSELLING_SERVICES = ["MBE", "JMD"] as const;

export const ORGANISATION_TYPES = ["public", "independent", "association", "institution", "individual"] as const;
export const ENGAGEMENTS = ["professional", "volunteer"] as const;
export const APPLICATION_STATUSES = ["pending_confirmation", "submitted", "accepted", "declined"] as const;

export const SEASONS = ["spring", "autumn"] as const;
export const MAILING_KINDS = ["invitation", "reminder", "update", "cancellation"] as const;

/** An agenda item's state (issue 21): on the agenda, proposed by a member and waiting, or declined. */
export const AGENDA_STATUSES = ["accepted", "proposed", "declined"] as const;

/** Who was at an event (issue 21): there (in person or by a deputy), excused, or absent without a word. */
export const ATTENDANCE_STATUSES = ["present", "excused", "absent"] as const;
