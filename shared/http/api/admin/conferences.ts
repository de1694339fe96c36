import type { Context } from "hono";
import { Hono } from "hono/tiny";
import {
  type Conference,
  holdsPlace,
  type MailingKind,
  timeIssues,
  titleIssues,
  withChanges,
  withWorkshopIds,
} from "../../../domain/conference.ts";
import {
  conferenceInputSchema,
  conferencePatchSchema,
  conferenceReplaceSchema,
  OPTIONAL_EVENT_FIELDS,
} from "../../../domain/conference-input.ts";
import { technicalCsv } from "../../../domain/partner-csv.ts";
import { placeIssues } from "../../../domain/places.ts";
import { mailingKey, sendTestMail } from "../../../jobs/conference-mailing.ts";
import type { AuditRepository } from "../../../store/audit.ts";
import type { ConferenceRepository } from "../../../store/conference-repository.ts";
import type { MailRepository } from "../../../store/mail-repository.ts";
import { fillAfterChange, placeRuleIssues, type RegistrationDeps } from "../../../use-cases/registrations.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";
import type { SendNowResultBody } from "../openapi/response-schemas.ts";
import { eventDetail } from "./event-detail.ts";
import { sendNowBody } from "./request-schemas.ts";

/**
 * Coordinators plan the spring and autumn conferences. The admin function only writes the conference; its
 * schedules and mailings follow from the table's stream (see shared/jobs/conference-schedules.ts).
 */
export function adminConferenceRoutes(
  deps: { conferences: ConferenceRepository; mails: MailRepository; audit: AuditRepository } & RegistrationDeps,
  now: () => Date,
) {
  const { conferences, mails, audit } = deps;
  const notFound = (c: Context) => problem(c, 404, "Not Found", "There is no conference with this id.");
  /** A change (PATCH's fields, or PUT's whole event with what it leaves out removed), checked and written. */
  const change = async (c: Context<AppEnv>, before: Conference, changes: Record<string, unknown>) => {
    const candidate = withChanges(before, changes);
    const issues = [
      ...(changes.title || changes.season ? titleIssues(candidate) : []),
      ...timeIssues(candidate, now(), before),
      ...(await placeRuleIssues(deps, before, candidate)),
    ];
    if (issues.length > 0) return validationProblem(c, issues);
    const updated = await conferences.replace(before, changes as Partial<Conference>, now(), {
      actor: c.var.principal.email,
      action: "conference.update",
    });
    if (!updated) return problem(c, 409, "Conflict", "The conference was changed at the same time; please reload.");
    // More places, a workshop's more: the first waiting get them at once.
    await fillAfterChange(deps, updated.id, now());
    return c.json(updated);
  };

  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListConferences",
        tag: "conferences",
        coordinators: true,
        summary: { en: "All conferences, latest start first", de: "Alle Tagungen, späteste zuerst" },
        responses: { 200: d.json("ConferenceList", { en: "The conferences.", de: "Die Tagungen." }) },
      })),
      async (c) => c.json({ items: await conferences.list() }),
    )
    .post(
      "/",
      describeRoute((d) => ({
        operationId: "adminCreateConference",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Plan a conference", de: "Eine Tagung planen" },
        description: {
          en: "Times ISO 8601 with offset, all in the future; the end after the start, the invitation before the start, the reminder between the two. The invitation and reminder go out on their own at their times.",
          de: "Zeiten nach ISO 8601 mit Zeitzone, alle in der Zukunft; das Ende nach dem Beginn, die Einladung vor dem Beginn, die Erinnerung dazwischen. Einladung und Erinnerung gehen zu ihrer Zeit von selbst hinaus.",
        },
        jsonRequest: true,
        requestBody: d.jsonBody(conferenceInputSchema(), {
          title: {
            en: "The event's own name, e.g. “Herbsttagung 2027”; not starting with “Einladung” and not naming the other season.",
            de: "Der eigene Name der Veranstaltung, z. B. „Herbsttagung 2027“; beginnt nicht mit „Einladung“ und nennt nicht die andere Jahreszeit.",
          },
          onlineUrl: { en: "An `https://` link to join online.", de: "Ein `https://`-Link zur Online-Teilnahme." },
        }),
        responses: { 201: d.json("Conference", { en: "Planned.", de: "Geplant." }, d.headers.location) },
      })),
      async (c) => {
        const body = await readJsonBody(c, conferenceInputSchema());
        if (!body.ok) return body.response;
        const issues = [
          ...titleIssues(body.value),
          ...timeIssues(body.value, now()),
          ...placeIssues({ ...body.value, workshops: withWorkshopIds(body.value.workshops ?? []) }, new Map()),
        ];
        if (issues.length > 0) return validationProblem(c, issues);
        const conference = await conferences.create(body.value, now(), {
          actor: c.var.principal.email,
          action: "conference.create",
        });
        c.header("Location", `/api/admin/conferences/${conference.id}`);
        return c.json(conference, 201);
      },
    )
    .get(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminGetConference",
        tag: "conferences",
        coordinators: true,
        summary: { en: "One conference with its mailings", de: "Eine Tagung mit ihren Versänden" },
        parameters: [d.params.conferenceId],
        responses: {
          200: d.json("ConferenceDetail", {
            en: "The conference, each mailing's progress and the RSVP counts.",
            de: "Die Tagung, der Fortschritt jedes Versands und die Zahl der Zu- und Absagen.",
          }),
        },
        problems: [404],
      })),
      async (c) => {
        const conference = await conferences.get(c.req.param("id"));
        if (!conference) return notFound(c);
        return c.json(await eventDetail(conferences, conference));
      },
    )
    .patch(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminUpdateConference",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Change a conference", de: "Eine Tagung ändern" },
        description: {
          en: "Any of the fields; `null` removes an optional one. Schedules are moved, and a change of time or place sends an update to the invited. Places as with `PUT`.",
          de: "Beliebige der Felder; `null` entfernt ein optionales. Termine werden verschoben, und eine Änderung von Zeit oder Ort geht als Aktualisierung an die Eingeladenen. Plätze wie bei `PUT`.",
        },
        parameters: [d.params.conferenceId],
        jsonRequest: true,
        requestBody: d.jsonBody(conferencePatchSchema(), {
          reminderAt: { en: "`null` drops the reminder.", de: "`null` streicht die Erinnerung." },
        }),
        responses: { 200: d.json("Conference", { en: "Changed.", de: "Geändert." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const before = await conferences.get(c.req.param("id"));
        if (!before) return notFound(c);
        if (before.status === "cancelled") return problem(c, 409, "Conflict", "This conference has been cancelled.");
        const body = await readJsonBody(c, conferencePatchSchema());
        if (!body.ok) return body.response;
        return change(c, before, body.value);
      },
    )
    .put(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminReplaceConference",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Replace a conference", de: "Eine Tagung ersetzen" },
        description: {
          en: "The whole event, as `POST` takes it; an optional field left out is removed (no reminder, no limit of places, no deadline, no workshops). The same rules as a change; places: `capacity` (absent: no limit; never below the places given), `perOrganisation`, `registrationDeadline` (a time now closes registration), `workshops` (each with `slot`, `title`, optional `capacity`; give the `id` of an existing one to keep it; one with registrations cannot be removed). More places go to the first waiting at once.",
          de: "Die ganze Veranstaltung, wie `POST` sie nimmt; ein weggelassenes optionales Feld wird entfernt (keine Erinnerung, keine Platzgrenze, kein Anmeldeschluss, keine Workshops). Dieselben Regeln wie bei einer Änderung; Plätze: `capacity` (fehlt: keine Grenze; nie unter den vergebenen Plätzen), `perOrganisation`, `registrationDeadline` (ein Zeitpunkt jetzt schließt die Anmeldung), `workshops` (je mit `slot`, `title`, wahlweise `capacity`; die `id` eines bestehenden behält ihn; einer mit Anmeldungen lässt sich nicht entfernen). Mehr Plätze gehen sofort an die Ersten der Warteliste.",
        },
        parameters: [d.params.conferenceId],
        jsonRequest: true,
        requestBody: d.jsonBody(conferenceReplaceSchema(), {}),
        responses: { 200: d.json("Conference", { en: "Replaced.", de: "Ersetzt." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const before = await conferences.get(c.req.param("id"));
        if (!before) return notFound(c);
        if (before.status === "cancelled") return problem(c, 409, "Conflict", "This conference has been cancelled.");
        const body = await readJsonBody(c, conferenceReplaceSchema());
        if (!body.ok) return body.response;
        const changes: Record<string, unknown> = { ...body.value };
        for (const field of OPTIONAL_EVENT_FIELDS) changes[field] ??= null;
        return change(c, before, changes);
      },
    )
    .delete(
      "/:id",
      describeRoute((d) => ({
        operationId: "adminCancelConference",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Cancel a conference", de: "Eine Tagung absagen" },
        description: {
          en: "Its schedules are deleted and the invited get a cancellation. Again is the same 200.",
          de: "Ihre Termine werden gelöscht, die Eingeladenen erhalten eine Absage. Ein zweites Mal ergibt dasselbe 200.",
        },
        parameters: [d.params.conferenceId],
        responses: { 200: d.json("Conference", { en: "Cancelled.", de: "Abgesagt." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const before = await conferences.get(c.req.param("id"));
        if (!before) return notFound(c);
        if (before.status === "cancelled") return c.json(before);
        const at = now().toISOString();
        const cancelled = await conferences.replace(before, { status: "cancelled", cancelledAt: at }, now(), {
          actor: c.var.principal.email,
          action: "conference.cancel",
        });
        if (!cancelled)
          return problem(c, 409, "Conflict", "The conference was changed at the same time; please reload.");
        return c.json(cancelled);
      },
    )
    .post(
      "/:id/send-now",
      describeRoute((d) => ({
        operationId: "adminSendConferenceMailingNow",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Send a mailing now, or a test", de: "Einen Versand jetzt auslösen, oder einen Test" },
        parameters: [d.params.conferenceId],
        jsonRequest: true,
        requestBody: d.jsonBody(sendNowBody(), {
          test: {
            en: "Only a test mail, to `to` or to the coordinator asking.",
            de: "Nur eine Test-E-Mail, an `to` oder an die anfragende Person.",
          },
        }),
        responses: { 202: d.json("SendNowResult", { en: "Queued.", de: "Eingereiht." }) },
        problems: [404, 409],
      })),
      async (c) => {
        const conference = await conferences.get(c.req.param("id"));
        if (!conference) return notFound(c);
        if (conference.status === "cancelled")
          return problem(c, 409, "Conflict", "This conference has been cancelled.");
        const body = await readJsonBody(c, sendNowBody());
        if (!body.ok) return body.response;
        const kind: MailingKind = body.value.kind;
        if (body.value.test) {
          // To the address given, or to whoever asks (a script's local token has no mailbox: it must name one).
          const self = c.var.principal.via === "local_token" ? undefined : c.var.principal.email;
          const recipients = body.value.to ? [body.value.to] : self ? [self] : [];
          if (recipients.length === 0) {
            return validationProblem(c, [{ path: "to", message: "name the address the test goes to" }]);
          }
          for (const email of recipients) await sendTestMail({ mails }, conference, kind, { email }, now());
          await audit.record(
            {
              at: now().toISOString(),
              actor: c.var.principal.email,
              action: "conference.test",
              subject: { type: "conference", id: conference.id },
              after: { kind, to: recipients },
            },
            now(),
          );
          return c.json({ status: "test_queued", to: recipients } satisfies SendNowResultBody, 202);
        }
        const requested = await conferences.replace(
          conference,
          { sendNow: { kind, requestedAt: now().toISOString() } } as Partial<Conference>,
          now(),
          { actor: c.var.principal.email, action: "conference.send_now" },
        );
        if (!requested)
          return problem(c, 409, "Conflict", "The conference was changed at the same time; please retry.");
        return c.json({ status: "queued", mailing: mailingKey(kind, conference) } satisfies SendNowResultBody, 202);
      },
    )
    .get(
      "/:id/attendees.csv",
      describeRoute((d) => ({
        operationId: "adminConferenceAttendees",
        tag: "conferences",
        coordinators: true,
        summary: { en: "Who said yes, as CSV", de: "Die Zusagen als CSV" },
        parameters: [d.params.conferenceId],
        responses: {
          200: d.csv({
            en: "`name,email,organisation,answeredAt` (UTF-8 with BOM).",
            de: "`name,email,organisation,answeredAt` (UTF-8 mit BOM).",
          }),
        },
        problems: [404],
      })),
      async (c) => {
        const conference = await conferences.get(c.req.param("id"));
        if (!conference) return notFound(c);
        const yes = (await conferences.rsvps(conference.id)).filter(holdsPlace);
        const csv = technicalCsv(
          ["name", "email", "organisation", "answeredAt"],
          yes.map((r) => [r.name, r.email, r.organisation ?? "", r.answeredAt]),
        );
        return c.body(csv, 200, {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="teilnehmende-${conference.id}.csv"`,
        });
      },
    );
}
