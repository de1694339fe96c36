/**
 * What stands where an erased person's name stood, in attendance lists and minutes; the organisation stays. A
 * module of its own, without imports: the mailer's bundle reads it without the attendance schemas (zod).
 */
export const ERASED_NAME = "(gelöscht)";
