import * as z from "zod/mini";
import { contrastWithWhite, MIN_CONTRAST } from "./contrast.ts";
import { LOCALES, type Locale } from "./locale.ts";
import { once } from "./once.ts";
import { emailAddress, line, paragraph } from "./text.ts";
import { isWorkTableId } from "./work-table.ts";
import { workTableInputSchema } from "./work-table-input.ts";

/** One text in each of the six languages, every one required. */
const inEveryLanguage = <T extends z.ZodMiniType>(text: () => T) =>
  z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, text()])) as Record<Locale, T>);

/** A colour as #rrggbb on which white text is readable (WCAG 2.1 AA: 4.5:1). */
const colourField = () =>
  z.string().check(
    z.regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb"),
    z.refine((colour) => contrastWithWhite(colour) >= MIN_CONTRAST, {
      message: "white text on this colour has too little contrast (at least 4.5:1 is needed)",
    }),
  );

/** The coordinating office: who provides the site (Impressum) and who is responsible for the data. */
const officeSchema = () =>
  z.strictObject({
    name: line(200),
    provider: line(200),
    street: line(120),
    postcode: z.string().check(z.regex(/^\d{5}$/, "a German postcode: five digits")),
    town: line(80),
    /** Who represents the provider (Impressum), e.g. "Die Oberbürgermeisterin / Der Oberbürgermeister". */
    representative: z.optional(line(200)),
    email: z.optional(emailAddress()),
    phone: z.optional(line(40)),
  });

/**
 * The network's own words for its groups and its meetings of all partners, in each language. German sentences also
 * need the word's gender where it is not the usual one ("Arbeitsgruppe": "f"; the group's word is taken as
 * masculine, the conference's as feminine), and Leichte Sprache its hyphenated forms ("Arbeits-Tisch").
 */
const wordsSchema = () =>
  inEveryLanguage(() =>
    z.strictObject({
      workTable: line(60),
      workTables: line(60),
      conference: line(60),
      conferences: line(60),
      workTableGender: z.optional(z.enum(["m", "f", "n"])),
      conferenceGender: z.optional(z.enum(["m", "f", "n"])),
      easyWorkTable: z.optional(line(60)),
      easyWorkTables: z.optional(line(60)),
      easyConferences: z.optional(line(60)),
      /** The two conferences' names ("Frühjahrstagung"); without them, the word with the season. */
      springConference: z.optional(line(80)),
      autumnConference: z.optional(line(80)),
    }),
  );

/**
 * What coordinators edit in the console: everything that names or describes the network (its id, first work
 * tables and logo stay as deployed). A changed consent wording (the controller, the words) changes the consent's
 * text and so the hash stored with each application.
 */
export const editableNetworkSchema = once(() =>
  z.strictObject({
    name: line(120),
    shortName: line(80),
    city: line(80),
    senderName: line(120),
    colour: colourField(),
    names: inEveryLanguage(() => line(160)),
    descriptions: inEveryLanguage(() => paragraph(2000)),
    footers: inEveryLanguage(() => paragraph(500)),
    office: officeSchema(),
    officeNames: inEveryLanguage(() => line(200)),
    consentControllers: inEveryLanguage(() => line(300)),
    words: wordsSchema(),
    easyLanguage: z.array(line(300)).check(z.minLength(1), z.maxLength(40)),
    supervisoryAuthority: line(300),
  }),
);
export type EditableNetwork = z.output<ReturnType<typeof editableNetworkSchema>>;

function buildSchema() {
  return z
    .strictObject({
      /** The profile's file name and the network's id: lowercase letters, digits and hyphens. */
      id: z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "use lowercase letters, digits, hyphens")),
      /** The network's full name ("Netzwerk Migration" and the city) and the short one its texts use. */
      name: line(120),
      shortName: line(80),
      city: line(80),
      /** The coordinating office: who provides the site (Impressum) and who is responsible for the data. */
      office: officeSchema(),
      /** The name mails are sent under (a mail header: one line). */
      senderName: line(120),
      /** The primary colour (#rrggbb): white text on it must be readable. */
      colour: colourField(),
      /**
       * The network's logo, shown in the pages' header and (a PNG) in HTML mails. In the profile's file a file name
       * beside it (`"logo": "musterstadt-logo.svg"`); the loader (shared/config/logo.ts) sanitises an SVG, checks a
       * PNG, and puts the logo itself here.
       */
      logo: z.optional(
        z.strictObject({
          type: z.enum(["image/svg+xml", "image/png"]),
          data: z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/, "base64"), z.maxLength(44_000)),
        }),
      ),
      /** The network's name, description of itself and footer line in each language. */
      names: inEveryLanguage(() => line(160)),
      descriptions: inEveryLanguage(() => paragraph(2000)),
      footers: inEveryLanguage(() => paragraph(500)),
      /** The coordinating office's name in each language, as mails sign with it. */
      officeNames: inEveryLanguage(() => line(200)),
      /**
       * Who the consent names as controller, in each language, worded to fit the consent's sentence ("die
       * Fachstelle … als Koordination des Netzwerks …"): a changed wording changes the consent's hash.
       */
      consentControllers: inEveryLanguage(() => line(300)),
      /** What the network is, in Leichte Sprache (German only): short sentences, one a line. */
      easyLanguage: z.array(line(300)).check(z.minLength(1)),
      /** The data protection authority a person may complain to (the privacy notice names it). */
      supervisoryAuthority: line(300),
      /** The network's own words for its groups and its meetings of all partners, in each language. */
      words: wordsSchema(),
      /** Its first work tables (`npm start` and a new deployment add the missing ones; coordinators edit them). */
      workTables: z
        .array(
          z.strictObject({
            id: z.string().check(z.refine(isWorkTableId, { message: "is not a work table id" })),
            input: workTableInputSchema(),
          }),
        )
        .check(z.minLength(1, "name at least one work table")),
      /** The languages whose texts are machine translations, to be reviewed by a native speaker. */
      machineTranslated: z.optional(z.array(z.enum(LOCALES))),
    })
    .check(
      z.refine((profile) => new Set(profile.workTables.map((t) => t.id)).size === profile.workTables.length, {
        message: "work table ids must be unique",
        path: ["workTables"],
      }),
      z.refine(
        (profile) => new Set(profile.workTables.map((t) => t.input.numeral)).size === profile.workTables.length,
        { message: "work table numerals must be unique", path: ["workTables"] },
      ),
    );
}

/**
 * A network's profile (issue 20): its names, city, coordinating office, the texts that describe it in each
 * language, its words ("Arbeitstisch" or "Arbeitskreis"), its colour and its first work tables. One JSON file per
 * network in `profiles/` (`NETWORK_PROFILE` chooses; `profiles/default` names the default), validated when the stack starts.
 * Built on first use (see once.ts); nothing in a Lambda function's start path imports it.
 */
export const networkProfileSchema = once(buildSchema);
export type NetworkProfile = z.output<ReturnType<typeof buildSchema>>;
export type NetworkLogo = NonNullable<NetworkProfile["logo"]>;
