import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { DomainError } from "../../../domain/errors.ts";
import type { Locale } from "../../../domain/locale.ts";
import { directionOf, TRANSLATED_LOCALES } from "../../../domain/locale.ts";
import { COUNSELLING_SERVICES, isWorkTableId, type WorkTable } from "../../../domain/work-table.ts";
import { workTableInputSchema } from "../../../domain/work-table-input.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { serviceName } from "../../../i18n/labels.ts";
import { LANGUAGE_NAMES } from "../../../i18n/languages.ts";
import { saveWorkTable } from "../../../use-cases/save-work-table.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ChoiceGroup, ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, consolePage, field, StackTable } from "../parts.tsx";

/** The form's fields, as typed (kept after an error). */
type Values = Record<string, string> & { services?: string };

function valuesOf(table: WorkTable | undefined): Values {
  if (!table) return { admission: "open" };
  return {
    id: table.id,
    numeral: table.numeral,
    name: table.name,
    description: table.description,
    audience: table.audience,
    admission: table.admission.rule,
    services: table.admission.rule === "counselling_service" ? table.admission.services.join(",") : "",
    contactName: table.contact.name,
    contactEmail: table.contact.email,
    deputyName: table.deputy?.name ?? "",
    deputyEmail: table.deputy?.email ?? "",
    ...Object.fromEntries(
      TRANSLATED_LOCALES.flatMap((code) => [
        [`${code}Name`, table.translations?.[code]?.name ?? ""],
        [`${code}Description`, table.translations?.[code]?.description ?? ""],
        [`${code}Audience`, table.translations?.[code]?.audience ?? ""],
      ]),
    ),
    version: table.updatedAt,
  };
}

/** The form as the JSON API's body, so both go through one schema. */
function inputOf(form: FormData) {
  const value = (name: string) => field(form, name);
  const admission = value("admission");
  const deputy = value("deputyName") || value("deputyEmail");
  // A language whose three fields are all empty has no translation.
  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.filter(
      (code) => value(`${code}Name`) || value(`${code}Description`) || value(`${code}Audience`),
    ).map((code) => [
      code,
      { name: value(`${code}Name`), description: value(`${code}Description`), audience: value(`${code}Audience`) },
    ]),
  );
  return {
    numeral: value("numeral"),
    name: value("name"),
    description: value("description"),
    audience: value("audience"),
    admission:
      admission === "counselling_service"
        ? { rule: admission, services: form.getAll("services").map(String) }
        : { rule: admission },
    contact: { name: value("contactName"), email: value("contactEmail") },
    ...(deputy ? { deputy: { name: value("deputyName"), email: value("deputyEmail") } } : { deputy: null }),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/** Validator paths → form fields. */
const FIELD_OF: Record<string, string> = {
  numeral: "numeral",
  name: "name",
  description: "description",
  audience: "audience",
  admission: "admission",
  "admission.services": "services",
  "contact.name": "contactName",
  "contact.email": "contactEmail",
  "deputy.name": "deputyName",
  "deputy.email": "deputyEmail",
  ...Object.fromEntries(
    TRANSLATED_LOCALES.flatMap((code) => [
      [`translations.${code}.name`, `${code}Name`],
      [`translations.${code}.description`, `${code}Description`],
      [`translations.${code}.audience`, `${code}Audience`],
    ]),
  ),
};

/** Work tables for coordinators: every field, contact, deputy and translation; archive and restore. */
export function workTableRoutes(deps: AppDependencies, now: () => Date) {
  const list = async (c: Context<AppEnv>, notice?: string) => {
    const t = consoleTexts(c.var.locale);
    const locale = c.var.locale;
    const tables = await deps.workTables.list({ includeArchived: true });
    return consolePage(
      c,
      { title: t.workTablesTitle, path: "/konsole/arbeitstische", section: "workTables" },
      <>
        {notice ? <Notice>{notice}</Notice> : null}
        <p>
          <a href={href("/konsole/arbeitstische/neu", locale)}>{t.newWorkTable}</a>
        </p>
        <StackTable
          caption={t.workTablesTitle}
          empty={t.none}
          rows={tables}
          columns={[
            { label: t.numeral, cell: (w) => w.numeral },
            {
              label: t.name,
              cell: (w) => (
                <>
                  <a href={href(`/konsole/arbeitstische/${w.id}`, locale)}>{w.name}</a>
                  {w.archivedAt ? ` (${t.archived})` : ""}
                </>
              ),
            },
            { label: t.contact, cell: (w) => `${w.contact.name} <${w.contact.email}>` },
            { label: t.deputy.split(" (")[0] ?? t.deputy, cell: (w) => (w.deputy ? w.deputy.name : "–") },
            {
              label: t.tablePage,
              cell: (w) =>
                w.archivedAt ? (
                  "–"
                ) : (
                  <a href={href(`/konsole/tische/${w.id}`, locale)}>
                    {t.tablePage}
                    <span class="hp"> {w.numeral}</span>
                  </a>
                ),
            },
          ]}
        />
      </>,
    );
  };

  const edit = async (
    c: Context<AppEnv>,
    table: WorkTable | undefined,
    state: { values?: Values; errors?: Record<string, string>; notice?: string; error?: string } = {},
    status: 200 | 404 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    const values = state.values ?? valuesOf(table);
    const title = table ? t.editWorkTable(table.name) : t.newWorkTable;
    const path = table ? `/konsole/arbeitstische/${table.id}` : "/konsole/arbeitstische/neu";
    return consolePage(
      c,
      { title, path, section: "workTables" },
      <WorkTableForm
        t={t}
        locale={c.var.locale}
        table={table}
        values={values}
        errors={state.errors ?? {}}
        notice={state.notice}
        error={state.error}
        csrf={c.var.principal.session?.csrfToken ?? ""}
      />,
      status,
    );
  };

  const save = async (c: Context<AppEnv>, existing: WorkTable | undefined) => {
    const t = consoleTexts(c.var.locale);
    const form = c.var.form;
    const typed: Values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
    typed.services = form.getAll("services").map(String).join(",");
    const id = existing?.id ?? field(form, "id");
    const errors: Record<string, string> = {};
    if (!existing && !isWorkTableId(id)) errors.id = t.id;
    const parsed = workTableInputSchema().safeParse(inputOf(form));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = FIELD_OF[issue.path.map(String).join(".")] ?? FIELD_OF[String(issue.path[0])] ?? "name";
        errors[name] = t.fieldsInvalid;
      }
    }
    if (Object.keys(errors).length > 0 || !parsed.success) {
      return edit(c, existing, { values: typed, errors, error: t.fieldsInvalid }, 422);
    }
    if (!existing && (await deps.workTables.get(id, { consistent: true }))) {
      return edit(c, undefined, { values: typed, errors: { id: t.idTaken }, error: t.idTaken }, 409);
    }
    try {
      const { table, rerouted } = await saveWorkTable(deps, id, parsed.data, now(), {
        // A new table must not exist yet; an edit must be of the version the form was made from.
        expectedVersion: existing ? field(form, "version") : "",
        actor: c.var.principal.email,
      });
      return edit(c, table, { notice: rerouted > 0 ? t.savedRerouted(rerouted) : t.saved });
    } catch (error) {
      if (error instanceof DomainError && (error.code === "stale" || error.code === "concurrent_update")) {
        const current = await deps.workTables.get(id, { consistent: true });
        return edit(c, current, { error: t.staleEdit }, 409);
      }
      if (error instanceof DomainError && error.code === "numeral_taken") {
        return edit(c, existing, { values: typed, errors: { numeral: t.numeralTaken }, error: t.numeralTaken }, 409);
      }
      throw error;
    }
  };

  return new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .get("/neu", (c) => edit(c, undefined))
    .post("/neu", (c) => save(c, undefined))
    .get("/:id", async (c) => {
      const table = await deps.workTables.get(c.req.param("id"), { consistent: true });
      if (!table) return notFound(c);
      return edit(c, table);
    })
    .post("/:id", async (c) => {
      const table = await deps.workTables.get(c.req.param("id"), { consistent: true });
      if (!table) return notFound(c);
      return save(c, table);
    })
    .post("/:id/archivieren", (c) => archive(c, true))
    .post("/:id/wiederherstellen", (c) => archive(c, false));

  async function archive(c: Context<AppEnv>, archived: boolean) {
    const t = consoleTexts(c.var.locale);
    try {
      const table = await deps.workTables.setArchived(c.req.param("id") ?? "", archived, c.var.principal.email, now());
      if (!table) return notFound(c);
      return edit(c, table, { notice: archived ? t.archivedDone : t.restoredDone });
    } catch (error) {
      if (error instanceof DomainError) {
        const table = await deps.workTables.get(c.req.param("id") ?? "", { consistent: true });
        return edit(c, table, { error: error.code === "numeral_taken" ? t.numeralTaken : t.staleEdit }, 409);
      }
      throw error;
    }
  }

  function notFound(c: Context<AppEnv>) {
    const t = consoleTexts(c.var.locale);
    return consolePage(c, { title: t.notFoundTitle, path: "/konsole/arbeitstische" }, <p>{t.notFound}</p>, 404);
  }
}

function WorkTableForm(props: {
  t: ConsoleTexts;
  locale: Locale;
  table: WorkTable | undefined;
  values: Values;
  errors: Record<string, string>;
  notice: string | undefined;
  error: string | undefined;
  csrf: string;
}) {
  const { t, values, errors, table, locale } = props;
  const v = (name: string) => values[name] ?? "";
  const text = (name: string, label: string, required: boolean, max: number, type = "text") => (
    <Field
      id={`field-${name}`}
      label={label}
      required={required ? t.required : undefined}
      error={errors[name]}
      control={(a) => <input type={type} name={name} maxlength={max} value={v(name)} {...a} />}
    />
  );
  const area = (name: string, label: string, required: boolean, max: number) => (
    <Field
      id={`field-${name}`}
      label={label}
      required={required ? t.required : undefined}
      error={errors[name]}
      control={(a) => (
        <textarea name={name} rows={4} maxlength={max} {...a}>
          {v(name)}
        </textarea>
      )}
    />
  );
  const services = v("services").split(",").filter(Boolean);
  const action = table ? `/konsole/arbeitstische/${table.id}` : "/konsole/arbeitstische/neu";
  return (
    <>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary
        heading={t.fieldsInvalid}
        formError={props.error}
        errors={Object.entries(errors).map(([name, message]) => [name, message])}
      />
      <form method="post" action={href(action, locale)} novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={v("version")} />
        {table ? null : text("id", t.id, true, 64)}
        {text("numeral", t.numeral, true, 10)}
        {text("name", t.name, true, 120)}
        {area("description", t.description, true, 2000)}
        {area("audience", t.audience, true, 500)}
        <ChoiceGroup
          id="field-admission"
          legend={t.admission}
          required={t.required}
          error={errors.admission}
          type="radio"
          name="admission"
          choices={[
            { value: "open", label: t.admissionOpen },
            { value: "religious_mandate", label: t.admissionMandate },
            { value: "counselling_service", label: t.admissionService },
          ]}
          checked={(rule) => v("admission") === rule}
        />
        <ChoiceGroup
          id="field-services"
          legend={t.services}
          error={errors.services}
          type="checkbox"
          name="services"
          choices={COUNSELLING_SERVICES.map((s) => ({ value: s, label: serviceName(s, locale) }))}
          checked={(s) => services.includes(s)}
        />
        <fieldset>
          <legend>{t.contact}</legend>
          {text("contactName", t.contactName, true, 120)}
          {text("contactEmail", t.contactEmail, true, 254, "email")}
        </fieldset>
        <fieldset>
          <legend>{t.deputy}</legend>
          {text("deputyName", t.deputyName, false, 120)}
          {text("deputyEmail", t.deputyEmail, false, 254, "email")}
        </fieldset>
        {TRANSLATED_LOCALES.map((code) => (
          <fieldset lang={code} dir={directionOf(code)}>
            <legend>{t.translation(LANGUAGE_NAMES[code])}</legend>
            {text(`${code}Name`, `${t.name} (${LANGUAGE_NAMES[code]})`, false, 120)}
            {area(`${code}Description`, `${t.description} (${LANGUAGE_NAMES[code]})`, false, 2000)}
            {area(`${code}Audience`, `${t.audience} (${LANGUAGE_NAMES[code]})`, false, 500)}
          </fieldset>
        ))}
        <p>
          <button type="submit">{t.save}</button>
        </p>
      </form>
      {table ? (
        <div class="card">
          <p>{t.archiveHint}</p>
          <ButtonForm
            action={href(
              `/konsole/arbeitstische/${table.id}/${table.archivedAt ? "wiederherstellen" : "archivieren"}`,
              locale,
            )}
            csrf={props.csrf}
            label={table.archivedAt ? t.restore : t.archive}
          />
        </div>
      ) : null}
    </>
  );
}
