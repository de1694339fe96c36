import { ENGAGEMENTS, ORGANISATION_TYPES } from "../../domain/application.ts";
import { ENGAGEMENT_LABELS, ORGANISATION_TYPE_LABELS } from "../../domain/application-labels.ts";
import { consentText } from "../../domain/consent.ts";
import { COUNSELLING_SERVICES, type Locale, type PublicWorkTable, serviceName } from "../../domain/work-table.ts";
import { applicationTexts } from "./application-texts.ts";

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

function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="error" id={`${props.id}-error`}>
      {props.message}
    </p>
  ) : null;
}

/** aria attributes tying a field to its error message, so screen readers announce it. */
const described = (id: string, error: string | undefined, hint?: boolean) => {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { ...(ids ? { "aria-describedby": ids } : {}), ...(error ? { "aria-invalid": "true" } : {}) };
};

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
  const errorList = Object.entries(errors).filter(([, message]) => message);
  return (
    <section id="antrag" aria-labelledby="form-title">
      {props.standalone ? <h1 id="form-title">{t.formTitle}</h1> : <h2 id="form-title">{t.formTitle}</h2>}
      <p>{t.formIntro}</p>
      {props.formError || errorList.length > 0 ? (
        <div class="error-summary" role="alert" id="error-summary">
          {props.formError ? <p>{props.formError}</p> : null}
          {errorList.length > 0 ? (
            <>
              <p>{t.errorSummary}</p>
              <ul>
                {errorList.map(([field, message]) => (
                  <li>
                    <a href={`#field-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <form method="post" action={`/antrag?lang=${props.locale}`} novalidate>
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="formToken" value={props.formToken} />

        <fieldset id="field-workTableIds" {...described("field-workTableIds", errors.workTableIds, true)}>
          <legend>
            {t.tables} <span class="required">({t.required})</span>
          </legend>
          <p class="hint" id="field-workTableIds-hint">
            {t.tablesHint}
          </p>
          <FieldError id="field-workTableIds" message={errors.workTableIds} />
          {props.tables.map((table) => (
            <div class="choice">
              <input
                type="checkbox"
                name="workTableIds"
                id={`table-${table.id}`}
                value={table.id}
                checked={values.workTableIds.includes(table.id)}
              />
              <label for={`table-${table.id}`}>
                {table.numeral}: {table.name}
                {table.admission.rule === "open" ? "" : ` – ${table.admission.summary}`}
              </label>
            </div>
          ))}
        </fieldset>

        <div class="field">
          <label for="field-name">
            {t.name} <span class="required">({t.required})</span>
          </label>
          <FieldError id="field-name" message={errors.name} />
          <input
            type="text"
            id="field-name"
            name="name"
            autocomplete="name"
            maxlength={120}
            required
            value={values.name}
            {...described("field-name", errors.name)}
          />
        </div>

        <div class="field">
          <label for="field-email">
            {t.email} <span class="required">({t.required})</span>
          </label>
          <FieldError id="field-email" message={errors.email} />
          <input
            type="email"
            id="field-email"
            name="email"
            autocomplete="email"
            maxlength={254}
            required
            value={values.email}
            {...described("field-email", errors.email)}
          />
        </div>

        <div class="field">
          <label for="field-organisation">{t.organisation}</label>
          <FieldError id="field-organisation" message={errors.organisation} />
          <input
            type="text"
            id="field-organisation"
            name="organisation"
            autocomplete="organization"
            maxlength={200}
            value={values.organisation}
            {...described("field-organisation", errors.organisation)}
          />
        </div>

        <div class="field">
          <label for="field-organisationType">
            {t.organisationType} <span class="required">({t.required})</span>
          </label>
          <FieldError id="field-organisationType" message={errors.organisationType} />
          <select
            id="field-organisationType"
            name="organisationType"
            required
            {...described("field-organisationType", errors.organisationType)}
          >
            <option value="">{t.choose}</option>
            {ORGANISATION_TYPES.map((type) => (
              <option value={type} selected={values.organisationType === type}>
                {ORGANISATION_TYPE_LABELS[type][props.locale]}
              </option>
            ))}
          </select>
        </div>

        <fieldset id="field-engagement" {...described("field-engagement", errors.engagement)}>
          <legend>
            {t.engagement} <span class="required">({t.required})</span>
          </legend>
          <FieldError id="field-engagement" message={errors.engagement} />
          {ENGAGEMENTS.map((engagement) => (
            <div class="choice">
              <input
                type="radio"
                name="engagement"
                id={`engagement-${engagement}`}
                value={engagement}
                checked={values.engagement === engagement}
              />
              <label for={`engagement-${engagement}`}>{ENGAGEMENT_LABELS[engagement][props.locale]}</label>
            </div>
          ))}
        </fieldset>

        <div class="field">
          <label for="field-mandateCommunity">{t.mandate}</label>
          <p class="hint" id="field-mandateCommunity-hint">
            {t.mandateHint}
          </p>
          <FieldError id="field-mandateCommunity" message={errors.mandateCommunity} />
          <input
            type="text"
            id="field-mandateCommunity"
            name="mandateCommunity"
            maxlength={200}
            value={values.mandateCommunity}
            {...described("field-mandateCommunity", errors.mandateCommunity, true)}
          />
        </div>

        <div class="field">
          <label for="field-service">{t.service}</label>
          <p class="hint" id="field-service-hint">
            {t.serviceHint}
          </p>
          <FieldError id="field-service" message={errors.service} />
          <select id="field-service" name="service" {...described("field-service", errors.service, true)}>
            <option value="">{t.noService}</option>
            {COUNSELLING_SERVICES.map((service) => (
              <option value={service} selected={values.service === service}>
                {serviceName(service, props.locale)}
              </option>
            ))}
          </select>
        </div>

        <div class="field">
          <label for="field-message">{t.message}</label>
          <FieldError id="field-message" message={errors.message} />
          <textarea
            id="field-message"
            name="message"
            rows={5}
            maxlength={2000}
            {...described("field-message", errors.message)}
          >
            {values.message}
          </textarea>
        </div>

        <div class="field hp" aria-hidden="true">
          <label for="field-website">{t.honeypot}</label>
          <input type="text" id="field-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>

        <fieldset id="field-consent" {...described("field-consent", errors.consent)}>
          <legend>
            {t.consent} <span class="required">({t.required})</span>
          </legend>
          <FieldError id="field-consent" message={errors.consent} />
          <div class="choice">
            <input type="checkbox" id="consent" name="consent" value="yes" checked={values.consent} required />
            <label for="consent">{consentText(props.locale)}</label>
          </div>
        </fieldset>

        <p>
          <button type="submit">{t.submit}</button>
        </p>
      </form>
    </section>
  );
}
