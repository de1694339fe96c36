import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { NOTICE_KINDS, type Notice, type NoticeKind } from "../../../domain/notices.ts";
import { once } from "../../../domain/once.ts";
import { paragraph } from "../../../domain/text.ts";
import { type NoticeStore, noticeVersion, saveNotice } from "../../../use-cases/notices.ts";
import type { AppEnv } from "../../app-env.ts";
import { readJsonBody } from "../../json-body.ts";
import { problem } from "../../problem.ts";
import { describeRoute } from "../describe.ts";

const MAX = 20_000;

/** `PUT /api/admin/notices/:kind`: German authoritative, English optional (`null` or left out: none). */
export const noticeBody = once(() =>
  z.strictObject({ de: paragraph(MAX), en: z.optional(z.nullable(paragraph(MAX))) }),
);

const isKind = (value: string): value is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(value);

/** A notice's version for HTTP: its last save, or `default` while the default text shows. */
const etagOf = (notice: Notice) => `W/"${noticeVersion(notice) || "default"}"`;
const versionOf = (ifMatch: string | undefined) => {
  if (ifMatch === undefined) return undefined;
  const version = /^W\/"(.+)"$/.exec(ifMatch.trim())?.[1] ?? ifMatch.replace(/"/g, "").trim();
  return version === "default" ? "" : version;
};

const noNotice = (c: Context) => problem(c, 404, "Not Found", "There is no notice of this kind.");

/**
 * The legal notices' texts, as coordinators edit them in the console (/konsole/hinweise), through the same use
 * case: saved over the version read, recorded as `notice.update`; the pages show them at once.
 */
export function adminNoticeRoutes(deps: { notices: NoticeStore }, now: () => Date) {
  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute((d) => ({
        operationId: "adminListNotices",
        tag: "notices",
        coordinators: true,
        summary: { en: "The legal notices", de: "Die rechtlichen Hinweise" },
        responses: { 200: d.json("NoticeList", { en: "All three.", de: "Alle drei." }) },
      })),
      async (c) => c.json({ items: await Promise.all(NOTICE_KINDS.map((kind) => deps.notices.get(kind))) }),
    )
    .get(
      "/:kind",
      describeRoute((d) => ({
        operationId: "adminGetNotice",
        tag: "notices",
        coordinators: true,
        summary: { en: "One legal notice, with its ETag", de: "Ein rechtlicher Hinweis, mit ETag" },
        parameters: [d.params.kind],
        responses: { 200: d.json("Notice", { en: "The notice.", de: "Der Hinweis." }, d.headers.etag) },
        problems: [404],
      })),
      async (c) => {
        const kind = c.req.param("kind");
        if (!isKind(kind)) return noNotice(c);
        const notice = await deps.notices.get(kind);
        c.header("ETag", etagOf(notice));
        return c.json(notice);
      },
    )
    .put(
      "/:kind",
      describeRoute((d) => ({
        operationId: "adminSaveNotice",
        tag: "notices",
        coordinators: true,
        summary: { en: "Save a legal notice's text", de: "Den Text eines rechtlichen Hinweises speichern" },
        description: {
          en: "Plain text: a line starting with `## ` is a heading, `- ` a list item, blank lines separate paragraphs. Recorded as `notice.update`. With `If-Match`, a save over someone else's is 412; without it, only a save at the same moment is refused (409).",
          de: "Einfacher Text: Eine Zeile mit `## ` am Anfang ist eine Überschrift, `- ` ein Listenpunkt, Leerzeilen trennen Absätze. Protokolliert als `notice.update`. Mit `If-Match` wird Speichern über eine fremde Änderung hinweg mit 412 abgelehnt; ohne nur eine gleichzeitige (409).",
        },
        parameters: [d.params.kind, d.params.ifMatch],
        jsonRequest: true,
        requestBody: d.jsonBody(noticeBody(), {
          de: { en: "The German text; authoritative.", de: "Der deutsche Text; verbindlich." },
          en: {
            en: "The English text; `null` or left out: the German one shows.",
            de: "Der englische Text; `null` oder weggelassen: Der deutsche wird gezeigt.",
          },
        }),
        responses: { 200: d.json("Notice", { en: "Saved.", de: "Gespeichert." }, d.headers.etag) },
        problems: [404, 409, 412],
      })),
      async (c) => {
        const kind = c.req.param("kind");
        if (!isKind(kind)) return noNotice(c);
        const body = await readJsonBody(c, noticeBody());
        if (!body.ok) return body.response;
        const expectedVersion = versionOf(c.req.header("if-match"));
        const { de, en } = body.value;
        const outcome = await saveNotice(
          deps,
          kind,
          { de, ...(en ? { en } : {}) },
          { ...(expectedVersion !== undefined ? { expectedVersion } : {}), actor: c.var.principal.email },
          now(),
        );
        if (outcome.kind === "stale") {
          return expectedVersion !== undefined
            ? problem(c, 412, "Precondition Failed", "The notice was changed since you read it; read it again.")
            : problem(c, 409, "Conflict", "The notice was changed at the same time; please retry.");
        }
        c.header("ETag", etagOf(outcome.notice));
        return c.json(outcome.notice);
      },
    );
}
