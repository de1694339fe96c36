import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { type Conference, type MailingKind, timeIssues, titleIssues } from "../../../domain/conference.ts";
import { conferenceInputSchema, conferencePatchSchema } from "../../../domain/conference-input.ts";
import { technicalCsv } from "../../../domain/partner-csv.ts";
import { mailingKey, sendTestMail } from "../../../jobs/conference-mailing.ts";
import type { AuditRepository } from "../../../store/audit.ts";
import type { ConferenceRepository } from "../../../store/conference-repository.ts";
import type { MailRepository } from "../../../store/mail-repository.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem, validationProblem } from "../../problem.ts";
import type { ConferenceDetailBody, SendNowResultBody } from "../openapi/response-schemas.ts";
import { sendNowBody } from "./request-schemas.ts";

/**
 * Coordinators plan the spring and autumn conferences. The admin function only writes the conference; its
 * schedules and mailings follow from the table's stream (see shared/jobs/conference-schedules.ts).
 */
export function adminConferenceRoutes(
  { conferences, mails, audit }: { conferences: ConferenceRepository; mails: MailRepository; audit: AuditRepository },
  now: () => Date,
) {
  const notFound = (c: Context) => problem(c, 404, "Not Found", "There is no conference with this id.");

  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ items: await conferences.list() }))
    .post("/", async (c) => {
      const body = await readJsonBody(c, conferenceInputSchema());
      if (!body.ok) return body.response;
      const issues = [...titleIssues(body.value), ...timeIssues(body.value, now())];
      if (issues.length > 0) return validationProblem(c, issues);
      const conference = await conferences.create(body.value, now(), {
        actor: c.var.principal.email,
        action: "conference.create",
      });
      c.header("Location", `/api/admin/conferences/${conference.id}`);
      return c.json(conference, 201);
    })
    .get("/:id", async (c) => {
      const conference = await conferences.get(c.req.param("id"));
      if (!conference) return notFound(c);
      const [progress, rsvps] = await Promise.all([
        conferences.mailings(conference.id),
        conferences.rsvps(conference.id),
      ]);
      const mailings = await Promise.all(
        progress.map(async (p) => ({
          key: p.key,
          done: p.done,
          queued: p.queued,
          skipped: {
            unsubscribed: p.skippedUnsubscribed,
            suppressed: p.skippedSuppressed,
            answeredNo: p.skippedAnswer,
          },
          mails: await conferences.mailCounts(conference.id, p.key),
          startedAt: p.startedAt,
          ...(p.finishedAt ? { finishedAt: p.finishedAt } : {}),
        })),
      );
      const yes = rsvps.filter((r) => r.answer === "yes").length;
      return c.json({ ...conference, mailings, rsvp: { yes, no: rsvps.length - yes } } satisfies ConferenceDetailBody);
    })
    .patch("/:id", async (c) => {
      const before = await conferences.get(c.req.param("id"));
      if (!before) return notFound(c);
      if (before.status === "cancelled") return problem(c, 409, "Conflict", "This conference has been cancelled.");
      const body = await readJsonBody(c, conferencePatchSchema());
      if (!body.ok) return body.response;
      const candidate = { ...before, ...body.value } as Conference;
      if (body.value.reminderAt === null) delete candidate.reminderAt;
      const issues = [
        ...(body.value.title || body.value.season ? titleIssues(candidate) : []),
        ...timeIssues(candidate, now(), before),
      ];
      if (issues.length > 0) return validationProblem(c, issues);
      const updated = await conferences.replace(before, body.value as Partial<Conference>, now(), {
        actor: c.var.principal.email,
        action: "conference.update",
      });
      if (!updated) return problem(c, 409, "Conflict", "The conference was changed at the same time; please reload.");
      return c.json(updated);
    })
    .delete("/:id", async (c) => {
      const before = await conferences.get(c.req.param("id"));
      if (!before) return notFound(c);
      if (before.status === "cancelled") return c.json(before);
      const at = now().toISOString();
      const cancelled = await conferences.replace(before, { status: "cancelled", cancelledAt: at }, now(), {
        actor: c.var.principal.email,
        action: "conference.cancel",
      });
      if (!cancelled) return problem(c, 409, "Conflict", "The conference was changed at the same time; please reload.");
      return c.json(cancelled);
    })
    .post("/:id/send-now", async (c) => {
      const conference = await conferences.get(c.req.param("id"));
      if (!conference) return notFound(c);
      if (conference.status === "cancelled") return problem(c, 409, "Conflict", "This conference has been cancelled.");
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
      if (!requested) return problem(c, 409, "Conflict", "The conference was changed at the same time; please retry.");
      return c.json({ status: "queued", mailing: mailingKey(kind, conference) } satisfies SendNowResultBody, 202);
    })
    .get("/:id/attendees.csv", async (c) => {
      const conference = await conferences.get(c.req.param("id"));
      if (!conference) return notFound(c);
      const yes = (await conferences.rsvps(conference.id)).filter((r) => r.answer === "yes");
      const csv = technicalCsv(
        ["name", "email", "organisation", "answeredAt"],
        yes.map((r) => [r.name, r.email, r.organisation ?? "", r.answeredAt]),
      );
      return c.body(csv, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="teilnehmende-${conference.id}.csv"`,
      });
    });
}
