import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import type { Application } from "../../../domain/application.ts";
import { linkRoute } from "../../../domain/link-paths.ts";
import type { WorkTable } from "../../../domain/work-table.ts";
import { toPublicWorkTable } from "../../../i18n/labels.ts";
import { applicationTexts, pageTexts } from "../../../i18n/web.ts";
import { confirmSubmission } from "../../../use-cases/confirm-submission.ts";
import { decideApplication, loadForDecision } from "../../../use-cases/decide-application.ts";
import type { AppEnv } from "../../app-env.ts";
import type { Services } from "../../dependencies.ts";
import { readForm } from "../../form-body.ts";
import { EasyLanguagePage } from "../views/easy-language.tsx";
import { ConfirmedPage, ConfirmPage, DecisionPage, linkProblem } from "../views/link-pages.tsx";

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 409 | 422 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

/**
 * The pages behind the links in the application's mails (the applicant confirms, the contact person decides) and
 * the page in Leichte Sprache: web-app.tsx loads them with their first request, so the home page and the form,
 * which most cold starts serve, compile none of this.
 */
export function applicationLinkPageRoutes(deps: Services, now: () => Date) {
  return new Hono<AppEnv>()
    .get("/leichte-sprache", async (c) =>
      page(c, <EasyLanguagePage tables={(await deps.workTables.list()).map((t) => toPublicWorkTable(t, "de"))} />),
    )
    .get(linkRoute("confirm"), async (c) => {
      const token = c.req.param("token");
      const check = (await deps.signer()).verify(token, "confirm", now());
      if (!check.ok) {
        return linkProblem(c, check.reason);
      }
      return page(c, <ConfirmPage locale={c.var.locale} token={token} />);
    })
    .post(linkRoute("confirm"), async (c) => {
      const locale = c.var.locale;
      const outcome = await confirmSubmission(deps, c.req.param("token"), now());
      if (outcome.kind !== "ok") {
        return linkProblem(c, outcome.kind);
      }
      const routes = outcome.applications.flatMap((a) => {
        const table = outcome.tables.get(a.workTableId);
        return a.routedTo && table
          ? [{ table: `${pageTexts(locale).workTable} ${table.numeral}: ${table.name}`, contact: a.routedTo.name }]
          : [];
      });
      return page(c, <ConfirmedPage locale={locale} routes={routes} />);
    })
    .get(linkRoute("decide"), async (c) => {
      const locale = c.var.locale;
      const token = c.req.param("token");
      const loaded = await loadForDecision(deps, token, now());
      if (loaded.kind !== "ok") {
        return linkProblem(c, loaded.kind);
      }
      return page(
        c,
        <DecisionPage locale={locale} token={token} application={loaded.application} table={loaded.table} />,
      );
    })
    .post(linkRoute("decide"), async (c) => {
      const t = applicationTexts(c.var.locale);
      const token = c.req.param("token");
      /** The decision page again, for this application, with what happened. */
      const decisionPage = (
        found: { application: Application; table: WorkTable | undefined },
        said: { error: string } | { message: string },
        status: 200 | 409 | 422 = 200,
      ) =>
        page(
          c,
          <DecisionPage
            locale={c.var.locale}
            token={token}
            application={found.application}
            table={found.table}
            {...said}
          />,
          status,
        );
      const read = await readForm(c);
      if (!read.ok) return c.text(read.status === 413 ? "Content Too Large" : "Unsupported Media Type", read.status);
      const decision = read.params.get("decision");
      const note = read.params.get("note")?.trim().slice(0, 1000) || undefined;
      if (decision !== "accept" && decision !== "decline") {
        const loaded = await loadForDecision(deps, token, now());
        if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
        return decisionPage(loaded, { error: t.chooseDecision }, 422);
      }
      const outcome = await decideApplication(deps, token, decision, note, now());
      if (outcome.kind === "conflict") return decisionPage(outcome, { message: t.conflict }, 409);
      if (outcome.kind !== "ok") return linkProblem(c, outcome.kind);
      return decisionPage(outcome, { message: t.decidedText(decision === "accept") });
    });
}
