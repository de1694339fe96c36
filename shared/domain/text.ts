import * as z from "zod/mini";

// Control characters (CR, LF, NUL, …) never belong in a one-line field: in a name they could forge a mail header.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
// Multi-line fields may keep line breaks and tabs, nothing else from the control range.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A trimmed, non-empty, single-line text of at most `max` characters. */
export function line(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((v) => !CONTROL.test(v), { message: "must be a single line without control characters" }),
  );
}

/** A trimmed, non-empty text that may span several lines. */
export function paragraph(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((v) => !CONTROL_EXCEPT_NEWLINE.test(v), { message: "must not contain control characters" }),
  );
}

/** Something that reads as a link or an address: no person's name contains one. */
const LINK_OR_ADDRESS = /@|:\/\/|\bwww\.|\bhttps?\b/i;

/**
 * A person's name: one line, and nothing that reads as a link or an address. Names travel into mails (to the
 * contact persons, later to the person), so a "name" like "Konto gesperrt! https://…" is refused outright.
 */
export function personName(max: number) {
  return line(max).check(
    // One message per field: a value with control characters is already refused for those.
    z.refine((v) => CONTROL.test(v) || !LINK_OR_ADDRESS.test(v), {
      message: "must be a name, without links or email addresses",
    }),
  );
}

export function emailAddress() {
  return z.string().check(z.trim(), z.maxLength(254), z.toLowerCase(), z.email());
}
