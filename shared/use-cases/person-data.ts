import type { Application } from "../domain/application.ts";
import type { Rsvp } from "../domain/conference.ts";
import type { OutboxMail } from "../domain/mail.ts";
import type { Partner } from "../domain/partner.ts";
import type { Coordinator } from "../domain/people.ts";
import { type SecondFactorRecord, type SecondFactorView, secondFactorView } from "../domain/second-factor.ts";
import { loadMailTexts, mailContent } from "../mail/templates.ts";
import type { TokenSigner } from "../security/tokens.ts";
import type { AccessRepository } from "../store/access-repository.ts";
import type { ApplicationRepository } from "../store/application-repository.ts";
import type { AuditEntry, AuditRepository } from "../store/audit.ts";
import type { ConferenceRepository } from "../store/conference-repository.ts";
import { emailHash, keys, withoutKeys } from "../store/keys.ts";
import type { PartnerRepository } from "../store/partner-repository.ts";
import type { PersonDataRepository, StoredItem } from "../store/person-data-repository.ts";
import type { SuppressionRepository } from "../store/suppression-repository.ts";
import type { WorkTableRepository } from "../store/work-table-repository.ts";

export interface PersonDeps {
  personData: PersonDataRepository;
  partners: PartnerRepository;
  applications: ApplicationRepository;
  conferences: ConferenceRepository;
  access: AccessRepository;
  suppressions: SuppressionRepository;
  workTables: WorkTableRepository;
  audit: AuditRepository;
  signer: () => Promise<TokenSigner>;
}

/** Everything stored about one person (Art. 15 DSGVO), as the export and the console's page show it. */
export interface PersonData {
  person: string;
  exportedAt: string;
  partner: (Omit<Partner, "workTableIds"> & { workTables: string[] }) | null;
  applications: Application[];
  rsvps: (Rsvp & { conference: string })[];
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
  const [items, partner, tables, coordinator, suppressed, sessionItems, tokenItems, partnerAudit] = await Promise.all([
    deps.personData.itemsAbout(address),
    deps.partners.get(address),
    deps.workTables.list({ includeArchived: true }),
    deps.access.coordinator(address),
    deps.suppressions.get(address),
    deps.personData.indexed(keys.sessionsPartition(address)),
    deps.personData.indexed(keys.apiTokensPartition(address)),
    deps.personData.auditAbout("partner", address),
  ]);
  const names = new Map(tables.map((t) => [t.id, `${t.numeral} – ${t.name}`]));
  const of = (prefix: string) => items.filter((i) => String(i.gsi3sk).startsWith(prefix));
  const applications = of("APP#").map((i) => withoutKeys<Application>(i));
  const applicationAudit = (
    await Promise.all(applications.map((a) => deps.personData.auditAbout("application", a.id)))
  ).flat();
  const audit = new Map<string, AuditEntry>();
  for (const item of [...of("AUDIT#"), ...partnerAudit, ...applicationAudit]) {
    const entry = withoutKeys<AuditEntry & { expiresAt?: number }>(item);
    const { expiresAt: _ttl, ...rest } = entry;
    audit.set(entry.id, rest);
  }
  await loadMailTexts(of("MAIL#").map((i) => withoutKeys<OutboxMail>(i).locale));
  const rsvps = await Promise.all(
    of("RSVP#").map(async (i) => {
      const rsvp = withoutKeys<Rsvp>(i);
      const conference = await deps.conferences.get(rsvp.conferenceId);
      return { ...rsvp, conference: conference?.title ?? rsvp.conferenceId };
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
    mails: of("MAIL#").map((i) => {
      const mail = withoutKeys<OutboxMail>(i);
      return {
        id: mail.id,
        kind: mail.kind,
        status: mail.status,
        subject: mailContent(mail, {}).subject,
        to: mail.to.map((r) => r.email),
        createdAt: mail.createdAt,
        ...((mail as { sentAt?: string }).sentAt ? { sentAt: (mail as { sentAt?: string }).sentAt } : {}),
      };
    }),
    signInRequests: of("SIGNIN#").map((i) => ({
      createdAt: String(i.createdAt),
      ...(i.usedAt ? { usedAt: String(i.usedAt) } : {}),
    })),
    sessions: sessionItems.map((i) => ({
      createdAt: String(i.createdAt),
      lastSeenAt: String(i.lastSeenAt),
      ...(i.userAgent ? { userAgent: String(i.userAgent) } : {}),
    })),
    apiTokens: tokenItems.map((i) => ({
      name: String(i.name),
      createdAt: String(i.createdAt),
      expiresAt: Number(i.expiresAt),
      ...(i.lastUsedAt ? { lastUsedAt: String(i.lastUsedAt) } : {}),
    })),
    secondFactor:
      of("MFA#").length > 0 ? secondFactorView(withoutKeys<SecondFactorRecord>(of("MFA#")[0] ?? {}), now) : null,
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

  const items = await deps.personData.itemsAbout(address);
  const audits = items.filter((i) => String(i.gsi3sk).startsWith("AUDIT#"));
  const deletions: StoredItem[] = items.filter((i) => !String(i.gsi3sk).startsWith("AUDIT#"));
  const hash = emailHash(address);
  const keysToDelete: { pk: string; sk: string }[] = deletions.map((i) => ({ pk: i.pk, sk: i.sk }));
  for (const application of data.applications) {
    keysToDelete.push(keys.openApplication(hash, application.workTableId), keys.submission(application.submissionId));
  }
  keysToDelete.push(keys.partner(address), keys.suppression(address));
  const [sessions, tokens] = await Promise.all([
    deps.personData.indexed(keys.sessionsPartition(address)),
    deps.personData.indexed(keys.apiTokensPartition(address)),
  ]);
  keysToDelete.push(...[...sessions, ...tokens].map((i) => ({ pk: i.pk, sk: i.sk })));

  const aboutThem = [
    ...audits,
    ...(await deps.personData.auditAbout("partner", address)),
    ...(await Promise.all(data.applications.map((a) => deps.personData.auditAbout("application", a.id)))).flat(),
  ];
  const unique = [...new Map(aboutThem.map((i) => [i.pk, i])).values()];
  // The suppression first: should anything below fail, no mailing reaches them meanwhile.
  await deps.suppressions.addErased(signer.personHash(address), now);
  for (const item of unique) await deps.personData.anonymiseAudit(item, address, erasedId);
  await deps.personData.deleteAll(keysToDelete);
  await deps.audit.record(
    {
      at: now.toISOString(),
      actor,
      action: "person.erase",
      subject: { type: "person", id: erasedId },
      after: { deleted: keysToDelete.length, anonymised: unique.length },
    },
    now,
  );
  return { kind: "erased", erasedId, deleted: keysToDelete.length, anonymised: unique.length };
}
