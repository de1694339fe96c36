import { ENGAGEMENTS, ORGANISATION_TYPES } from "../../../domain/application.ts";
import { directionOf, LOCALES, type Locale } from "../../../domain/locale.ts";
import { COUNSELLING_SERVICES, type PublicWorkTable } from "../../../domain/work-table.ts";
import { consentText, labelsOf, serviceName } from "../../../i18n/labels.ts";
import { LANGUAGE_NAMES } from "../../../i18n/languages.ts";
import { applicationTexts } from "../../../i18n/web.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../ui/form-parts.tsx";

/** What the form shows again after an error: exactly what the person typed. */
export interface FormValues {
  workTableIds: string[];
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  engagement: string;
  mandateCommunity: string;
  service: string;
  message: string;
  consent: boolean;
}

export const EMPTY_FORM: FormValues = {
  workTableIds: [],
  name: "",
  email: "",
  organisation: "",
  organisationType: "",
  engagement: "",
  mandateCommunity: "",
  service: "",
  message: "",
  consent: false,
};

export type FieldErrors = Partial<Record<keyof FormValues | "website", string>>;

/**
 * The application form: a plain POSTed form that works without JavaScript. Errors stand next to their fields
 * and in a summary at the top; everything typed is kept.
 */
export function ApplicationForm(props: {
  locale: Locale;
  tables: PublicWorkTable[];
  values: FormValues;
  errors: FieldErrors;
  formError?: string | undefined;
  formToken: string;
  /** On a page of its own the form's title is the page's h1. */
  standalone?: boolean;
}) {
  const t = applicationTexts(props.locale);
  const { values, errors } = props;
  const errorList = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const required = t.required;
  return (
    <section id="antrag" aria-labelledby="form-title">
      {props.standalone ? <h1 id="form-title">{t.formTitle}</h1> : <h2 id="form-title">{t.formTitle}</h2>}
      <p>{t.formIntro}</p>
      <ErrorSummary heading={t.errorSummary} formError={props.formError} errors={errorList} />
      <form method="post" action={`/antrag?lang=${props.locale}`} novalidate>
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="formToken" value={props.formToken} />

        <ChoiceGroup
          id="field-workTableIds"
          legend={t.tables}
          required={required}
          hint={t.tablesHint}
          error={errors.workTableIds}
          type="checkbox"
          name="workTableIds"
          choices={props.tables.map((table) => ({
            value: table.id,
            id: `table-${table.id}`,
            label: `${table.numeral}: ${table.name}${table.admission.rule === "open" ? "" : ` – ${table.admission.summary}`}`,
          }))}
          checked={(id) => values.workTableIds.includes(id)}
        />

        <Field
          id="field-name"
          label={t.name}
          required={required}
          error={errors.name}
          control={(a) => (
            <input type="text" name="name" autocomplete="name" maxlength={120} required value={values.name} {...a} />
          )}
        />
        <Field
          id="field-email"
          label={t.email}
          required={required}
          error={errors.email}
          control={(a) => (
            <input
              type="email"
              name="email"
              autocomplete="email"
              maxlength={254}
              required
              value={values.email}
              {...a}
            />
          )}
        />
        <Field
          id="field-organisation"
          label={t.organisation}
          error={errors.organisation}
          control={(a) => (
            <input
              type="text"
              name="organisation"
              autocomplete="organization"
              maxlength={200}
              value={values.organisation}
              {...a}
            />
          )}
        />
        <Field
          id="field-organisationType"
          label={t.organisationType}
          required={required}
          error={errors.organisationType}
          control={(a) => (
            <select name="organisationType" required {...a}>
              <option value="">{t.choose}</option>
              {ORGANISATION_TYPES.map((type) => (
                <option value={type} selected={values.organisationType === type}>
                  {labelsOf(props.locale).organisationTypes[type]}
                </option>
              ))}
            </select>
          )}
        />

        <ChoiceGroup
          id="field-engagement"
          legend={t.engagement}
          required={required}
          error={errors.engagement}
          type="radio"
          name="engagement"
          choices={ENGAGEMENTS.map((engagement) => ({
            value: engagement,
            label: labelsOf(props.locale).engagements[engagement],
          }))}
          checked={(engagement) => values.engagement === engagement}
        />

        <Field
          id="field-mandateCommunity"
          label={t.mandate}
          hint={t.mandateHint}
          error={errors.mandateCommunity}
          control={(a) => (
            <input type="text" name="mandateCommunity" maxlength={200} value={values.mandateCommunity} {...a} />
          )}
        />
        <Field
          id="field-service"
          label={t.service}
          hint={t.serviceHint}
          error={errors.service}
          control={(a) => (
            <select name="service" {...a}>
              <option value="">{t.noService}</option>
              {COUNSELLING_SERVICES.map((service) => (
                <option value={service} selected={values.service === service}>
                  {serviceName(service, props.locale)}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          id="field-message"
          label={t.message}
          error={errors.message}
          control={(a) => (
            <textarea name="message" rows={5} maxlength={2000} {...a}>
              {values.message}
            </textarea>
          )}
        />

        <div class="field hp" aria-hidden="true">
          <label for="field-website">{t.honeypot}</label>
          <input type="text" id="field-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>

        <ChoiceGroup
          id="field-consent"
          legend={t.consent}
          required={required}
          error={errors.consent}
          type="checkbox"
          name="consent"
          choices={[{ value: "yes", id: "consent", label: consentText(props.locale) }]}
          checked={() => values.consent}
          requireEach
        />

        <p>
          <button type="submit">{t.submit}</button>
        </p>
        {/* After the submit button, so Enter in a field still sends the application. */}
        <fieldset class="languages">
          <legend>{t.showIn}</legend>
          <ul class="actions">
            {LOCALES.filter((code) => code !== props.locale).map((code) => (
              <li>
                <button type="submit" name="switchTo" value={code} formnovalidate lang={code} dir={directionOf(code)}>
                  {LANGUAGE_NAMES[code]}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      </form>
    </section>
  );
}
