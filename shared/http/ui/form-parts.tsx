import type { Child } from "hono/jsx";
import type { JSX } from "hono/jsx/jsx-runtime";

/**
 * The parts every form is built from (the application form now, the console's forms next): a field with its
 * label, hint and error; a group of choices with its legend; the error summary at the top. Each ties its error
 * and hint to the control (aria-describedby, aria-invalid), so a screen reader announces them with the field.
 */

/** The attributes a control gets from its field: its id, and what describes it. */
export type ControlAttributes = { id: string; "aria-describedby"?: string; "aria-invalid"?: "true" };

function described(id: string, error: string | undefined, hint: boolean): ControlAttributes {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, ...(ids ? { "aria-describedby": ids } : {}), ...(error ? { "aria-invalid": "true" } : {}) };
}

export function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="error" id={`${props.id}-error`}>
      {props.message}
    </p>
  ) : null;
}

function Required(props: { label: string | undefined }) {
  return props.label ? (
    <>
      {" "}
      <span class="required">({props.label})</span>
    </>
  ) : null;
}

/**
 * One labelled control. `control` renders the input, select or textarea with the attributes it is given.
 * `required` is the word shown after the label ("Pflichtfeld"); without it the field is optional.
 */
export function Field(props: {
  id: string;
  label: string;
  required?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  class?: string;
  control: (attributes: ControlAttributes) => JSX.Element;
}) {
  return (
    <div class={props.class ? `field ${props.class}` : "field"}>
      <label for={props.id}>
        {props.label}
        <Required label={props.required} />
      </label>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.control(described(props.id, props.error, props.hint !== undefined))}
    </div>
  );
}

/** A field's hint (referenced by `aria-describedby`) and its error message, under its label or legend. */
function HintAndError(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.id} message={props.error} />
    </>
  );
}

export interface Choice {
  value: string;
  label: Child;
  /** The input's id; `<name>-<value>` by default. */
  id?: string;
}

/** A question answered by ticking: checkboxes (several) or radio buttons (one), under one legend. */
export function ChoiceGroup(props: {
  id: string;
  legend: string;
  required?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  type: "checkbox" | "radio";
  name: string;
  choices: Choice[];
  checked: (value: string) => boolean;
  /** Browser validation for a single required checkbox (consent); the server checks anyway. */
  requireEach?: boolean;
}) {
  const { id: _id, ...aria } = described(props.id, props.error, props.hint !== undefined);
  return (
    <fieldset id={props.id} {...aria}>
      <legend>
        {props.legend}
        <Required label={props.required} />
      </legend>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.choices.map((choice) => {
        const inputId = choice.id ?? `${props.name}-${choice.value}`;
        return (
          <div class="choice">
            <input
              type={props.type}
              id={inputId}
              name={props.name}
              value={choice.value}
              checked={props.checked(choice.value)}
              required={props.requireEach}
            />
            <label for={inputId}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The summary at the top of a form that failed: a general message and a link to each field with an error. */
export function ErrorSummary(props: { heading: string; formError?: string | undefined; errors: [string, string][] }) {
  if (!props.formError && props.errors.length === 0) return null;
  return (
    // Focused when the page loads (autofocus needs no script), so a screen reader reads the errors first.
    <div class="error-summary" role="alert" id="error-summary" tabindex={-1} autofocus>
      {props.formError ? <p>{props.formError}</p> : null}
      {props.errors.length > 0 ? (
        <>
          <p>{props.heading}</p>
          <ul>
            {props.errors.map(([field, message]) => (
              <li>
                <a href={`#field-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
