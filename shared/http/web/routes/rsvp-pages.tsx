import { html } from "hono/html";
import { Hono } from "hono/tiny";
import { linkRoute } from "../../../domain/link-paths.ts";
import { rsvpInputSchema } from "../../../domain/rsvp-input.ts";
import { rsvpTexts } from "../../../i18n/web.ts";
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
        html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={loaded.conference} answer={loaded.current?.answer} deputy={loaded.current?.deputy} open={loaded.open} />}`,
      );
    })
    .post(linkRoute("rsvp"), async (c) => {
      const token = c.req.param("token");
      const form = await readForm(c);
      if (!form.ok) return c.text("Unsupported", form.status);
      const answer = form.params.get("answer");
      const typed = (form.params.get("deputy") ?? "").trim();
      // A deputy comes with a "yes" only; a "no" leaves the field unread. A name that is no name is refused.
      const parsed =
        answer === "yes" || answer === "no"
          ? rsvpInputSchema().safeParse({ answer, ...(answer === "yes" && typed ? { deputy: typed } : {}) })
          : undefined;
      if (parsed && !parsed.success) {
        const loaded = await loadRsvp(deps, token, now());
        if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
        return c.html(
          html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={loaded.conference} answer={loaded.current?.answer} deputy={typed.slice(0, 120)} deputyError={rsvpTexts(c.var.locale).deputyInvalid} open={loaded.open} />}`,
          422,
        );
      }
      const outcome = parsed?.success
        ? await answerRsvp(deps, token, parsed.data.answer, now(), parsed.data.deputy)
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
        html`<!DOCTYPE html>${<RsvpPage locale={c.var.locale} token={token} conference={outcome.conference} answer={outcome.current?.answer} deputy={outcome.current?.deputy} open={outcome.open} saved={answer === "yes" || answer === "no"} />}`,
        answer === "yes" || answer === "no" ? 200 : 422,
      );
    });
}
