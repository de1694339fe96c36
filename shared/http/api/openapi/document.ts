import * as z from "zod/mini";
import { applicationInputSchema, decisionInputSchema } from "../../../domain/application.ts";
import { conferenceInputSchema, conferencePatchSchema } from "../../../domain/conference-input.ts";
import { once } from "../../../domain/once.ts";
import { rsvpInputSchema } from "../../../domain/rsvp-input.ts";
import { WORK_TABLE_READ_ONLY, workTableInputSchema } from "../../../domain/work-table-input.ts";
import { MAX_BODY_BYTES } from "../../json-body.ts";
import {
  applicationListQuery,
  mailListQuery,
  partnerListQuery,
  resubscribeBody,
  sendNowBody,
} from "../admin/request-schemas.ts";
import { describedOperations } from "./collect.ts";
import {
  annotate,
  csv,
  ETAG,
  type JsonSchema,
  json,
  jsonBody,
  LOCATION,
  type Method,
  type OperationSpec,
  PARAMETERS,
  PROBLEM_HEADERS,
  PROBLEMS,
  type ProblemStatus,
  problemResponse,
  queryParameters,
  ref,
  TAGS,
  words,
} from "./kit.ts";
import { type ResponseBodyName, responseBodies, SCHEMA_TEXTS } from "./response-schemas.ts";

/**
 * The OpenAPI 3.1 document of the JSON API (`GET /api/openapi.json`, and the page `GET /api/docs`): every route
 * describes itself where it is defined (`describeRoute`, ../describe.ts); collect.ts finds those descriptions in
 * the apps' route tables, and this module adds what the whole document shares (info, tags, problem responses,
 * security schemes, the response bodies of response-schemas.ts with their notes). Request bodies and query
 * strings are the very zod schemas the routes validate with, converted by zod's own `z.toJSONSchema`. The web
 * function serves it and builds it once, on the first request for it: the api function's bundle carries none
 * of this.
 */

/** Operations not yet described at their routes. */
function legacyOperations(): OperationSpec[] {
  return [
    {
      method: "get",
      path: "/api/health",
      operationId: "getHealth",
      tag: "public",
      summary: { en: "Readiness", de: "Betriebsbereitschaft" },
      description: {
        en: "200 once DynamoDB answers. SES is not part of it: mail goes through the outbox.",
        de: "200, sobald DynamoDB antwortet. SES gehört nicht dazu: E-Mails gehen über den Postausgang.",
      },
      responses: { 200: json("Health", { en: "Ready.", de: "Bereit." }) },
      problems: [503],
    },
    {
      method: "post",
      path: "/api/applications",
      operationId: "apply",
      tag: "public",
      summary: { en: "Apply to work tables", de: "Sich bei Arbeitstischen bewerben" },
      description: {
        en: "One application per chosen table, waiting for the applicant to confirm the address with the link in the mail that follows. Applying again to a table where an application is still open returns that one (and resends a confirmation mail that failed or is older than 5 minutes: `confirmationResent`).",
        de: "Ein Antrag je gewähltem Tisch; er wartet, bis die Adresse mit dem Link aus der folgenden E-Mail bestätigt ist. Wer sich erneut bei einem Tisch bewirbt, bei dem ein Antrag noch offen ist, erhält diesen zurück (und eine gescheiterte oder über 5 Minuten alte Bestätigungs-E-Mail wird neu gesendet: `confirmationResent`).",
      },
      jsonRequest: true,
      requestBody: jsonBody(applicationInputSchema(), {
        workTableIds: {
          en: "Ids of the chosen work tables (see `GET /api/work-tables`).",
          de: "Kennungen der gewählten Arbeitstische (siehe `GET /api/work-tables`).",
        },
        name: {
          en: "A person's name: one line, no links or email addresses.",
          de: "Der Name einer Person: eine Zeile, ohne Links oder E-Mail-Adressen.",
        },
        mandate: {
          en: "Required when a chosen table admits only with a religious community's mandate.",
          de: "Nötig, wenn ein gewählter Tisch nur mit Mandat einer Religionsgemeinschaft aufnimmt.",
        },
        service: {
          en: "Required when a chosen table admits only state-funded counselling services (MBE, JMD).",
          de: "Nötig, wenn ein gewählter Tisch nur staatlich geförderte Beratungsdienste (MBE, JMD) aufnimmt.",
        },
        consent: { en: "Consent to the privacy notice.", de: "Einwilligung in die Datenschutzhinweise." },
        website: { en: "A honeypot: leave it empty.", de: "Eine Falle für Bots: leer lassen." },
      }),
      responses: {
        202: json("ApplyResult", {
          en: "Accepted; the confirmation mail is on its way.",
          de: "Angenommen; die Bestätigungs-E-Mail ist unterwegs.",
        }),
      },
      problems: [429],
    },
    {
      method: "post",
      path: "/api/confirmations/{token}",
      operationId: "confirmApplication",
      tag: "links",
      summary: { en: "Confirm an application (double opt-in)", de: "Einen Antrag bestätigen (Double-Opt-in)" },
      description: {
        en: "Forwards each application to its table's contact person. Confirming again answers `already_confirmed`.",
        de: "Leitet jeden Antrag an die Ansprechperson seines Tischs weiter. Eine erneute Bestätigung ergibt `already_confirmed`.",
      },
      parameters: [PARAMETERS.token],
      responses: { 200: json("ConfirmResult", { en: "Confirmed.", de: "Bestätigt." }) },
      problems: [404, 410],
    },
    {
      method: "post",
      path: "/api/decisions/{token}",
      operationId: "decideApplication",
      tag: "links",
      summary: { en: "Accept or decline an application", de: "Einen Antrag annehmen oder ablehnen" },
      description: {
        en: "By the contact person the application was sent to. The same decision again is 200, a different one 409 (with the standing `decision`).",
        de: "Durch die Ansprechperson, an die der Antrag ging. Dieselbe Entscheidung noch einmal ergibt 200, eine andere 409 (mit der geltenden `decision`).",
      },
      parameters: [PARAMETERS.token],
      jsonRequest: true,
      requestBody: jsonBody(decisionInputSchema(), {
        note: { en: "Passed on to the applicant.", de: "Wird der antragstellenden Person mitgeteilt." },
      }),
      responses: { 200: json("DecideResult", { en: "Decided.", de: "Entschieden." }) },
      problems: [404, 409, 410],
    },
    {
      method: "post",
      path: "/api/rsvp/{token}",
      operationId: "answerInvitation",
      tag: "links",
      summary: { en: "Answer a conference invitation", de: "Auf eine Einladung zur Tagung antworten" },
      description: {
        en: "Changeable until the conference starts; then, or once it is cancelled, 409.",
        de: "Änderbar bis zum Beginn der Tagung; danach, oder wenn sie abgesagt ist, 409.",
      },
      parameters: [PARAMETERS.token],
      jsonRequest: true,
      requestBody: jsonBody(rsvpInputSchema()),
      responses: { 200: json("RsvpResult", { en: "The answer as recorded.", de: "Die Antwort wie gespeichert." }) },
      problems: [404, 409, 410],
    },
    {
      method: "post",
      path: "/api/unsubscribe/{token}",
      operationId: "unsubscribe",
      tag: "links",
      summary: { en: "Unsubscribe with one click (RFC 8058)", de: "Mit einem Klick abbestellen (RFC 8058)" },
      description: {
        en: "What mail clients POST for the `List-Unsubscribe` header. The body is not read: the token alone decides. Again is the same 200.",
        de: "Was E-Mail-Programme zum Kopf `List-Unsubscribe` senden. Der Inhalt wird nicht gelesen: Allein das Token entscheidet. Ein zweites Mal ergibt dasselbe 200.",
      },
      parameters: [PARAMETERS.token],
      requestBody: {
        required: false,
        ...words({ en: "Ignored; any body or none.", de: "Wird nicht gelesen; beliebig oder leer." }),
        content: {
          "application/x-www-form-urlencoded": {
            schema: { type: "object", properties: { "List-Unsubscribe": { type: "string", const: "One-Click" } } },
          },
        },
      },
      responses: { 200: json("UnsubscribeResult", { en: "Unsubscribed.", de: "Abbestellt." }) },
      problems: [404, 410],
    },
    // ---- coordinators ----
    {
      method: "get",
      path: "/api/admin/work-tables",
      operationId: "adminListWorkTables",
      tag: "workTables",
      coordinators: true,
      summary: { en: "All work tables", de: "Alle Arbeitstische" },
      description: {
        en: "With contact and deputy addresses, archived ones included.",
        de: "Mit den Adressen von Ansprechperson und Vertretung, archivierte eingeschlossen.",
      },
      responses: { 200: json("WorkTableList", { en: "The work tables.", de: "Die Arbeitstische." }) },
    },
    {
      method: "get",
      path: "/api/admin/work-tables/{id}",
      operationId: "adminGetWorkTable",
      tag: "workTables",
      coordinators: true,
      summary: { en: "One work table, with its ETag", de: "Ein Arbeitstisch, mit seinem ETag" },
      parameters: [PARAMETERS.workTableId],
      responses: { 200: json("WorkTable", { en: "The work table.", de: "Der Arbeitstisch." }, ETAG) },
      problems: [404],
    },
    {
      method: "put",
      path: "/api/admin/work-tables/{id}",
      operationId: "adminPutWorkTable",
      tag: "workTables",
      coordinators: true,
      summary: { en: "Create or replace a work table", de: "Einen Arbeitstisch anlegen oder ersetzen" },
      description: {
        en: "The whole table. What a GET returns can be sent back: its read-only fields are ignored. A numeral belongs to one table (409).",
        de: "Der ganze Tisch. Was ein GET liefert, kann zurückgesendet werden: Die nur lesbaren Felder werden übergangen. Eine Nummer gehört zu einem Tisch (409).",
      },
      parameters: [PARAMETERS.workTableId, PARAMETERS.ifMatch],
      jsonRequest: true,
      requestBody: jsonBody(
        workTableInputSchema(),
        {
          numeral: { en: "A Roman numeral such as I, IV or XII.", de: "Eine römische Zahl wie I, IV oder XII." },
          deputy: {
            en: "Receives the table's applications instead of the contact while set; `null` removes it.",
            de: "Erhält die Anträge des Tischs anstelle der Ansprechperson, solange gesetzt; `null` entfernt sie.",
          },
        },
        (schema) => {
          const properties = schema.properties as Record<string, JsonSchema>;
          for (const name of WORK_TABLE_READ_ONLY) {
            properties[name] = {
              readOnly: true,
              ...words({ en: "Read-only: ignored.", de: "Nur lesbar: wird übergangen." }),
            };
          }
        },
      ),
      responses: {
        200: json("WorkTable", { en: "Replaced.", de: "Ersetzt." }, ETAG),
        201: json("WorkTable", { en: "Created.", de: "Angelegt." }, { ...ETAG, ...LOCATION }),
      },
      problems: [409, 412],
    },
    ...(["archive", "restore"] as const).map(
      (action): OperationSpec => ({
        method: "post",
        path: `/api/admin/work-tables/{id}/${action}`,
        operationId: action === "archive" ? "adminArchiveWorkTable" : "adminRestoreWorkTable",
        tag: "workTables",
        coordinators: true,
        summary:
          action === "archive"
            ? { en: "Archive a work table", de: "Einen Arbeitstisch archivieren" }
            : { en: "Bring an archived work table back", de: "Einen archivierten Arbeitstisch zurückholen" },
        description:
          action === "archive"
            ? {
                en: "Off the public page and the form; its history stays and its numeral is free.",
                de: "Nicht mehr auf der öffentlichen Seite und im Formular; die Geschichte bleibt, die Nummer wird frei.",
              }
            : {
                en: "409 when another table has taken its numeral meanwhile.",
                de: "409, wenn ein anderer Tisch inzwischen seine Nummer trägt.",
              },
        parameters: [PARAMETERS.workTableId],
        responses: { 200: json("WorkTable", { en: "The work table.", de: "Der Arbeitstisch." }) },
        problems: [404, 409],
      }),
    ),
    {
      method: "get",
      path: "/api/admin/applications",
      operationId: "adminListApplications",
      tag: "applications",
      coordinators: true,
      summary: { en: "Applications, newest first", de: "Anträge, neueste zuerst" },
      parameters: queryParameters(applicationListQuery(), {
        cursor: {
          en: "`nextCursor` of the page before; a cursor of another list is 422.",
          de: "`nextCursor` der Seite davor; ein Cursor einer anderen Liste ergibt 422.",
        },
      }),
      responses: { 200: json("ApplicationPage", { en: "One page.", de: "Eine Seite." }) },
      problems: [422],
    },
    {
      method: "get",
      path: "/api/admin/applications/{id}",
      operationId: "adminGetApplication",
      tag: "applications",
      coordinators: true,
      summary: { en: "One application, everything stored", de: "Ein Antrag, alles Gespeicherte" },
      parameters: [PARAMETERS.applicationId],
      responses: { 200: json("Application", { en: "The application.", de: "Der Antrag." }) },
      problems: [404],
    },
    {
      method: "post",
      path: "/api/admin/partners/import",
      operationId: "adminImportPartners",
      tag: "partners",
      coordinators: true,
      summary: { en: "Import partners from CSV", de: "Netzwerkpartner aus CSV einlesen" },
      description: {
        en: "Never overwrites what is stored; a bad row refuses only itself; the same file again changes nothing.",
        de: "Überschreibt nie Gespeichertes; eine fehlerhafte Zeile wird allein abgelehnt; dieselbe Datei noch einmal ändert nichts.",
      },
      requestBody: {
        required: true,
        ...words({
          en: "UTF-8 (with or without BOM), comma or semicolon separated. Header `name,email,organisation,workTables,legalBasis` (or German: `Name;E-Mail;Organisation;Arbeitstische;Rechtsgrundlage`); work tables as numerals joined by `|`, e.g. `I|IV`.",
          de: "UTF-8 (mit oder ohne BOM), durch Komma oder Semikolon getrennt. Kopfzeile `Name;E-Mail;Organisation;Arbeitstische;Rechtsgrundlage` (oder englisch: `name,email,organisation,workTables,legalBasis`); Arbeitstische als Nummern, durch `|` verbunden, z. B. `I|IV`.",
        }),
        content: { "text/csv": { schema: { type: "string" } } },
      },
      responses: {
        200: json("ImportReport", {
          en: "What happened to each row.",
          de: "Was mit jeder Zeile geschah.",
        }),
      },
      problems: [400, 413, 415, 422],
    },
    {
      method: "get",
      path: "/api/admin/partners",
      operationId: "adminListPartners",
      tag: "partners",
      coordinators: true,
      summary: { en: "The partner directory", de: "Das Verzeichnis der Netzwerkpartner" },
      description: {
        en: "JSON pages, or with `format=csv` (or `Accept: text/csv`) the whole directory as one CSV file (UTF-8 with BOM).",
        de: "JSON seitenweise, oder mit `format=csv` (oder `Accept: text/csv`) das ganze Verzeichnis als eine CSV-Datei (UTF-8 mit BOM).",
      },
      parameters: queryParameters(partnerListQuery()),
      responses: {
        200: {
          ...words({ en: "One page, or the CSV file.", de: "Eine Seite, oder die CSV-Datei." }),
          content: { "application/json": { schema: ref("PartnerPage") }, "text/csv": { schema: { type: "string" } } },
        },
      },
      problems: [422],
    },
    {
      method: "get",
      path: "/api/admin/partners/{email}",
      operationId: "adminGetPartner",
      tag: "partners",
      coordinators: true,
      summary: { en: "One partner", de: "Ein Netzwerkpartner" },
      parameters: [PARAMETERS.email],
      responses: { 200: json("Partner", { en: "The partner.", de: "Der Netzwerkpartner." }) },
      problems: [404],
    },
    {
      method: "post",
      path: "/api/admin/partners/{email}/resubscribe",
      operationId: "adminResubscribePartner",
      tag: "partners",
      coordinators: true,
      summary: { en: "Undo an unsubscription", de: "Eine Abbestellung rückgängig machen" },
      description: {
        en: "Only on the partner's request; recorded with who and when. 409 when the partner is not unsubscribed.",
        de: "Nur auf Wunsch des Partners; mit Person und Zeitpunkt festgehalten. 409, wenn nichts abbestellt ist.",
      },
      parameters: [PARAMETERS.email],
      jsonRequest: true,
      requestBody: jsonBody(resubscribeBody(), {
        note: { en: "How the partner asked for it.", de: "Wie der Partner darum gebeten hat." },
      }),
      responses: { 200: json("Partner", { en: "The partner.", de: "Der Netzwerkpartner." }) },
      problems: [404, 409],
    },
    {
      method: "get",
      path: "/api/admin/conferences",
      operationId: "adminListConferences",
      tag: "conferences",
      coordinators: true,
      summary: { en: "All conferences, latest start first", de: "Alle Tagungen, späteste zuerst" },
      responses: { 200: json("ConferenceList", { en: "The conferences.", de: "Die Tagungen." }) },
    },
    {
      method: "post",
      path: "/api/admin/conferences",
      operationId: "adminCreateConference",
      tag: "conferences",
      coordinators: true,
      summary: { en: "Plan a conference", de: "Eine Tagung planen" },
      description: {
        en: "Times ISO 8601 with offset, all in the future; the end after the start, the invitation before the start, the reminder between the two. The invitation and reminder go out on their own at their times.",
        de: "Zeiten nach ISO 8601 mit Zeitzone, alle in der Zukunft; das Ende nach dem Beginn, die Einladung vor dem Beginn, die Erinnerung dazwischen. Einladung und Erinnerung gehen zu ihrer Zeit von selbst hinaus.",
      },
      jsonRequest: true,
      requestBody: jsonBody(conferenceInputSchema(), {
        title: {
          en: "The event's own name, e.g. “Herbsttagung 2027”; not starting with “Einladung” and not naming the other season.",
          de: "Der eigene Name der Veranstaltung, z. B. „Herbsttagung 2027“; beginnt nicht mit „Einladung“ und nennt nicht die andere Jahreszeit.",
        },
        onlineUrl: { en: "An `https://` link to join online.", de: "Ein `https://`-Link zur Online-Teilnahme." },
      }),
      responses: { 201: json("Conference", { en: "Planned.", de: "Geplant." }, LOCATION) },
    },
    {
      method: "get",
      path: "/api/admin/conferences/{id}",
      operationId: "adminGetConference",
      tag: "conferences",
      coordinators: true,
      summary: { en: "One conference with its mailings", de: "Eine Tagung mit ihren Versänden" },
      parameters: [PARAMETERS.conferenceId],
      responses: {
        200: json("ConferenceDetail", {
          en: "The conference, each mailing's progress and the RSVP counts.",
          de: "Die Tagung, der Fortschritt jedes Versands und die Zahl der Zu- und Absagen.",
        }),
      },
      problems: [404],
    },
    {
      method: "patch",
      path: "/api/admin/conferences/{id}",
      operationId: "adminUpdateConference",
      tag: "conferences",
      coordinators: true,
      summary: { en: "Change a conference", de: "Eine Tagung ändern" },
      description: {
        en: "Any of the fields; schedules are moved, and a change of time or place sends an update to the invited.",
        de: "Beliebige der Felder; Termine werden verschoben, und eine Änderung von Zeit oder Ort geht als Aktualisierung an die Eingeladenen.",
      },
      parameters: [PARAMETERS.conferenceId],
      jsonRequest: true,
      requestBody: jsonBody(conferencePatchSchema(), {
        reminderAt: { en: "`null` drops the reminder.", de: "`null` streicht die Erinnerung." },
      }),
      responses: { 200: json("Conference", { en: "Changed.", de: "Geändert." }) },
      problems: [404, 409],
    },
    {
      method: "delete",
      path: "/api/admin/conferences/{id}",
      operationId: "adminCancelConference",
      tag: "conferences",
      coordinators: true,
      summary: { en: "Cancel a conference", de: "Eine Tagung absagen" },
      description: {
        en: "Its schedules are deleted and the invited get a cancellation. Again is the same 200.",
        de: "Ihre Termine werden gelöscht, die Eingeladenen erhalten eine Absage. Ein zweites Mal ergibt dasselbe 200.",
      },
      parameters: [PARAMETERS.conferenceId],
      responses: { 200: json("Conference", { en: "Cancelled.", de: "Abgesagt." }) },
      problems: [404, 409],
    },
    {
      method: "post",
      path: "/api/admin/conferences/{id}/send-now",
      operationId: "adminSendConferenceMailingNow",
      tag: "conferences",
      coordinators: true,
      summary: { en: "Send a mailing now, or a test", de: "Einen Versand jetzt auslösen, oder einen Test" },
      parameters: [PARAMETERS.conferenceId],
      jsonRequest: true,
      requestBody: jsonBody(sendNowBody(), {
        test: {
          en: "Only a test mail, to `to` or to the coordinator asking.",
          de: "Nur eine Test-E-Mail, an `to` oder an die anfragende Person.",
        },
      }),
      responses: { 202: json("SendNowResult", { en: "Queued.", de: "Eingereiht." }) },
      problems: [404, 409],
    },
    {
      method: "get",
      path: "/api/admin/conferences/{id}/attendees.csv",
      operationId: "adminConferenceAttendees",
      tag: "conferences",
      coordinators: true,
      summary: { en: "Who said yes, as CSV", de: "Die Zusagen als CSV" },
      parameters: [PARAMETERS.conferenceId],
      responses: {
        200: csv({
          en: "`name,email,organisation,answeredAt` (UTF-8 with BOM).",
          de: "`name,email,organisation,answeredAt` (UTF-8 mit BOM).",
        }),
      },
      problems: [404],
    },
    {
      method: "get",
      path: "/api/admin/mails",
      operationId: "adminListMails",
      tag: "mails",
      coordinators: true,
      summary: { en: "Outbox mails in one status", de: "E-Mails des Postausgangs in einem Zustand" },
      parameters: queryParameters(mailListQuery()),
      responses: { 200: json("MailPage", { en: "One page, newest first.", de: "Eine Seite, neueste zuerst." }) },
      problems: [422],
    },
    {
      method: "post",
      path: "/api/admin/mails/{id}/retry",
      operationId: "adminRetryMail",
      tag: "mails",
      coordinators: true,
      summary: {
        en: "Send a failed or uncertain mail again",
        de: "Eine gescheiterte oder unsichere E-Mail erneut senden",
      },
      description: {
        en: "Recorded on the mail and in the audit log; 409 (with `mailStatus`) for any other status.",
        de: "Auf der E-Mail und im Protokoll festgehalten; 409 (mit `mailStatus`) für jeden anderen Zustand.",
      },
      parameters: [PARAMETERS.mailId],
      responses: { 200: json("MailSummary", { en: "The mail, queued again.", de: "Die E-Mail, neu eingereiht." }) },
      problems: [404, 409],
    },
    {
      method: "get",
      path: "/api/admin/people/{email}/export",
      operationId: "adminExportPerson",
      tag: "people",
      coordinators: true,
      summary: { en: "Everything stored about a person", de: "Alles über eine Person Gespeicherte" },
      parameters: [PARAMETERS.email],
      responses: { 200: json("PersonData", { en: "The data (Art. 15 GDPR).", de: "Die Daten (Art. 15 DSGVO)." }) },
      problems: [404],
    },
    {
      method: "post",
      path: "/api/admin/people/{email}/erase",
      operationId: "adminErasePerson",
      tag: "people",
      coordinators: true,
      summary: { en: "Erase a person", de: "Eine Person löschen" },
      description: {
        en: "Art. 17 GDPR: their items deleted, audit entries anonymised, the address kept off every mailing. 409 for a contact person of a table or a coordinator.",
        de: "Art. 17 DSGVO: ihre Einträge gelöscht, Protokolleinträge anonymisiert, die Adresse von jedem Versand ausgeschlossen. 409 für Ansprechpersonen eines Tischs und Koordinierende.",
      },
      parameters: [PARAMETERS.email],
      responses: { 200: json("EraseResult", { en: "Erased.", de: "Gelöscht." }) },
      problems: [404, 409],
    },
    {
      method: "get",
      path: "/api/admin/suppressions",
      operationId: "adminListSuppressions",
      tag: "people",
      coordinators: true,
      summary: { en: "Addresses no mailing reaches", de: "Adressen, die kein Versand erreicht" },
      description: {
        en: "Reported by SES as bouncing for good or complaining, and erased people (by hash only).",
        de: "Von SES als dauerhaft unzustellbar oder mit Beschwerde gemeldet, und gelöschte Personen (nur als Hash).",
      },
      responses: { 200: json("SuppressionList", { en: "The list.", de: "Die Liste." }) },
    },
    // ---- documentation ----
    {
      method: "get",
      path: "/api/openapi.json",
      operationId: "getOpenApiDocument",
      tag: "documentation",
      summary: { en: "This document (OpenAPI 3.1)", de: "Dieses Dokument (OpenAPI 3.1)" },
      responses: {
        200: {
          ...words({ en: "The OpenAPI document.", de: "Das OpenAPI-Dokument." }),
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
    {
      method: "get",
      path: "/api/docs",
      operationId: "getApiReference",
      tag: "documentation",
      summary: { en: "This description as a page", de: "Diese Beschreibung als Seite" },
      parameters: [PARAMETERS.lang],
      responses: {
        200: {
          ...words({ en: "The page.", de: "Die Seite." }),
          content: { "text/html": { schema: { type: "string" } } },
        },
      },
    },
  ];
}

const JSON_BODY_PROBLEMS: ProblemStatus[] = [400, 413, 415, 422];
const COORDINATOR_PROBLEMS: ProblemStatus[] = [401, 403];
const SAFE = new Set<Method>(["get"]);

function operationObject(spec: OperationSpec) {
  const statuses = new Set<ProblemStatus>([
    ...(spec.jsonRequest ? JSON_BODY_PROBLEMS : []),
    ...(spec.coordinators ? COORDINATOR_PROBLEMS : []),
    ...(spec.problems ?? []),
    "5XX",
  ]);
  const problems = Object.fromEntries(
    [...statuses].sort((a, b) => String(a).localeCompare(String(b))).map((s) => [String(s), problemResponse(s)]),
  );
  return {
    operationId: spec.operationId,
    tags: [TAGS[spec.tag].en],
    summary: spec.summary.en,
    "x-summary-de": spec.summary.de,
    ...(spec.description ? words(spec.description) : {}),
    ...(spec.coordinators
      ? {
          security: SAFE.has(spec.method)
            ? [{ bearerToken: [] }, { sessionCookie: [] }]
            : [{ bearerToken: [] }, { sessionCookie: [], csrfToken: [] }],
        }
      : {}),
    ...(spec.parameters?.length ? { parameters: spec.parameters } : {}),
    ...(spec.requestBody ? { requestBody: spec.requestBody } : {}),
    responses: { ...spec.responses, ...problems },
  };
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(responseBodies)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => {
      const text = SCHEMA_TEXTS[id as ResponseBodyName];
      return [id, { ...words(text), ...annotate(schema, text.fields ?? {}) }];
    }),
  );
}

function buildDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const described = describedOperations();
  const seen = new Set(described.map((spec) => `${spec.method} ${spec.path}`));
  const tagOrder = Object.keys(TAGS);
  const all = [...described, ...legacyOperations().filter((spec) => !seen.has(`${spec.method} ${spec.path}`))]
    // by tag, then in the order the routes are defined (a stable sort)
    .sort((a, b) => tagOrder.indexOf(a.tag) - tagOrder.indexOf(b.tag));
  for (const spec of all) {
    paths[spec.path] ??= {};
    (paths[spec.path] as Record<string, unknown>)[spec.method] = operationObject(spec);
  }
  const problemContent = { "application/problem+json": { schema: ref("Problem") } };
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Netzwerk Migration – JSON API",
      version: "1",
      ...words({
        en: `The JSON API of the Netzwerk Migration: the work tables, applying to them, the links in mails, and the coordinators' API under \`/api/admin\`. Bodies are JSON (at most ${MAX_BODY_BYTES / 1024} KB); every error is \`application/problem+json\` (RFC 9457) with \`status\`, \`title\`, \`detail\` and, for invalid fields, \`errors: [{ path, message }]\`. Texts follow \`?lang=de|en\` or \`Accept-Language\` (German by default; \`Content-Language\` tells which).`,
        de: `Die JSON-Schnittstelle des Netzwerks Migration: die Arbeitstische, die Bewerbung bei ihnen, die Links aus E-Mails und die Schnittstelle der Koordination unter \`/api/admin\`. Inhalte sind JSON (höchstens ${MAX_BODY_BYTES / 1024} KB); jeder Fehler ist \`application/problem+json\` (RFC 9457) mit \`status\`, \`title\`, \`detail\` und, bei ungültigen Feldern, \`errors: [{ path, message }]\`. Texte folgen \`?lang=de|en\` oder \`Accept-Language\` (sonst Deutsch; \`Content-Language\` sagt, welche Sprache).`,
      }),
    },
    tags: Object.values(TAGS).map((tag) => ({
      name: tag.en,
      "x-name-de": tag.de,
      ...words(tag.about),
    })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.entries(PROBLEMS).map(([status, problem]) => [
          problem.name,
          {
            ...words(problem),
            ...(PROBLEM_HEADERS[status as unknown as ProblemStatus]
              ? { headers: PROBLEM_HEADERS[status as unknown as ProblemStatus] }
              : {}),
            content: problemContent,
          },
        ]),
      ),
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "nmk_…",
          ...words({
            en: "A personal API token, `Authorization: Bearer nmk_…`: made in the console (Zugang), shown once, revocable. Locally also `COORDINATOR_TOKEN`.",
            de: "Ein persönliches API-Token, `Authorization: Bearer nmk_…`: in der Konsole (Zugang) erstellt, einmal angezeigt, widerrufbar. Lokal auch `COORDINATOR_TOKEN`.",
          }),
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-nm_session",
          ...words({
            en: "The console's session, after signing in with the mailed link (over plain HTTP, locally: `nm_session`).",
            de: "Die Sitzung der Konsole nach der Anmeldung mit dem zugesandten Link (über einfaches HTTP, lokal: `nm_session`).",
          }),
        },
        csrfToken: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          ...words({
            en: "With the session cookie, every request that changes something carries the session's CSRF token.",
            de: "Mit dem Sitzungs-Cookie trägt jede ändernde Anfrage das CSRF-Token der Sitzung.",
          }),
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

/** The document, built on first use and kept. */
export const openApiDocument = once(buildDocument);
