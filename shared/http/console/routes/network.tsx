import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
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
const TEXTS = ["names", "descriptions", "footers", "officeNames", "consentControllers"] as const;
const WORDS = ["workTable", "workTables", "conference", "conferences"] as const;
const GERMAN_FORMS = ["easyWorkTable", "easyWorkTables", "easyConferences"] as const;
const GENDERS = ["m", "f", "n"] as const;

/** The form's fields as the profile's shape (`names.de`, `office.town`, `words.en.workTable`, …). */
function formInput(form: FormData) {
  const optional = (name: string) => field(form, name) || undefined;
  const inEveryLanguage = (key: (typeof TEXTS)[number]) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, field(form, `${key}.${locale}`)])) as Record<Locale, string>;
  const wordsIn = (locale: Locale) => ({
    ...Object.fromEntries(WORDS.map((word) => [word, field(form, `words.${locale}.${word}`)])),
    springConference: optional(`words.${locale}.springConference`),
    autumnConference: optional(`words.${locale}.autumnConference`),
    ...(locale === "de"
      ? {
          workTableGender: optional("words.de.workTableGender"),
          conferenceGender: optional("words.de.conferenceGender"),
          ...Object.fromEntries(GERMAN_FORMS.map((form_) => [form_, optional(`words.de.${form_}`)])),
        }
      : {}),
  });
  return {
    name: field(form, "name"),
    shortName: field(form, "shortName"),
    city: field(form, "city"),
    senderName: field(form, "senderName"),
    colour: field(form, "colour").toLowerCase(),
    names: inEveryLanguage("names"),
    descriptions: inEveryLanguage("descriptions"),
    footers: inEveryLanguage("footers"),
    office: {
      name: field(form, "office.name"),
      provider: field(form, "office.provider"),
      street: field(form, "office.street"),
      postcode: field(form, "office.postcode"),
      town: field(form, "office.town"),
      representative: optional("office.representative"),
      email: optional("office.email"),
      phone: optional("office.phone"),
    },
    officeNames: inEveryLanguage("officeNames"),
    consentControllers: inEveryLanguage("consentControllers"),
    words: Object.fromEntries(LOCALES.map((locale) => [locale, wordsIn(locale)])) as unknown as Record<
      Locale,
      Record<string, string | undefined>
    >,
    easyLanguage: field(form, "easyLanguage")
      .split(/\r?\n/)
      .map((sentence) => sentence.trim())
      .filter(Boolean),
    supervisoryAuthority: field(form, "supervisoryAuthority"),
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
    const text = (
      name: string,
      label: string,
      value: string | undefined,
      options: { hint?: string; rows?: number; optional?: boolean } = {},
    ) => (
      <Field
        id={`field-${name.replaceAll(".", "-")}`}
        label={label}
        required={options.optional ? undefined : t.required}
        hint={options.hint}
        error={errors[name]}
        control={(a) =>
          options.rows ? (
            <textarea name={name} rows={options.rows} maxlength={4000} {...a}>
              {value ?? ""}
            </textarea>
          ) : (
            <input type="text" name={name} value={value ?? ""} maxlength={300} {...a} />
          )
        }
      />
    );
    return consolePage(
      c,
      { title: t.networkTitle, path: PATH, section: "network" },
      <>
        {state.notice ? <Notice>{state.notice}</Notice> : null}
        <ErrorSummary
          heading={t.fieldsInvalid}
          formError={state.error}
          errors={Object.entries(errors).map(([name, message]) => [name.replaceAll(".", "-"), message])}
        />
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
          <fieldset>
            <legend>{t.networkOffice}</legend>
            {text("office.name", t.officeName, values.office.name)}
            {text("office.provider", t.officeProvider, values.office.provider)}
            {text("office.street", t.officeStreet, values.office.street)}
            {text("office.postcode", t.officePostcode, values.office.postcode)}
            {text("office.town", t.officeTown, values.office.town)}
            {text("office.representative", t.officeRepresentative, values.office.representative, { optional: true })}
            {text("office.email", t.officeEmail, values.office.email, { optional: true })}
            {text("office.phone", t.officePhone, values.office.phone, { optional: true })}
            {text("supervisoryAuthority", t.networkAuthority, values.supervisoryAuthority, { rows: 2 })}
          </fieldset>
          {text("easyLanguage", t.networkEasyLanguage, values.easyLanguage.join("\n"), {
            rows: 6,
            hint: t.networkEasyLanguageHint,
          })}
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
              {text(`officeNames.${code}`, t.networkOfficeNameIn(LANGUAGE_NAMES[code]), values.officeNames[code] ?? "")}
              {text(
                `consentControllers.${code}`,
                t.networkConsentIn(LANGUAGE_NAMES[code]),
                values.consentControllers[code] ?? "",
                { rows: 2, hint: t.networkConsentHint },
              )}
              {text(`words.${code}.workTable`, t.networkWordIn(LANGUAGE_NAMES[code]), values.words[code]?.workTable)}
              {text(`words.${code}.workTables`, t.networkWordsIn(LANGUAGE_NAMES[code]), values.words[code]?.workTables)}
              {text(
                `words.${code}.conference`,
                t.networkConferenceIn(LANGUAGE_NAMES[code]),
                values.words[code]?.conference,
              )}
              {text(
                `words.${code}.conferences`,
                t.networkConferencesIn(LANGUAGE_NAMES[code]),
                values.words[code]?.conferences,
              )}
              {text(
                `words.${code}.springConference`,
                t.networkSpringIn(LANGUAGE_NAMES[code]),
                values.words[code]?.springConference,
                { optional: true },
              )}
              {text(
                `words.${code}.autumnConference`,
                t.networkAutumnIn(LANGUAGE_NAMES[code]),
                values.words[code]?.autumnConference,
                { optional: true },
              )}
              {code === "de" ? <GermanForms values={values} t={t} text={text} /> : null}
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

/** German's own: the words' genders (for articles and pronouns) and their forms in Leichte Sprache. */
function GermanForms(props: {
  values: FormValues | SavedNetwork;
  t: ReturnType<typeof consoleTexts>;
  text: (name: string, label: string, value: string | undefined, options: { optional?: boolean }) => JSX.Element;
}) {
  const { values, t, text } = props;
  const german = values.words.de as Record<string, string | undefined> | undefined;
  const gender = (name: "workTableGender" | "conferenceGender", label: string, fallback: "m" | "f") => (
    <div class="field">
      <label for={`field-words-de-${name}`}>{label}</label>
      <select id={`field-words-de-${name}`} name={`words.de.${name}`}>
        {GENDERS.map((g) => (
          <option value={g} selected={(german?.[name] ?? fallback) === g}>
            {t.genders[g]}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {gender("workTableGender", t.networkGender, "m")}
      {gender("conferenceGender", t.networkConferenceGender, "f")}
      {text("words.de.easyWorkTable", t.networkEasyWord, german?.easyWorkTable, { optional: true })}
      {text("words.de.easyWorkTables", t.networkEasyWords, german?.easyWorkTables, { optional: true })}
      {text("words.de.easyConferences", t.networkEasyConferences, german?.easyConferences, { optional: true })}
    </>
  );
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
