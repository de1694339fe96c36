import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import type { Locale } from "../../../domain/locale.ts";
import { isLocale } from "../../../domain/locale.ts";
import { applicationField, applicationFieldMessage, FIELDS } from "../../../i18n/fields.ts";
import { toPublicWorkTable } from "../../../i18n/labels.ts";
import { applicationTexts, loadPageTexts, pageTexts } from "../../../i18n/web.ts";
import type { ClientAddress } from "../../api/routes/applications.ts";
import type { AppEnv } from "../../app-env.ts";
import type { Services } from "../../dependencies.ts";
import { readForm } from "../../form-body.ts";
import type { FieldError } from "../../problem.ts";
import { Layout } from "../../ui/layout.tsx";
import { ApplicationForm, type FieldErrors, type FormValues } from "../views/application-form.tsx";
import { type FormState, freshForm, HomePage, MessagePage, NotFoundPage, WorkTablePage } from "../views/home.tsx";

/**
 * What only posting the form or following a mail's link needs (zod's schemas, the use cases that write): loaded
 * by the first such request, so the home page and the form, which most cold starts serve, compile none of it.
 */
const writing = () => import("./application-writes.ts");

const page = (c: Context<AppEnv>, body: JSX.Element, status: 200 | 404 | 409 | 410 | 413 | 415 | 422 | 429 = 200) =>
  c.html(html`<!DOCTYPE html>${body}`, status);

/** The form's fields as the JSON API's body, so both go through one schema and one set of rules. */
function formInput(form: URLSearchParams, locale: Locale): unknown {
  const optional = (name: string) => form.get(name)?.trim() || undefined;
  const mandate = optional("mandateCommunity");
  return {
    workTableIds: form.getAll("workTableIds"),
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    organisation: optional("organisation"),
    organisationType: form.get("organisationType") ?? "",
    engagement: form.get("engagement") ?? "",
    ...(mandate ? { mandate: { community: mandate } } : {}),
    service: optional("service"),
    message: optional("message"),
    consent: form.get("consent") === "yes" ? true : undefined,
    locale,
    website: form.get("website") ?? "",
  };
}

function formValues(form: URLSearchParams): FormValues {
  const text = (name: string) => form.get(name) ?? "";
  return {
    workTableIds: form.getAll("workTableIds"),
    name: text("name"),
    email: text("email"),
    organisation: text("organisation"),
    organisationType: text("organisationType"),
    engagement: text("engagement"),
    mandateCommunity: text("mandateCommunity"),
    service: text("service"),
    message: text("message"),
    consent: form.get("consent") === "yes",
  };
}

/** Validator paths → form fields, with the page's own wording (loaded now: only a failed form needs it). */
async function fieldErrors(errors: readonly { path: string }[], locale: Locale): Promise<FieldErrors> {
  await FIELDS.load(locale);
  const result: FieldErrors = {};
  for (const { path } of errors) {
    const message = applicationFieldMessage(path, locale);
    if (message) result[applicationField(path) as keyof FieldErrors] = message;
  }
  return result;
}

/** A form is good for a day: long enough to fill it in at leisure, short enough that tokens don't pile up. */
const FORM_TOKEN_MS = 24 * 3_600_000;

/** The application form, the confirmation and the decision pages: server-rendered, working without JavaScript. */
export function applicationPageRoutes(deps: Services, clientAddress: ClientAddress, now: () => Date) {
  // The form carries when it was handed out, signed: a bot cannot claim it opened the form long ago by sending
  // an old time, nothing or 0, and a person's form still works after a restart of the server.
  const formToken = async (at: Date) =>
    (await deps.signer()).sign("form", String(at.getTime()), new Date(at.getTime() + FORM_TOKEN_MS));
  const filledIn = async (token: string | null, at: Date): Promise<"ok" | "too_fast" | "expired"> => {
    const check = (await deps.signer()).verify(token ?? "", "form", at);
    if (!check.ok) return check.reason === "expired" ? "expired" : "too_fast";
    const issuedAt = Number(check.subject);
    if (!Number.isSafeInteger(issuedAt) || at.getTime() - issuedAt < deps.limits.minFillSeconds * 1000)
      return "too_fast";
    return "ok";
  };

  const publicTables = async (locale: Locale) =>
    (await deps.workTables.list()).map((t) => toPublicWorkTable(t, locale));

  const formPage = async (c: Context<AppEnv>, form: FormState, status: 200 | 422 | 429) => {
    const locale = c.var.locale;
    const tables = await publicTables(locale);
    const hasErrors = Boolean(form.formError) || Object.values(form.errors).some(Boolean);
    const title = applicationTexts(locale).formTitle;
    return page(
      c,
      <Layout
        locale={locale}
        // The title is the first thing a screen reader announces: it says at once that something went wrong.
        title={hasErrors ? `${pageTexts(locale).errorPrefix}: ${title}` : title}
        path="/antrag"
        labelledBy="form-title"
      >
        <ApplicationForm locale={locale} tables={tables} standalone {...form} />
      </Layout>,
      status,
    );
  };

  return (
    new Hono<AppEnv>()
      .get("/", async (c) => {
        const locale = c.var.locale;
        return page(
          c,
          <HomePage locale={locale} tables={await publicTables(locale)} form={freshForm(await formToken(now()))} />,
        );
      })
      .get("/arbeitstische/:id", async (c) => {
        const locale = c.var.locale;
        const tables = await publicTables(locale);
        const table = tables.find((t) => t.id === c.req.param("id"));
        if (!table) return page(c, <NotFoundPage locale={locale} />, 404);
        return page(
          c,
          <WorkTablePage
            locale={locale}
            table={table}
            tables={tables}
            form={freshForm(await formToken(now()), [table.id])}
          />,
        );
      })
      // The form on a page of its own: where the language switch of the form's error page leads.
      .get("/antrag", async (c) => formPage(c, freshForm(await formToken(now())), 200))
      .post("/antrag", async (c) => {
        const read = await readForm(c);
        if (!read.ok) return c.text(read.status === 413 ? "Content Too Large" : "Unsupported Media Type", read.status);
        const values = formValues(read.params);
        const at = now();
        // A language button of the form: the same form with what was typed, in that language; nothing is checked
        // or stored, and the form keeps the time it was handed out.
        const switchTo = read.params.get("switchTo");
        if (switchTo !== null) {
          if (!isLocale(switchTo)) return c.text("Unknown language", 400);
          c.set("locale", switchTo);
          await loadPageTexts(switchTo);
          const posted = read.params.get("formToken") ?? "";
          const token = (await deps.signer()).verify(posted, "form", at).ok ? posted : await formToken(at);
          return formPage(c, { values, errors: {}, formToken: token }, 200);
        }
        const locale = c.var.locale;
        const t = applicationTexts(locale);
        const retry = async (errors: FieldErrors, formError?: string) =>
          formPage(c, { values, errors, formError, formToken: await formToken(at) }, 422);

        const { applicationInputSchema, submitApplication, tablesById } = await writing();
        const parsed = applicationInputSchema().safeParse(formInput(read.params, locale));
        if (!parsed.success) {
          return retry(
            await fieldErrors(
              parsed.error.issues.map((i) => ({ path: i.path.join(".") })),
              locale,
            ),
          );
        }
        // A person needs a few seconds for this form; a bot posting at once is turned back with nothing stored.
        const filled = await filledIn(read.params.get("formToken"), at);
        if (filled !== "ok") return retry({}, filled === "expired" ? t.formExpired : t.tooFast);
        const outcome = await submitApplication(deps, parsed.data, clientAddress(c), at);
        if (outcome.kind === "invalid") return retry(await fieldErrors(outcome.errors as FieldError[], locale));
        if (outcome.kind === "rate_limited") {
          c.header("Retry-After", String(outcome.retryAfterSeconds));
          return formPage(c, { values, errors: {}, formError: t.rateLimited, formToken: await formToken(at) }, 429);
        }
        const tables = await tablesById(deps.workTables);
        const existing = outcome.result.applications.filter((a) => a.existing);
        return page(
          c,
          <MessagePage locale={locale} title={t.sentTitle} path="/">
            {outcome.result.applications.some((a) => !a.existing) ? <p>{t.sentText(parsed.data.email)}</p> : null}
            {existing.length > 0 ? (
              <>
                <p>{t.alreadyOpen}</p>
                <ul>
                  {existing.map((a) => {
                    const table = tables.get(a.workTableId);
                    return <li>{table ? `${table.numeral}: ${table.name}` : a.workTableId}</li>;
                  })}
                </ul>
                {outcome.result.confirmationResent ? (
                  <p>{t.confirmationResent(parsed.data.email)}</p>
                ) : existing.some((a) => a.status === "pending_confirmation") ? (
                  <p>{t.confirmationPending}</p>
                ) : null}
              </>
            ) : null}
          </MessagePage>,
        );
      })
  );
}
