import type { Proposal } from "./agenda.ts";
import type { Application } from "./application.ts";
import type { AttendanceEntry } from "./attendance.ts";
import type { AuditEntry } from "./audit.ts";
import type { Rsvp } from "./conference.ts";
import type { OutboxMail } from "./mail.ts";
import type { Task } from "./minutes.ts";
import type { ApiToken, Session, SignInRequest } from "./people.ts";
import type { SecondFactorRecord } from "./second-factor.ts";

/**
 * What is stored about one person (found by their address), as records: what a data subject request (Art. 15)
 * shows beyond the partner record, the coordinator list, the suppression list and the work tables' contacts.
 */
export interface PersonRecords {
  applications: Application[];
  rsvps: Rsvp[];
  /** Where they were recorded as present, excused or absent (issue 21). */
  attendance: AttendanceEntry[];
  /** The tasks they own from published minutes, and the agenda items they proposed (issue 21). */
  tasks: Task[];
  proposals: Proposal[];
  /** Mails to them or about them (an applicant's, also in their contact's mail), queued ones included. */
  mails: OutboxMail[];
  signInRequests: SignInRequest[];
  secondFactor?: SecondFactorRecord;
  /** What they did: the audit entries whose actor is their address. */
  auditEntries: AuditEntry[];
  sessions: Session[];
  apiTokens: ApiToken[];
}

/**
 * What an erasure (Art. 17) did: items deleted; audit entries kept without the person, and attendance entries kept
 * with the organisation only (counted in `anonymised`).
 */
export interface Erasure {
  deleted: number;
  anonymised: number;
}
