import * as z from "zod/mini";
import { type Locale, TRANSLATED_LOCALES } from "./locale.ts";
import { isRomanNumeral } from "./numeral.ts";
import { once } from "./once.ts";
import { emailAddress, line, paragraph } from "./text.ts";
import { COUNSELLING_SERVICES } from "./work-table.ts";

function buildSchema() {
  const contact = z.strictObject({ name: line(120), email: emailAddress() });

  const texts = { name: line(120), description: paragraph(2000), audience: paragraph(500) };

  const admission = z.discriminatedUnion("rule", [
    z.strictObject({ rule: z.literal("open") }),
    z.strictObject({ rule: z.literal("religious_mandate") }),
    z.strictObject({
      rule: z.literal("counselling_service"),
      services: z.array(z.enum(COUNSELLING_SERVICES)).check(
        z.minLength(1),
        z.refine((list) => new Set(list).size === list.length, { message: "services must not repeat" }),
      ),
    }),
  ]);

  return z.strictObject({
    numeral: z
      .string()
      .check(
        z.trim(),
        z.toUpperCase(),
        z.refine(isRomanNumeral, { message: "must be a Roman numeral such as I, IV or XII" }),
      ),
    ...texts,
    admission,
    contact,
    deputy: z.optional(z.nullable(contact)),
    // Every language but German, each optional.
    translations: z.optional(
      z.strictObject(
        Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, z.optional(z.strictObject(texts))])) as Record<
          Exclude<Locale, "de">,
          z.ZodMiniOptional<z.ZodMiniObject<typeof texts, z.core.$strict>>
        >,
      ),
    ),
  });
}

/** What a GET returns beyond the input: ignored in a PUT (not refused), so a GET–edit–PUT round trip works. */
export const WORK_TABLE_READ_ONLY = ["id", "createdAt", "updatedAt", "archivedAt"] as const;

/** The body of `PUT /api/admin/work-tables/:id`: the whole work table (a PUT replaces it). Built on first use. */
export const workTableInputSchema = once(buildSchema);

export type WorkTableInput = z.output<ReturnType<typeof buildSchema>>;
