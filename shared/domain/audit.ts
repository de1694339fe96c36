/** One change a person made (or a mailing that went out): who, when, what, to which thing, before and after. */
export interface AuditEntry {
  id: string;
  at: string;
  /**
   * Who: a coordinator's or contact person's address, "link:<role>" for someone acting through a link in a mail
   * (an applicant confirming, a partner unsubscribing), or "system" for what runs on its own (a mailing).
   */
  actor: string;
  /** What, as a thing and a verb, e.g. `mail.retry`, `worktable.update`, `application.decide`. */
  action: string;
  subject: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  note?: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id">;
