/**
 * What a link in a mail led to: the thing it opens (`ok`), or why not. `invalid`: not signed by us or made for
 * something else; `expired`: too old; `not_found`: what it names is gone. Pages and the JSON API turn these into
 * 404, 410 and their pages.
 */
export type LinkOutcome<T> = { kind: "invalid" | "expired" | "not_found" } | ({ kind: "ok" } & T);

export type LinkFailure = Exclude<LinkOutcome<object>, { kind: "ok" }>;
