import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Locale } from "../domain/locale.ts";
import { fieldText, loadFieldTexts, problemText } from "../i18n/fields.ts";

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details: the project's one error shape. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * The language a JSON answer is worded in: the request's (`?lang=`, Accept-Language), one of the six languages of
 * the public pages on the public routes; German or English on the coordinators' API, like the console.
 */
export function responseLocale(c: Context): Locale {
  const locale = (c.var as { locale?: Locale } | undefined)?.locale ?? "de";
  if (c.req.path.startsWith("/api/admin")) return locale === "en" ? "en" : "de";
  return locale;
}

/**
 * A problem response in the request's language (see `responseLocale`; the API's texts are written in English in
 * the code and worded in i18n/<language>/fields.ts, which is loaded only now, when something went wrong).
 */
export async function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extensions: Omit<Partial<Problem>, "status" | "title" | "detail"> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  const locale = responseLocale(c);
  await loadFieldTexts(locale);
  const say = (text: string) => problemText(locale, text);
  const errors = (extensions.errors as FieldError[] | undefined)?.map((error) => ({
    ...error,
    message: fieldText(locale, error.message),
  }));
  const body: Problem = {
    type: "about:blank",
    title: say(title),
    status,
    ...(detail ? { detail: say(detail) } : {}),
    ...extensions,
    ...(errors ? { errors } : {}),
  };
  return c.body(JSON.stringify(body), status, { ...headers, "Content-Type": "application/problem+json" });
}

/** Where the invalid fields were: the body, or the query string of the URL. */
export type FieldSource = "body" | "query";

export function validationProblem(c: Context, errors: FieldError[], source: FieldSource = "body"): Promise<Response> {
  const detail =
    source === "query"
      ? "The request has invalid query parameters; see errors."
      : "The request body has invalid fields; see errors.";
  return problem(c, 422, "Unprocessable Content", detail, { errors });
}
