import { html } from "hono/html";
import { Hono } from "hono/tiny";
import { linkRoute } from "../../../domain/link-paths.ts";
import { answerRsvp, loadRsvp, type RsvpDeps } from "../../../use-cases/answer-rsvp.ts";
import type { AppEnv } from "../../app-env.ts";
import { readForm } from "../../form-body.ts";
import { linkProblem } from "../views/link-pages.tsx";
import { RsvpPage } from "../views/rsvp-page.tsx";

/** `/teilnahme/:token`: opening shows the conference and the answer; only the buttons (POST) change it. */
export function rsvpPageRoutes(deps: RsvpDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("rsvp"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadRsvp(deps, token, now());
      if (loaded.kind !== "ok") {
        return linkProblem(c, loaded.kind);
      }
      return c.html(
        html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={loaded.conference} answer={loaded.current?.answer} open={loaded.open} />}`,
      );
    })
    .post(linkRoute("rsvp"), async (c) => {
      const token = c.req.param("token");
      const form = await readForm(c);
      if (!form.ok) return c.text("Unsupported", form.status);
      const answer = form.params.get("answer");
      const outcome =
        answer === "yes" || answer === "no"
          ? await answerRsvp(deps, token, answer, now())
          : await loadRsvp(deps, token, now());
      if (outcome.kind === "closed") {
        return c.html(
          html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={outcome.conference} answer={undefined} open={false} />}`,
          409,
        );
      }
      if (outcome.kind !== "ok") {
        return linkProblem(c, outcome.kind);
      }
      return c.html(
        html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={outcome.conference} answer={outcome.current?.answer} open={outcome.open} saved={answer === "yes" || answer === "no"} />}`,
        answer === "yes" || answer === "no" ? 200 : 422,
      );
    });
}
