import type { Context } from "hono";
import { html } from "hono/html";
import { Hono } from "hono/tiny";
import { linkRoute } from "../../../domain/link-paths.ts";
import { workshopSlots } from "../../../domain/places.ts";
import { rsvpInputSchema } from "../../../domain/rsvp-input.ts";
import { rsvpTexts } from "../../../i18n/web.ts";
import { answerRsvp, loadRsvp, type RsvpDeps, type RsvpLoad, resolveRsvpLink } from "../../../use-cases/answer-rsvp.ts";
import type { AppEnv } from "../../app-env.ts";
import { readForm } from "../../form-body.ts";
import { linkProblem } from "../views/link-pages.tsx";
import { RsvpPage, slotField } from "../views/rsvp-page.tsx";

type Loaded = Extract<RsvpLoad, { kind: "ok" }>;

/** The page for a loaded link, with what the POST adds (saved, or why not). */
function page(
  c: Context<AppEnv>,
  token: string,
  loaded: Loaded,
  extra: Partial<Parameters<typeof RsvpPage>[0]> = {},
  status: 200 | 409 | 422 = 200,
) {
  return c.html(
    html`<!DOCTYPE html>${(
      <RsvpPage
        locale={c.var.locale}
        token={token}
        conference={loaded.conference}
        current={loaded.current}
        standing={loaded.standing}
        places={loaded.places}
        open={loaded.open}
        registrationOpen={loaded.registrationOpen}
        {...extra}
      />
    )}`,
    status,
  );
}

/** `/teilnahme/:token`: opening shows the event and where the person stands; only the buttons (POST) change it. */
export function rsvpPageRoutes(deps: RsvpDeps, now: () => Date) {
  return new Hono<AppEnv>()
    .get(linkRoute("rsvp"), async (c) => {
      const token = c.req.param("token");
      const loaded = await loadRsvp(deps, token, now());
      if (loaded.kind !== "ok") return linkProblem(c, loaded.kind);
      return page(c, token, loaded);
    })
    .post(linkRoute("rsvp"), async (c) => {
      const token = c.req.param("token");
      const form = await readForm(c);
      if (!form.ok) return c.text("Unsupported", form.status);
      const t = rsvpTexts(c.var.locale);
      const answer = form.params.get("answer");
      const typed = (form.params.get("deputy") ?? "").trim();
      // The link's event first (its time slots name the form's fields); the page's reads only where it is shown.
      const link = await resolveRsvpLink(deps, token, now());
      if (link.kind !== "ok") return linkProblem(c, link.kind);
      const shown = async (extra: Parameters<typeof page>[3], status: 409 | 422) => {
        const loaded = await loadRsvp(deps, token, now());
        return loaded.kind === "ok" ? page(c, token, loaded, extra, status) : linkProblem(c, loaded.kind);
      };
      // One radio group per time slot; "" is "no workshop".
      const workshops = workshopSlots(link.conference.workshops).flatMap(
        (_, index) => form.params.get(slotField(index)) || [],
      );
      // A deputy comes with a "yes" only; a "no" leaves the field unread. A name that is no name is refused.
      const parsed =
        answer === "yes" || answer === "no"
          ? rsvpInputSchema().safeParse({
              answer,
              ...(answer === "yes" && typed ? { deputy: typed } : {}),
              ...(answer === "yes" ? { workshops } : {}),
            })
          : undefined;
      if (!parsed) return shown({}, 422);
      if (!parsed.success) {
        const deputyWrong = parsed.error.issues.some((issue) => issue.path[0] === "deputy");
        return shown(
          deputyWrong
            ? { deputy: typed.slice(0, 120), deputyError: t.deputyInvalid }
            : { workshopsError: t.places.workshopsInvalid },
          422,
        );
      }
      const outcome = await answerRsvp(
        deps,
        token,
        parsed.data.answer,
        now(),
        parsed.data.deputy,
        parsed.data.workshops ?? [],
      );
      switch (outcome.kind) {
        case "ok":
          return page(c, token, outcome, { saved: true });
        case "closed":
          return shown({}, 409);
        case "registration_closed":
          return shown({ refusal: t.places.deadlinePassed }, 409);
        case "organisation_full":
          return shown({ refusal: t.places.organisationFull(outcome.limit) }, 409);
        case "invalid_workshops":
          return shown({ workshopsError: t.places.workshopsInvalid }, 422);
        default:
          return linkProblem(c, outcome.kind);
      }
    });
}
