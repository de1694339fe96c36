import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { contrastWithWhite } from "../../../domain/contrast.ts";
import { LOCALES, type Locale } from "../../../domain/locale.ts";
import { type EditableNetwork, editableNetworkSchema } from "../../../domain/network-profile.ts";
import { consoleTexts } from "../../../i18n/console.ts";
import { fieldText, loadFieldTexts } from "../../../i18n/fields.ts";
import { LANGUAGE_NAMES } from "../../../i18n/languages.ts";
import { forgetStoredNetwork, network } from "../../../i18n/network.ts";
import { networkVersion, type SavedNetwork, saveNetwork } from "../../../use-cases/network.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { consolePage, field } from "../parts.tsx";

const PATH = "/konsole/netzwerk";
const TEXTS = ["names", "descriptions", "footers"] as const;

/** The form's fields as the profile's shape (`names.de`, `descriptions.en`, …). */
function formInput(form: FormData) {
  const inEveryLanguage = (key: (typeof TEXTS)[number]) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, field(form, `${key}.${locale}`)]));
  return {
    name: field(form, "name"),
    shortName: field(form, "shortName"),
    city: field(form, "city"),
    senderName: field(form, "senderName"),
    colour: field(form, "colour").toLowerCase(),
    names: inEveryLanguage("names"),
    descriptions: inEveryLanguage("descriptions"),
    footers: inEveryLanguage("footers"),
  };
}
type FormValues = ReturnType<typeof formInput>;

/**
 * The network's profile in the console (issue 20): its names, colour and texts in each language, for coordinators,
 * with a preview before saving (rendered on the server: no script) and the change in the audit log. A colour on
 * which white text is not readable is refused with its contrast ratio.
 */
export function networkRoutes(deps: AppDependencies, now: () => Date) {
  const page = (
    c: Context<AppEnv>,
    values: FormValues | SavedNetwork,
    state: { notice?: string; error?: string; errors?: Record<string, string>; preview?: boolean } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const errors = state.errors ?? {};
    const text = (name: string, label: string, value: string, options: { hint?: string; rows?: number } = {}) => (
      <Field
        id={`field-${name.replace(".", "-")}`}
        label={label}
        required={t.required}
        hint={options.hint}
        error={errors[name]}
        control={(a) =>
          options.rows ? (
            <textarea name={name} rows={options.rows} maxlength={2000} {...a}>
              {value}
            </textarea>
          ) : (
            <input type="text" name={name} value={value} maxlength={200} {...a} />
          )
        }
      />
    );
    return consolePage(
      c,
      { title: t.networkTitle, path: PATH, section: "network" },
      <>
        {state.notice ? <Notice>{state.notice}</Notice> : null}
        <ErrorSummary heading={t.fieldsInvalid} formError={state.error} errors={Object.entries(errors)} />
        {state.preview ? <Preview title={t.networkPreviewTitle} values={values} locale={locale} /> : null}
        <p>{t.networkIntro}</p>
        <form method="post" action={href(PATH, locale)} novalidate>
          <Csrf token={c.var.principal.session?.csrfToken ?? ""} />
          <input type="hidden" name="version" value={networkVersion(network())} />
          {text("name", t.networkName, values.name)}
          {text("shortName", t.networkShortName, values.shortName)}
          {text("city", t.networkCity, values.city)}
          {text("senderName", t.networkSender, values.senderName)}
          {text("colour", t.networkColour, values.colour, { hint: t.networkColourHint })}
          {LOCALES.map((code) => (
            <fieldset>
              <legend>{t.networkLanguage(LANGUAGE_NAMES[code])}</legend>
              {text(`names.${code}`, t.networkNameIn(LANGUAGE_NAMES[code]), values.names[code] ?? "")}
              {text(
                `descriptions.${code}`,
                t.networkDescriptionIn(LANGUAGE_NAMES[code]),
                values.descriptions[code] ?? "",
                { rows: 5 },
              )}
              {text(`footers.${code}`, t.networkFooterIn(LANGUAGE_NAMES[code]), values.footers[code] ?? "", {
                rows: 2,
              })}
            </fieldset>
          ))}
          <p class="actions">
            <button type="submit" name="action" value="preview">
              {t.networkPreview}
            </button>
            <button type="submit" name="action" value="save">
              {t.save}
            </button>
          </p>
        </form>
      </>,
      status,
    );
  };

  return new Hono<AppEnv>()
    .get("/", (c) => page(c, network()))
    .post("/", async (c) => {
      const t = consoleTexts(c.var.locale);
      const values = formInput(c.var.form);
      const parsed = editableNetworkSchema().safeParse(values);
      if (!parsed.success) {
        await loadFieldTexts(c.var.locale);
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const path = issue.path.join(".");
          errors[path] ??=
            path === "colour" && /^#[0-9a-f]{6}$/.test(values.colour)
              ? t.contrastTooLow(
                  contrastWithWhite(values.colour)
                    .toFixed(1)
                    .replace(".", c.var.locale === "de" ? "," : "."),
                )
              : fieldText(c.var.locale, issue.message);
        }
        return page(c, values, { errors }, 422);
      }
      if (field(c.var.form, "action") !== "save") return page(c, values, { preview: true });
      const outcome = await saveNetwork(
        deps,
        network(),
        parsed.data satisfies EditableNetwork,
        { expectedVersion: field(c.var.form, "version"), actor: c.var.principal.email },
        now(),
      );
      forgetStoredNetwork(); // the next request reads the profile as saved
      if (outcome.kind === "stale") return page(c, network(), { error: t.staleNetwork }, 409);
      return page(c, outcome.network, { notice: t.saved });
    });
}

/** What the public page's header and text will look like: the colour drawn as SVG (the CSP allows no style). */
function Preview(props: { title: string; values: FormValues | SavedNetwork; locale: Locale }) {
  const name = props.values.names[props.locale] ?? props.values.name;
  return (
    <section aria-labelledby="preview-title" class="card">
      <h2 id="preview-title">{props.title}</h2>
      <svg viewBox="0 0 600 48" role="img" aria-label={name} width="100%">
        <rect width="600" height="48" rx="4" fill={props.values.colour} />
        <text x="16" y="30" fill="#ffffff" font-weight="700" font-size="18">
          {name}
        </text>
      </svg>
      <p>{props.values.descriptions[props.locale] ?? props.values.descriptions.de}</p>
      <p>{props.values.footers[props.locale] ?? props.values.footers.de}</p>
    </section>
  );
}
