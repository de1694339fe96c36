import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

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

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extensions: Omit<Partial<Problem>, "status" | "title" | "detail"> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: "about:blank", title, status, ...(detail ? { detail } : {}), ...extensions };
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
