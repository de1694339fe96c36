import type { Notice, NoticeKind } from "../domain/notices.ts";

/** What saving a legal notice needs (NoticeRepository is one). */
export interface NoticeStore {
  /** The notice as saved, or its default text (no `updatedAt`) until a coordinator saved one. */
  get(kind: NoticeKind): Promise<Notice>;
  /**
   * Saves over `expectedVersion` (its `updatedAt`; "" for the default) with the audit entry `notice.update`, at
   * once; false when someone saved in between.
   */
  put(
    kind: NoticeKind,
    text: { de: string; en?: string },
    options: { expectedVersion: string; actor: string },
    now: Date,
  ): Promise<boolean>;
}

export type SaveNoticeOutcome =
  | { kind: "ok"; notice: Notice }
  /** Saved by someone else since the version the text was written over: nothing written; the current one. */
  | { kind: "stale"; notice: Notice };

/** A notice's version as the console's form and the API's ETag carry it: its last save, "" for the default. */
export const noticeVersion = (notice: Pick<Notice, "updatedAt">) => notice.updatedAt ?? "";

/**
 * A coordinator saves a legal notice's text (German authoritative, English optional) over the version they read
 * (`expectedVersion`; without it, the version read now, so only a save at the same moment is refused).
 */
export async function saveNotice(
  deps: { notices: NoticeStore },
  kind: NoticeKind,
  text: { de: string; en?: string },
  options: { expectedVersion?: string; actor: string },
  now: Date,
): Promise<SaveNoticeOutcome> {
  const expectedVersion = options.expectedVersion ?? noticeVersion(await deps.notices.get(kind));
  const saved = await deps.notices.put(
    kind,
    { de: text.de, ...(text.en ? { en: text.en } : {}) },
    { expectedVersion, actor: options.actor },
    now,
  );
  const notice = await deps.notices.get(kind);
  return saved ? { kind: "ok", notice } : { kind: "stale", notice };
}
