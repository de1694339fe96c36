import type { Context } from "hono";
import { Hono } from "hono/tiny";
import {
  type Conference,
  type MailingKind,
  timeIssues,
  titleIssues,
  withChanges,
  withWorkshopIds,
} from "../../../domain/conference.ts";
import { isUuid } from "../../../domain/ids.ts";
import { linkPath } from "../../../domain/link-paths.ts";
import { conferenceMail, mailingKey } from "../../../domain/mailing-mail-data.ts";
import { placeIssues } from "../../../domain/places.ts";
import { paragraph } from "../../../domain/text.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { sendTestMail } from "../../../jobs/conference-mailing.ts";
import { loadMailTexts, mailContent, renderHtml, renderText } from "../../../mail/templates.ts";
import { fillAfterChange, placeRuleIssues } from "../../../use-cases/registrations.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { agendaPage, saveAgendaForm } from "../agenda.tsx";
import { attendanceCounts, attendanceListPage, attendancePage, saveAttendanceForm } from "../attendance.tsx";
import {
  attendeesResponse,
  cancellation,
  eventChanges,
  eventRuleErrors,
  mailingsOf,
  readEventForm,
} from "../event-parts.tsx";
import { href } from "../layout.tsx";
import { minutesPage, publishMinutesForm, saveMinutesForm } from "../minutes.tsx";
import { field } from "../parts.tsx";
import {
  checkInForm,
  checkInPage,
  closeRegistrationForm,
  registrationAction,
  registrationsCsv,
  registrationsPage,
} from "../registrations.tsx";
import {
  type ConferencePageStatus,
  cancelConfirmPage,
  conferenceDetailPage,
  conferenceEditPage,
  conferenceListPage,
  conferenceNotFoundPage,
  mailPreviewPage,
  SENDABLE,
  sendNowConfirmPage,
} from "../views/conferences.tsx";
import { History } from "./audit.tsx";

const kindOf = (value: string | undefined): MailingKind => (value === "reminder" ? "reminder" : "invitation");

/**
 * Conferences for coordinators: plan one with date and time fields in Berlin time, see its invitation as the
 * partners will (text and HTML) and send a test to oneself, send a mailing now after a confirmation, follow its
 * progress and the replies, download the attendees, cancel with a note. Schedules follow from the table's stream,
 * as for the JSON API. The pages are in views/conferences.tsx.
 */
export function conferenceRoutes(deps: AppDependencies, now: () => Date) {
  const record = (c: Context<AppEnv>, action: string, note?: string) => ({
    actor: c.var.principal.email,
    action,
    ...(note ? { note } : {}),
  });

  const list = async (c: Context<AppEnv>) => conferenceListPage(c, await deps.conferences.list());

  const detail = async (
    c: Context<AppEnv>,
    conference: Conference,
    notice?: string,
    status: ConferencePageStatus = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const [mailings, rsvps, history, attendance, minutes] = await Promise.all([
      mailingsOf(deps.conferences, conference.id),
      deps.conferences.rsvps(conference.id),
      deps.audit.about("conference", conference.id),
      attendanceCounts(deps, conference.id),
      deps.minutes.get(conference.id),
    ]);
    return conferenceDetailPage(
      c,
      {
        conference,
        mailings,
        rsvps,
        attendance,
        minutes,
        history: <History t={t} locale={c.var.locale} entries={history} />,
      },
      notice,
      status,
    );
  };

  /** Where a conference's own pages (agenda, attendance) live in the console. */
  const eventPlace = (conference: Conference) =>
    ({ eventPath: `/konsole/tagungen/${conference.id}`, section: "conferences" }) as const;

  /** The conference of the path, or a 404 page; `planned` refuses a cancelled one with 409. */
  const load = async (c: Context<AppEnv>, options: { planned?: boolean } = {}) => {
    const t = consoleTexts(c.var.locale);
    const id = c.req.param("id") ?? "";
    const conference = isUuid(id) ? await deps.conferences.get(id) : undefined;
    if (!conference) return { response: conferenceNotFoundPage(c) };
    if (options.planned && conference.status !== "planned") {
      return { response: await detail(c, conference, t.conferenceCancelled, 409) };
    }
    return { conference };
  };

  /** The invitation (or reminder) as a partner gets it: the coordinator's name, example links. */
  const previewMail = async (c: Context<AppEnv>, conference: Conference, kind: MailingKind) => {
    const email = c.var.principal.email;
    const name = (await deps.access.coordinator(email))?.name ?? email;
    await loadMailTexts([c.var.locale]);
    const mail = conferenceMail(conference, kind, { email, name, locale: c.var.locale }, { id: "preview" });
    const origin = new URL(c.req.url).origin;
    const content = mailContent(mail, {
      rsvp: `${origin}${linkPath("rsvp", "BEISPIEL", c.var.locale)}`,
      unsubscribe: `${origin}${linkPath("unsubscribe", "BEISPIEL", c.var.locale)}`,
    });
    return {
      subject: content.subject,
      text: renderText(content, c.var.locale),
      html: renderHtml(content, c.var.locale),
    };
  };

  return new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .get("/neu", (c) => conferenceEditPage(c, undefined))
    .post("/neu", async (c) => {
      const t = consoleTexts(c.var.locale);
      const read = readEventForm(c.var.form, t);
      if (!read.input) {
        return conferenceEditPage(
          c,
          undefined,
          { values: read.values, errors: read.errors, error: t.fieldsInvalid },
          422,
        );
      }
      const errors = eventRuleErrors(
        [
          ...titleIssues(read.input),
          ...timeIssues(read.input, now()),
          ...placeIssues({ ...read.input, workshops: withWorkshopIds(read.input.workshops ?? []) }, new Map()),
        ],
        t,
      );
      if (Object.keys(errors).length > 0) {
        return conferenceEditPage(c, undefined, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const conference = await deps.conferences.create(read.input, now(), record(c, "conference.create"));
      // To the conference's own page (Post/Redirect/Get): reloading it never creates the conference twice.
      return c.redirect(href(`/konsole/tagungen/${conference.id}?gespeichert=1`, c.var.locale), 303);
    })
    .get("/:id", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c);
      return response ?? detail(c, conference, c.req.query("gespeichert") ? t.conferenceSaved : undefined);
    })
    .get("/:id/tagesordnung", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return (
        response ??
        agendaPage(c, deps, conference, { eventPath: `/konsole/tagungen/${conference.id}`, section: "conferences" })
      );
    })
    .get("/:id/anwesenheit", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const saved = c.req.query("gespeichert") ? consoleTexts(c.var.locale).attendanceSaved : undefined;
      return attendancePage(c, deps, conference, eventPlace(conference), saved ? { notice: saved } : {});
    })
    .post("/:id/anwesenheit", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? saveAttendanceForm(c, deps, conference, eventPlace(conference), now());
    })
    .get("/:id/protokoll", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? minutesPage(c, deps, conference, eventPlace(conference));
    })
    .post("/:id/protokoll", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? saveMinutesForm(c, deps, conference, eventPlace(conference), now());
    })
    .post("/:id/protokoll/veroeffentlichen", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? publishMinutesForm(c, deps, conference, eventPlace(conference), now());
    })
    .get("/:id/anwesenheitsliste", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? attendanceListPage(c, deps, conference, eventPlace(conference));
    })
    .post("/:id/tagesordnung", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return (
        response ??
        saveAgendaForm(
          c,
          deps,
          conference,
          { eventPath: `/konsole/tagungen/${conference.id}`, section: "conferences" },
          now(),
        )
      );
    })
    .get("/:id/anmeldungen", async (c) => {
      const { conference, response } = await load(c);
      return response ?? registrationsPage(c, deps, conference, eventPlace(conference));
    })
    .get("/:id/anmeldungen.csv", async (c) => {
      const { conference, response } = await load(c);
      return response ?? registrationsCsv(c, deps, conference);
    })
    .post("/:id/anmeldungen/entfernen", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? registrationAction(c, deps, conference, eventPlace(conference), "remove", now());
    })
    .post("/:id/anmeldungen/an-die-spitze", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? registrationAction(c, deps, conference, eventPlace(conference), "move_up", now());
    })
    .post("/:id/anmeldungen/schliessen", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? closeRegistrationForm(c, deps, conference, eventPlace(conference), now());
    })
    .get("/:id/einlass", async (c) => {
      const { conference, response } = await load(c);
      return response ?? checkInPage(c, deps, conference, eventPlace(conference));
    })
    .post("/:id/einlass", async (c) => {
      const { conference, response } = await load(c);
      return response ?? checkInForm(c, deps, conference, eventPlace(conference), now());
    })
    .get("/:id/bearbeiten", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      return response ?? conferenceEditPage(c, conference);
    })
    .post("/:id/bearbeiten", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference: before, response } = await load(c, { planned: true });
      if (response) return response;
      const read = readEventForm(c.var.form, t);
      if (read.values.version !== before.updatedAt) {
        // Someone saved in between: show the current state, keep nothing of the stale form.
        return conferenceEditPage(c, before, { error: t.conferenceChanged }, 409);
      }
      if (!read.input) {
        return conferenceEditPage(c, before, { values: read.values, errors: read.errors, error: t.fieldsInvalid }, 422);
      }
      const changes = eventChanges(read.input);
      const candidate = withChanges(before, changes);
      const errors = eventRuleErrors(
        [
          ...titleIssues(candidate),
          ...timeIssues(candidate, now(), before),
          ...(await placeRuleIssues(deps, before, candidate)),
        ],
        t,
      );
      if (Object.keys(errors).length > 0) {
        return conferenceEditPage(c, before, { values: read.values, errors, error: t.fieldsInvalid }, 422);
      }
      const updated = await deps.conferences.replace(before, changes, now(), record(c, "conference.update"));
      if (!updated) {
        return conferenceEditPage(c, await deps.conferences.get(before.id), { error: t.conferenceChanged }, 409);
      }
      // More places: the first waiting get them at once.
      await fillAfterChange(deps, updated.id, now());
      return detail(c, updated, t.conferenceSaved);
    })
    .get("/:id/vorschau", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      const kind = kindOf(c.req.query("art"));
      return mailPreviewPage(c, conference, kind, await previewMail(c, conference, kind));
    })
    .get("/:id/vorschau.html", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      const mail = await previewMail(c, conference, kindOf(c.req.query("art")));
      // The mail's own HTML in a frame of the preview page: its inline styles, no script (the policy forbids any;
      // the renderer escapes every text anyway), sandboxed by the policy as by the frame, and only the console may
      // frame it.
      return c.html(mail.html, 200, {
        "Content-Security-Policy":
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox",
        "X-Frame-Options": "SAMEORIGIN",
      });
    })
    .post("/:id/test", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(field(c.var.form, "art"));
      const email = c.var.principal.email;
      await sendTestMail(deps, conference, kind, { email }, now());
      await deps.audit.record(
        {
          at: now().toISOString(),
          ...record(c, "conference.test"),
          subject: { type: "conference", id: conference.id },
          after: { kind, to: [email] },
        },
        now(),
      );
      return detail(c, conference, t.testSent(email));
    })
    .get("/:id/versenden", async (c) => {
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(c.req.query("art"));
      const [partners, suppressions] = await Promise.all([deps.partners.all(), deps.suppressions.list()]);
      const suppressed = new Set(suppressions.map((s) => s.email));
      const count = partners.filter((p) => !p.unsubscribedAt && !suppressed.has(p.email)).length;
      return sendNowConfirmPage(c, conference, kind, count);
    })
    .post("/:id/versenden", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const kind = kindOf(field(c.var.form, "art"));
      if (!SENDABLE.includes(kind)) return detail(c, conference, t.fieldsInvalid, 422);
      const requested = await deps.conferences.replace(
        conference,
        { sendNow: { kind, requestedAt: now().toISOString() } } as Partial<Conference>,
        now(),
        record(c, "conference.send_now"),
      );
      if (!requested) return detail(c, conference, t.conferenceChanged, 409);
      c.header("X-Mailing", mailingKey(kind, requested));
      return detail(c, requested, t.sendNowDone);
    })
    .post("/:id/absagen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const { conference, response } = await load(c, { planned: true });
      if (response) return response;
      const note = paragraph(1000).safeParse(field(c.var.form, "note"));
      const text = note.success ? note.data : "";
      if (field(c.var.form, "bestaetigt") !== "ja") return cancelConfirmPage(c, conference, text);
      const cancelled = await deps.conferences.replace(
        conference,
        cancellation(text, now()),
        now(),
        record(c, "conference.cancel", text || undefined),
      );
      if (!cancelled) return detail(c, conference, t.conferenceChanged, 409);
      return detail(c, cancelled, t.cancelledDone);
    })
    .get("/:id/teilnehmende.csv", async (c) => {
      const { conference, response } = await load(c);
      if (response) return response;
      return attendeesResponse(c, conference, await deps.conferences.rsvps(conference.id));
    });
}
