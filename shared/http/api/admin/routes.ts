import { Hono } from "hono/tiny";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { describeRoute } from "../describe.ts";
import { adminAgendaRoutes } from "./agenda.ts";
import { adminApplicationDecisionRoutes } from "./application-decisions.ts";
import { adminApplicationRoutes } from "./applications.ts";
import { adminAttendanceRoutes } from "./attendance.ts";
import { adminAuditRoutes } from "./audit.ts";
import { adminConferenceRoutes } from "./conferences.ts";
import { adminCoordinatorRoutes } from "./coordinators.ts";
import { adminMailRoutes } from "./mails.ts";
import { adminMeetingRoutes } from "./meetings.ts";
import { adminMemberRoutes } from "./members.ts";
import { adminMinutesRoutes } from "./minutes.ts";
import { adminNoticeRoutes } from "./notices.ts";
import { adminPartnerRoutes } from "./partners.ts";
import { adminPeopleRoutes } from "./people.ts";
import { adminRegistrationRoutes } from "./registrations.ts";
import { adminReportRoutes } from "./reports.ts";
import { adminWorkTableRoutes } from "./work-tables.ts";

/**
 * Every route of the coordinators' JSON API under /api/admin, with full paths: admin-app.ts mounts this group
 * behind its check of the coordinator (token or session, CSRF) and loads it on the first request to the API.
 */
export function adminApiRoutes(deps: AppDependencies, now: () => Date) {
  return new Hono<AppEnv>()
    .basePath("/api/admin")
    .route("/work-tables", adminWorkTableRoutes(deps, now))
    .route("/applications", adminApplicationRoutes(deps, now))
    .route("/partners", adminPartnerRoutes(deps, now))
    .route("/", adminAgendaRoutes(deps, now))
    .route("/", adminAttendanceRoutes(deps, now))
    .route("/", adminMinutesRoutes(deps, now))
    .route("/", adminRegistrationRoutes(deps, now))
    .route("/conferences", adminConferenceRoutes(deps, now))
    .route("/mails", adminMailRoutes(deps, now))
    .route("/people", adminPeopleRoutes(deps, now))
    .get(
      "/suppressions",
      describeRoute((d) => ({
        operationId: "adminListSuppressions",
        tag: "people",
        coordinators: true,
        summary: { en: "Addresses no mailing reaches", de: "Adressen, die kein Versand erreicht" },
        description: {
          en: "Reported by SES as bouncing for good or complaining, and erased people (by hash only).",
          de: "Von SES als dauerhaft unzustellbar oder mit Beschwerde gemeldet, und gelöschte Personen (nur als Hash).",
        },
        responses: { 200: d.json("SuppressionList", { en: "The list.", de: "Die Liste." }) },
      })),
      async (c) => c.json({ items: await deps.suppressions.list() }),
    )
    .route("/applications", adminApplicationDecisionRoutes(deps, now))
    .route("/work-tables", adminMemberRoutes(deps, now))
    .route("/work-tables", adminMeetingRoutes(deps, now))
    .route("/coordinators", adminCoordinatorRoutes(deps, now))
    .route("/audit", adminAuditRoutes(deps, now))
    .route("/reports", adminReportRoutes(deps, now))
    .route("/notices", adminNoticeRoutes(deps, now));
}
