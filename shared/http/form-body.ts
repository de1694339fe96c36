import type { Context } from "hono";
import { readLimitedBody } from "./body-limit.ts";
import { MAX_BODY_BYTES } from "./json-body.ts";

export type FormRead = { ok: true; params: URLSearchParams } | { ok: false; status: 413 | 415 };

/** Reads a POSTed HTML form (urlencoded, at most 16 KB), the same limits as the JSON API. */
export async function readForm(c: Context): Promise<FormRead> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return { ok: false, status: 415 };
  const raw = await readLimitedBody(c, MAX_BODY_BYTES);
  if (!raw.ok) return { ok: false, status: 413 };
  return { ok: true, params: new URLSearchParams(new TextDecoder().decode(raw.bytes)) };
}
