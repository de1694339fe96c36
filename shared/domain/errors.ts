/** A rule of the domain that a request broke; the HTTP layer turns these into problem responses. */
export class DomainError extends Error {
  constructor(
    readonly code: "numeral_taken" | "concurrent_update" | "stale",
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
