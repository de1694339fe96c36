import type { Context } from "hono";
import { MAX_BODY_BYTES } from "./json-body.ts";

export type FormRead = { ok: true; params: URLSearchParams } | { ok: false; status: 413 | 415 };

/** Reads a POSTed HTML form (urlencoded, at most 16 KB), the same limits as the JSON API. */
export async function readForm(c: Context): Promise<FormRead> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return { ok: false, status: 415 };
  if (Number(c.req.header("content-length") ?? "0") > MAX_BODY_BYTES) return { ok: false, status: 413 };
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > MAX_BODY_BYTES) return { ok: false, status: 413 };
  return { ok: true, params: new URLSearchParams(new TextDecoder().decode(raw)) };
}
