import type { Proposal } from "../domain/agenda.ts";
import type { Application } from "../domain/application.ts";
import type { AttendanceEntry } from "../domain/attendance.ts";
import type { AuditEntry } from "../domain/audit.ts";
import type { Rsvp } from "../domain/conference.ts";
import type { Task } from "../domain/minutes.ts";
import type { Partner } from "../domain/partner.ts";
import type { Coordinator } from "../domain/people.ts";
import { type SecondFactorView, secondFactorView } from "../domain/second-factor.ts";
import { loadMailTexts, mailContent } from "../mail/templates.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { Access, AuditLog, Conferences, Partners, PersonDataStore, Suppressions, WorkTables } from "./ports.ts";
import {
  changeRegistration,
  fillAfterChange,
  isActive,
  type RegistrationDeps,
  registrationOf,
} from "./registrations.ts";

export interface PersonDeps {
  personData: PersonDataStore;
  partners: Pick<Partners, "get">;
  conferences: Pick<Conferences, "get">;
  access: Pick<Access, "coordinator">;
  suppressions: Pick<Suppressions, "get" | "addErased">;
  workTables: Pick<WorkTables, "list">;
  audit: AuditLog;
  signer: () => Promise<TokenSigner>;
  /** An event's places (issue 22): an erased person's place is given up first, so it goes to the next waiting. */
  places?: RegistrationDeps["places"];
  logger?: RegistrationDeps["logger"];
}

/** Everything stored about one person (Art. 15 DSGVO), as the export and the console's page show it. */
export interface PersonData {
  person: string;
  exportedAt: string;
  partner: (Omit<Partner, "workTableIds"> & { workTables: string[] }) | null;
  applications: Application[];
  rsvps: (Rsvp & { conference: string })[];
  attendance: (AttendanceEntry & { conference: string })[];
  tasks: Task[];
  proposals: Proposal[];
  mails: {
    id: string;
    kind: string;
    status: string;
    subject: string;
    to: string[];
    createdAt: string;
    sentAt?: string;
  }[];
  signInRequests: { createdAt: string; usedAt?: string }[];
  sessions: { createdAt: string; lastSeenAt: string; userAgent?: string }[];
  apiTokens: { name: string; createdAt: string; expiresAt: number; lastUsedAt?: string }[];
  /** Whether and since when a second factor is set up; never its secret or codes. */
  secondFactor: SecondFactorView | null;
  coordinator: Coordinator | null;
  contactOf: { workTable: string; role: "contact" | "deputy" }[];
  suppression: { reason: string; detail: string; at: string } | null;
  auditEntries: AuditEntry[];
}

const tableName = (id: string, names: Map<string, string>) => names.get(id) ?? id;

/**
 * A coordinator reads (the console's page) or exports (the JSON download, the API) a person's data: the access is
 * recorded in the audit log first, so it is part of what the person is shown, then everything is collected.
 */
export async function readPersonData(
  deps: PersonDeps,
  email: string,
  actor: string,
  how: "read" | "export",
  now: Date,
): Promise<PersonData> {
  const address = email.trim().toLowerCase();
  await deps.audit.record(
    { at: now.toISOString(), actor, action: `person.${how}`, subject: { type: "partner", id: address } },
    now,
  );
  return collectPersonData(deps, address, now);
}

/** Collects everything about a person: the person index, the partner record, sessions, tokens, audit entries. */
export async function collectPersonData(deps: PersonDeps, email: string, now: Date): Promise<PersonData> {
  const address = email.trim().toLowerCase();
  const [records, partner, tables, coordinator, suppressed, partnerAudit] = await Promise.all([
    deps.personData.recordsAbout(address),
    deps.partners.get(address),
    deps.workTables.list({ includeArchived: true }),
    deps.access.coordinator(address),
    deps.suppressions.get(address),
    deps.personData.auditAbout("partner", address),
  ]);
  const names = new Map(tables.map((t) => [t.id, `${t.numeral} – ${t.name}`]));
  const { applications } = records;
  const applicationAudit = (
    await Promise.all(applications.map((a) => deps.personData.auditAbout("application", a.id)))
  ).flat();
  const audit = new Map<string, AuditEntry>();
  for (const entry of [...records.auditEntries, ...partnerAudit, ...applicationAudit]) audit.set(entry.id, entry);
  await loadMailTexts(records.mails.map((mail) => mail.locale));
  const rsvps = await Promise.all(
    records.rsvps.map(async (rsvp) => {
      const conference = await deps.conferences.get(rsvp.conferenceId);
      return { ...rsvp, conference: conference?.title ?? rsvp.conferenceId };
    }),
  );
  const attendance = await Promise.all(
    records.attendance.map(async (entry) => {
      const event = await deps.conferences.get(entry.conferenceId);
      return { ...entry, conference: event?.title ?? entry.conferenceId };
    }),
  );
  return {
    person: address,
    exportedAt: now.toISOString(),
    partner: partner
      ? (({ workTableIds, ...rest }) => ({
          ...rest,
          workTables: [...workTableIds].map((id) => tableName(id, names)),
        }))(partner)
      : null,
    applications,
    rsvps,
    attendance,
    tasks: records.tasks,
    proposals: records.proposals,
    mails: records.mails.map((mail) => ({
      id: mail.id,
      kind: mail.kind,
      status: mail.status,
      subject: mailContent(mail, {}).subject,
      to: mail.to.map((r) => r.email),
      createdAt: mail.createdAt,
      ...(mail.sentAt ? { sentAt: mail.sentAt } : {}),
    })),
    signInRequests: records.signInRequests.map((request) => ({
      createdAt: String(request.createdAt),
      ...(request.usedAt ? { usedAt: String(request.usedAt) } : {}),
    })),
    sessions: records.sessions.map((session) => ({
      createdAt: String(session.createdAt),
      lastSeenAt: String(session.lastSeenAt),
      ...(session.userAgent ? { userAgent: String(session.userAgent) } : {}),
    })),
    apiTokens: records.apiTokens.map((token) => ({
      name: String(token.name),
      createdAt: String(token.createdAt),
      expiresAt: Number(token.expiresAt),
      ...(token.lastUsedAt ? { lastUsedAt: String(token.lastUsedAt) } : {}),
    })),
    secondFactor: records.secondFactor ? secondFactorView(records.secondFactor, now) : null,
    coordinator: coordinator ?? null,
    contactOf: tables.flatMap((t) => [
      ...(t.contact.email.toLowerCase() === address
        ? [{ workTable: names.get(t.id) ?? t.id, role: "contact" as const }]
        : []),
      ...(t.deputy?.email.toLowerCase() === address
        ? [{ workTable: names.get(t.id) ?? t.id, role: "deputy" as const }]
        : []),
    ]),
    suppression: suppressed ? { reason: suppressed.reason, detail: suppressed.detail, at: suppressed.at } : null,
    auditEntries: [...audit.values()].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

export type EraseOutcome =
  | { kind: "erased"; erasedId: string; deleted: number; anonymised: number }
  | { kind: "refused"; reason: "contact" | "coordinator" };

/**
 * Erases a person (Art. 17 DSGVO): every item with their personal data is deleted (partner record, applications
 * and their locks and submissions, RSVPs, mails, queued ones included, sign-in requests, sessions, API tokens, a
 * suppression by address), audit entries about or by them keep only "erased:<keyed hash>", and the keyed hash
 * goes on the suppression list, so no mailing reaches the address again. The erasure itself is recorded. A
 * contact person of a work table or a coordinator is refused: they are replaced on the table or taken off the
 * coordination first. Running it again (after a failure halfway) finishes it.
 */
export async function erasePerson(deps: PersonDeps, email: string, actor: string, now: Date): Promise<EraseOutcome> {
  const address = email.trim().toLowerCase();
  const data = await collectPersonData(deps, address, now);
  if (data.contactOf.length > 0) return { kind: "refused", reason: "contact" };
  if (data.coordinator) return { kind: "refused", reason: "coordinator" };
  const signer = await deps.signer();
  const erasedId = `erased:${signer.personHash(address)}`;

  // The suppression first: should anything below fail, no mailing reaches them meanwhile.
  await deps.suppressions.addErased(signer.personHash(address), now);
  if (deps.places) await givePlacesUp({ ...deps, places: deps.places }, data.rsvps, actor, now);
  const { deleted, anonymised } = await deps.personData.erase(address, erasedId);
  await deps.audit.record(
    {
      at: now.toISOString(),
      actor,
      action: "person.erase",
      subject: { type: "person", id: erasedId },
      after: { deleted, anonymised },
    },
    now,
  );
  return { kind: "erased", erasedId, deleted, anonymised };
}

/**
 * An erased person's places and places on waiting lists (issue 22) are given up before their answers are deleted,
 * without a mail: the counts stay true, and each freed place goes to the next waiting.
 */
async function givePlacesUp(
  deps: PersonDeps & { places: RegistrationDeps["places"] },
  rsvps: readonly Rsvp[],
  actor: string,
  now: Date,
): Promise<void> {
  const registration: RegistrationDeps = {
    places: deps.places,
    conferences: deps.conferences,
    partners: { get: async () => undefined },
    ...(deps.logger ? { logger: deps.logger } : {}),
  };
  for (const rsvp of rsvps) {
    const event = await deps.conferences.get(rsvp.conferenceId);
    if (event?.status !== "planned" || !isActive(registrationOf(rsvp)?.status)) continue;
    await changeRegistration(
      registration,
      event,
      { email: rsvp.email, name: rsvp.name, organisation: rsvp.organisation ?? null },
      { kind: "answer", answer: "no", workshops: [] },
      { actor, action: "registration.remove" },
      now,
    );
    await fillAfterChange(registration, event.id, now);
  }
}
