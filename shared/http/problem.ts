import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { germanProblemText } from "./problem-texts.ts";

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

/** Whether the request asked for English (`?lang=en`, Accept-Language); the API answers German otherwise. */
export const asksForEnglish = (c: Context) => (c.var as { locale?: string } | undefined)?.locale === "en";

/**
 * A problem response in the request's language: German unless English was asked for (the API's texts are written
 * in English in the code and worded in German in problem-texts.ts).
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extensions: Omit<Partial<Problem>, "status" | "title" | "detail"> = {},
  headers: Record<string, string> = {},
): Response {
  const say = asksForEnglish(c) ? (text: string) => text : germanProblemText;
  const errors = (extensions.errors as FieldError[] | undefined)?.map((error) => ({
    ...error,
    message: say(error.message),
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

export function validationProblem(c: Context, errors: FieldError[], source: FieldSource = "body"): Response {
  const detail =
    source === "query"
      ? "The request has invalid query parameters; see errors."
      : "The request body has invalid fields; see errors.";
  return problem(c, 422, "Unprocessable Content", detail, { errors });
}
