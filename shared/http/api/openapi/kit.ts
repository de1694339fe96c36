import * as z from "zod/mini";
import { MAIL_ID_PATTERN, UUID_PATTERN } from "../../../domain/ids.ts";
import { LOCALES } from "../../../domain/locale.ts";
import { NOTICE_KINDS } from "../../../domain/notices.ts";
import { WORK_TABLE_ID_PATTERN } from "../../../domain/work-table.ts";
import { MAX_BODY_BYTES } from "../../json-body.ts";
import type { ResponseBodyName } from "./response-schemas.ts";

/**
 * The parts an operation's description is written with: the tags, the problem responses, the shared parameters,
 * and helpers that turn the routes' own zod schemas into JSON Schema. A route describes itself where it is
 * defined (`describeRoute((d) => ({ … }))` from ../describe.ts, `d` being this module's `kit`); document.ts
 * collects those descriptions from the routes and builds the document. Nothing here runs until the document is
 * built: the route modules import this module's types only.
 */

/** Every word of the document in both languages: English in the standard fields, German in `x-…-de`. */
export interface Text {
  en: string;
  de: string;
}
export type JsonSchema = { [keyword: string]: unknown };

export const words = (text: Text) => ({ description: text.en, "x-description-de": text.de });

export type Method = "get" | "post" | "put" | "patch" | "delete";

export const TAGS = {
  public: {
    en: "Public",
    de: "Öffentlich",
    about: {
      en: "Reading the work tables and applying to them; no sign-in.",
      de: "Die Arbeitstische lesen und sich bei ihnen bewerben; ohne Anmeldung.",
    },
  },
  links: {
    en: "Links in mails",
    de: "Links aus E-Mails",
    about: {
      en: "What the signed links in mails do: the token in the path is the permission (it names a random id, never an address, and expires).",
      de: "Was die signierten Links in E-Mails auslösen: Das Token im Pfad ist die Berechtigung (es nennt eine zufällige Kennung, nie eine Adresse, und läuft ab).",
    },
  },
  workTables: {
    en: "Coordinators: work tables",
    de: "Koordination: Arbeitstische",
    about: { en: "Keeping the work tables.", de: "Die Arbeitstische pflegen." },
  },
  applications: {
    en: "Coordinators: applications",
    de: "Koordination: Anträge",
    about: { en: "Every application, page by page.", de: "Alle Anträge, seitenweise." },
  },
  partners: {
    en: "Coordinators: partners",
    de: "Koordination: Netzwerkpartner",
    about: {
      en: "The partner directory: everyone who receives conference mail.",
      de: "Das Verzeichnis der Netzwerkpartner: alle, die Post zu den Tagungen erhalten.",
    },
  },
  conferences: {
    en: "Coordinators: conferences",
    de: "Koordination: Tagungen",
    about: {
      en: "The spring and autumn conferences and their mailings.",
      de: "Die Frühjahrs- und Herbsttagungen und ihre Einladungen.",
    },
  },
  mails: {
    en: "Coordinators: mails",
    de: "Koordination: E-Mails",
    about: {
      en: "The outbox: mails that failed or may not have arrived, and sending them again.",
      de: "Der Postausgang: E-Mails, die gescheitert sind oder vielleicht nicht ankamen, und ihr erneuter Versand.",
    },
  },
  people: {
    en: "Coordinators: people",
    de: "Koordination: Personen",
    about: {
      en: "A person's data on request (Art. 15 and 17 GDPR), and the addresses no mailing reaches.",
      de: "Die Daten einer Person auf Anfrage (Art. 15 und 17 DSGVO) und die Adressen, die kein Versand erreicht.",
    },
  },
  documentation: {
    en: "Documentation",
    de: "Dokumentation",
    about: { en: "This description of the API.", de: "Diese Beschreibung der Schnittstelle." },
  },
  tables: {
    en: "Coordinators: a table's members and meetings",
    de: "Koordination: Mitglieder und Treffen eines Tischs",
    about: {
      en: "What a table's contact person does in the console: its members (removing one with a note), its meetings (planned like a conference, mailed to the members only) and their replies.",
      de: "Was die Ansprechperson eines Tischs in der Konsole tut: seine Mitglieder (eines mit Begründung entfernen), seine Treffen (wie eine Tagung geplant, nur an die Mitglieder verschickt) und deren Antworten.",
    },
  },
  coordinators: {
    en: "Coordinators: coordinators",
    de: "Koordination: Koordinator:innen",
    about: {
      en: "Who is a coordinator: listed, added, removed (never the last one).",
      de: "Wer koordiniert: auflisten, hinzufügen, entfernen (nie die oder den Letzten).",
    },
  },
  audit: {
    en: "Coordinators: audit log",
    de: "Koordination: Protokoll",
    about: {
      en: "Every change a person made, newest first, by thing, actor, action and period.",
      de: "Jede Änderung, die eine Person vorgenommen hat, neueste zuerst, nach Gegenstand, Person, Aktion und Zeitraum.",
    },
  },
  reports: {
    en: "Coordinators: annual report",
    de: "Koordination: Jahresbericht",
    about: {
      en: "The network's year (or any period) in counts, the year before beside it: no names, no addresses.",
      de: "Das Jahr des Netzwerks (oder ein beliebiger Zeitraum) in Zahlen, das Vorjahr daneben: keine Namen, keine Adressen.",
    },
  },
  notices: {
    en: "Coordinators: legal notices",
    de: "Koordination: Rechtliche Hinweise",
    about: {
      en: "The Impressum, the privacy notice and the accessibility statement: German authoritative, English optional.",
      de: "Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit: Deutsch verbindlich, Englisch optional.",
    },
  },
} as const satisfies Record<string, Text & { about: Text }>;
export type Tag = keyof typeof TAGS;

// ---- the problem responses (RFC 9457) ----

export const PROBLEMS = {
  400: {
    name: "BadRequest",
    en: "The body is not readable (not UTF-8 JSON).",
    de: "Der Inhalt ist nicht lesbar (kein JSON in UTF-8).",
  },
  401: {
    name: "Unauthorized",
    en: "No session and no API token, or a wrong one.",
    de: "Keine Sitzung und kein API-Token, oder ein falsches.",
  },
  403: {
    name: "Forbidden",
    en: "Not a coordinator, or a request with the session cookie without its `X-CSRF-Token`.",
    de: "Keine Koordinatorin und kein Koordinator, oder eine Anfrage mit dem Sitzungs-Cookie ohne dessen `X-CSRF-Token`.",
  },
  404: {
    name: "NotFound",
    en: "There is no such resource (an id or link of the wrong shape is one too).",
    de: "Das gibt es nicht (auch eine Kennung oder ein Link in falscher Form).",
  },
  409: {
    name: "Conflict",
    en: "The request conflicts with the resource's state; nothing changed.",
    de: "Die Anfrage passt nicht zum Stand; nichts wurde geändert.",
  },
  410: { name: "Gone", en: "The link has expired.", de: "Der Link ist abgelaufen." },
  412: {
    name: "PreconditionFailed",
    en: "Changed since it was read (`If-Match`); read it again.",
    de: "Seit dem Lesen geändert (`If-Match`); bitte neu lesen.",
  },
  413: {
    name: "ContentTooLarge",
    en: `The body is too large (JSON: over ${MAX_BODY_BYTES} bytes).`,
    de: `Der Inhalt ist zu groß (JSON: über ${MAX_BODY_BYTES} Bytes).`,
  },
  415: {
    name: "UnsupportedMediaType",
    en: "The body has another media type than the one asked for.",
    de: "Der Inhalt hat einen anderen Medientyp als verlangt.",
  },
  422: {
    name: "UnprocessableContent",
    en: "Invalid fields, one entry per field in `errors`; nothing was stored.",
    de: "Ungültige Felder, ein Eintrag je Feld in `errors`; nichts wurde gespeichert.",
  },
  429: {
    name: "TooManyRequests",
    en: "Too many requests from this address; try again after `Retry-After` seconds.",
    de: "Zu viele Anfragen von dieser Adresse; nach `Retry-After` Sekunden erneut versuchen.",
  },
  503: {
    name: "ServiceUnavailable",
    en: "A backing service (DynamoDB) does not answer.",
    de: "Ein benötigter Dienst (DynamoDB) antwortet nicht.",
  },
  "5XX": {
    name: "ServerError",
    en: "A fault on our side, never caused by the input.",
    de: "Ein Fehler auf unserer Seite, nie durch die Eingabe verursacht.",
  },
} as const;
export type ProblemStatus = keyof typeof PROBLEMS;

export const problemResponse = (status: ProblemStatus) => ({ $ref: `#/components/responses/${PROBLEMS[status].name}` });

export const header = (schema: JsonSchema, text: Text) => ({ schema, ...words(text) });
export const PROBLEM_HEADERS: Partial<Record<ProblemStatus, Record<string, unknown>>> = {
  401: { "WWW-Authenticate": header({ type: "string", const: "Bearer" }, { en: "Bearer", de: "Bearer" }) },
  429: {
    "Retry-After": header(
      { type: "integer", minimum: 0 },
      { en: "Seconds until a new try may succeed.", de: "Sekunden, bis ein neuer Versuch gelingen kann." },
    ),
  },
};

// ---- parameters ----

const pathParameter = (name: string, schema: JsonSchema, text: Text) => ({
  name,
  in: "path",
  required: true,
  schema,
  ...words(text),
});
export const PARAMETERS = {
  workTableId: pathParameter(
    "id",
    { type: "string", pattern: WORK_TABLE_ID_PATTERN.source },
    { en: "The work table's id, a slug such as `beratung`.", de: "Die Kennung des Arbeitstischs, z. B. `beratung`." },
  ),
  applicationId: pathParameter(
    "id",
    { type: "string", format: "uuid", pattern: UUID_PATTERN.source },
    { en: "The application's id.", de: "Die Kennung des Antrags." },
  ),
  conferenceId: pathParameter(
    "id",
    { type: "string", format: "uuid", pattern: UUID_PATTERN.source },
    { en: "The conference's id.", de: "Die Kennung der Tagung." },
  ),
  mailId: pathParameter(
    "id",
    { type: "string", pattern: MAIL_ID_PATTERN.source },
    { en: "The mail's id.", de: "Die Kennung der E-Mail." },
  ),
  email: pathParameter(
    "email",
    { type: "string", format: "email", maxLength: 254 },
    { en: "The email address (URL-encoded).", de: "Die E-Mail-Adresse (URL-kodiert)." },
  ),
  token: pathParameter(
    "token",
    { type: "string" },
    {
      en: "The signed token of the link in the mail (base64url payload and HMAC).",
      de: "Das signierte Token des Links aus der E-Mail (base64url-Inhalt und HMAC).",
    },
  ),
  lang: {
    name: "lang",
    in: "query",
    required: false,
    schema: { type: "string", enum: [...LOCALES] },
    ...words({
      en: "The language of the texts; without it, `Accept-Language` decides, else German.",
      de: "Die Sprache der Texte; ohne die Angabe entscheidet `Accept-Language`, sonst Deutsch.",
    }),
  },
  ifMatch: {
    name: "If-Match",
    in: "header",
    required: false,
    schema: { type: "string" },
    ...words({
      en: "The `ETag` of the version read: a save over someone else's change is refused with 412.",
      de: "Das `ETag` der gelesenen Fassung: Speichern über eine fremde Änderung hinweg wird mit 412 abgelehnt.",
    }),
  },
  tableId: pathParameter(
    "tableId",
    { type: "string", pattern: WORK_TABLE_ID_PATTERN.source },
    { en: "The work table's id, a slug such as `beratung`.", de: "Die Kennung des Arbeitstischs, z. B. `beratung`." },
  ),
  meetingId: pathParameter(
    "meetingId",
    { type: "string", format: "uuid", pattern: UUID_PATTERN.source },
    {
      en: "The meeting's id; a meeting of another table is not found here.",
      de: "Die Kennung des Treffens; ein Treffen eines anderen Tischs gibt es hier nicht.",
    },
  ),
  kind: pathParameter(
    "kind",
    { type: "string", enum: [...NOTICE_KINDS] },
    { en: "Which notice.", de: "Welcher Hinweis." },
  ),
  year: pathParameter(
    "year",
    { type: "string", pattern: "^\\d{4}$" },
    {
      en: "The calendar year, e.g. `2026`; `from` and `to` choose another period.",
      de: "Das Kalenderjahr, z. B. `2026`; `from` und `to` wählen einen anderen Zeitraum.",
    },
  ),
} as const;

// ---- request bodies, from the schemas the routes validate with ----

export function jsonSchemaOf(schema: z.ZodMiniType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io }) as JsonSchema;
  return rest;
}

/**
 * Adds a description to the property at a dotted path (through nested objects, arrays and each variant of a
 * union); a path the schema lacks is an error, so a note cannot outlive its field.
 */
export function annotate(schema: JsonSchema, notes: Record<string, Text>): JsonSchema {
  const expand = (node: JsonSchema): JsonSchema[] => [
    node,
    ...((node.oneOf ?? node.anyOf ?? []) as JsonSchema[]).flatMap(expand),
    ...(node.items ? expand(node.items as JsonSchema) : []),
  ];
  for (const [path, text] of Object.entries(notes)) {
    let nodes = [schema];
    for (const name of path.split(".")) {
      nodes = nodes.flatMap(expand).flatMap((node) => {
        const property = (node.properties as Record<string, JsonSchema> | undefined)?.[name];
        return property ? [property] : [];
      });
    }
    if (nodes.length === 0) throw new Error(`the OpenAPI note for "${path}" names no field of the schema`);
    for (const node of nodes) Object.assign(node, words(text));
  }
  return schema;
}

/** Query parameters from a query-string schema: one parameter per field. */
export function queryParameters(schema: z.ZodMiniType, notes: Record<string, Text> = {}) {
  const json = annotate(jsonSchemaOf(schema, "input"), notes);
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(json.properties as Record<string, JsonSchema>).map(([name, property]) => {
    const { description, "x-description-de": de, ...propertySchema } = property;
    return {
      name,
      in: "query",
      required: required.has(name),
      schema: propertySchema,
      ...(description ? { description, "x-description-de": de } : {}),
    };
  });
}

export const jsonBody = (
  schema: z.ZodMiniType,
  notes: Record<string, Text> = {},
  extra: (s: JsonSchema) => void = () => {},
) => {
  const json = annotate(jsonSchemaOf(schema, "input"), notes);
  extra(json);
  return { required: true, content: { "application/json": { schema: json } } };
};

// ---- responses ----

export const ref = (name: ResponseBodyName) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: ResponseBodyName, text: Text, headers?: Record<string, unknown>) => ({
  ...words(text),
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ref(name) } },
});
export const csv = (text: Text) => ({ ...words(text), content: { "text/csv": { schema: { type: "string" } } } });

export const ETAG = {
  ETag: header({ type: "string" }, { en: "The version, for `If-Match`.", de: "Die Fassung, für `If-Match`." }),
};
export const LOCATION = {
  Location: header({ type: "string" }, { en: "Where the new resource is.", de: "Wo die neue Ressource liegt." }),
};

// ---- the operations ----

export interface OperationSpec {
  method: Method;
  path: string;
  operationId: string;
  tag: Tag;
  summary: Text;
  description?: Text;
  /** The coordinators' API: a bearer token or the console's session (with its CSRF token when changing). */
  coordinators?: true;
  parameters?: unknown[];
  requestBody?: unknown;
  /** The body is JSON, read by readJsonBody: 400, 413, 415 and 422 are possible. */
  jsonRequest?: true;
  responses: Record<string, unknown>;
  problems?: ProblemStatus[];
}

/** What a route says about itself: its method and path are the route's own. */
export type OperationDescription = Omit<OperationSpec, "method" | "path">;

/** Everything a description may use, handed to it when the document is built. */
export const kit = {
  words,
  json,
  csv,
  ref,
  header,
  jsonBody,
  query: queryParameters,
  params: PARAMETERS,
  headers: { etag: ETAG, location: LOCATION },
} as const;
export type Kit = typeof kit;
