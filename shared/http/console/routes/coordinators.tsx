import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { emailAddress } from "../../../domain/text.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { addCoordinator, removeCoordinator } from "../../../use-cases/coordinators.ts";
import { resetSecondFactor } from "../../../use-cases/second-factor.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";

/** Who is a coordinator is data: coordinators add and remove coordinators (never the last one). */
export function coordinatorRoutes(deps: AppDependencies, now: () => Date) {
  const page = async (
    c: Context<AppEnv>,
    notice?: string,
    error?: string,
    typed?: string,
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const csrf = c.var.principal.session?.csrfToken ?? "";
    const coordinators = await deps.access.coordinators();
    return consolePage(
      c,
      { title: t.coordinatorsTitle, path: "/konsole/koordination", section: "coordinators" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        <p>{t.coordinatorsIntro}</p>
        <StackTable
          caption={t.coordinatorsTitle}
          empty={t.none}
          rows={coordinators}
          columns={[
            { label: t.email, cell: (p) => p.email },
            { label: t.name, cell: (p) => p.name ?? "–" },
            { label: t.addedBy, cell: (p) => `${p.addedBy}, ${berlinDateTime(p.addedAt, locale)}` },
            {
              label: t.remove,
              cell: (p) => (
                <ButtonForm
                  action={href("/konsole/koordination/entfernen", locale)}
                  csrf={csrf}
                  label={t.remove}
                  fields={{ email: p.email }}
                >
                  <span class="hp">{p.email} </span>
                </ButtonForm>
              ),
            },
          ]}
        />
        <h2>{t.addCoordinator}</h2>
        <form method="post" action={href("/konsole/koordination", locale)} novalidate>
          <Csrf token={csrf} />
          <Field
            id="field-email"
            label={t.email}
            required={t.required}
            error={error}
            control={(a) => <input type="email" name="email" required maxlength={254} value={typed ?? ""} {...a} />}
          />
          <Field
            id="field-name"
            label={t.coordinatorName}
            control={(a) => <input type="text" name="name" maxlength={120} {...a} />}
          />
          <p>
            <button type="submit">{t.addCoordinator}</button>
          </p>
        </form>
        <h2>{t.resetTitle}</h2>
        <p>{t.resetIntro}</p>
        <form method="post" action={href("/konsole/koordination/zweiter-faktor-zuruecksetzen", locale)} novalidate>
          <Csrf token={csrf} />
          <Field
            id="field-resetEmail"
            label={t.emailLabel}
            control={(a) => <input type="email" name="email" required maxlength={254} {...a} />}
          />
          <p>
            <button type="submit">{t.resetButton}</button>
          </p>
        </form>
      </>,
      status,
    );
  };
  return (
    new Hono<AppEnv>()
      .get("/", (c) => page(c))
      .post("/", async (c) => {
        const t = consoleTexts(c.var.locale);
        const typed = field(c.var.form, "email");
        const email = emailAddress().safeParse(typed);
        if (!email.success) return page(c, undefined, t.emailInvalid, typed, 422);
        const name = field(c.var.form, "name").slice(0, 120);
        const added = await addCoordinator(deps, c.var.principal.email, email.data, name || undefined, now());
        return added ? page(c, t.added) : page(c, undefined, t.alreadyCoordinator, typed, 409);
      })
      // A lost phone: the person's factor goes, their sessions end, they enrol again at the next sign-in.
      .post("/zweiter-faktor-zuruecksetzen", async (c) => {
        const t = consoleTexts(c.var.locale);
        const email = emailAddress().safeParse(field(c.var.form, "email"));
        if (!email.success) return page(c, undefined, t.emailInvalid, field(c.var.form, "email"), 422);
        const reset = await resetSecondFactor(
          { secondFactors: deps.secondFactors, access: deps.access, signer: deps.signer },
          c.var.principal.email,
          email.data,
          c.var.locale,
          now(),
        );
        return page(c, reset ? t.resetDone(email.data) : t.resetNone(email.data));
      })
      .post("/entfernen", async (c) => {
        const t = consoleTexts(c.var.locale);
        const outcome = await removeCoordinator(deps, c.var.principal.email, field(c.var.form, "email"), now());
        if (outcome === "last") return page(c, t.lastCoordinator, undefined, undefined, 409);
        return page(c, outcome === "removed" ? t.removed : t.notFound);
      })
  );
}
