import { randomUUID } from "node:crypto";
import type { Application, Submission } from "../../shared/domain/application.ts";
import type { AuditEntry, NewAuditEntry } from "../../shared/domain/audit.ts";
import type { ConsentWording } from "../../shared/domain/consent.ts";
import type { NewMail, OutboxMail } from "../../shared/domain/mail.ts";
import type { Partner } from "../../shared/domain/partner.ts";
import type { WorkTable } from "../../shared/domain/work-table.ts";
import { workTableInputSchema } from "../../shared/domain/work-table-input.ts";
import { seedWorkTables } from "../../shared/seed/work-tables.ts";
import type {
  Applications,
  DecisionWrite,
  PagePosition,
  RateCheck,
  RateLimiter,
  RerouteWrite,
  WorkTables,
} from "../../shared/use-cases/ports.ts";

/**
 * In-memory stand-ins for the use cases' ports (shared/use-cases/ports.ts): no emulator, no DynamoDB. They keep
 * the rules the real repositories keep with conditions and transactions (a write happens whole or not at all,
 * only from the state it expects; one open application per person and table; a mail id is queued once), and
 * nothing of their keys. What a person would notice is in `world`: applications, submissions, the outbox, the
 * audit log and the partner list.
 */

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
const DAY_SECONDS = 86_400;
const lower = (email: string) => email.trim().toLowerCase();
const copy = <T>(value: T): T => structuredClone(value);

export class World {
  readonly applications = new Map<string, Application>();
  readonly submissions = new Map<string, Submission>();
  /** "This person has an open application for this table", by address and table. */
  readonly locks = new Map<string, { applicationId: string; expiresAt?: number }>();
  readonly outbox = new Map<string, OutboxMail & { about?: string }>();
  readonly audit: AuditEntry[] = [];
  readonly partners = new Map<string, Partner>();
  /** The consent wordings kept, by hash (first one wins, as the table's if_not_exists). */
  readonly consentWordings = new Map<string, ConsentWording>();

  static lockKey = (email: string, workTableId: string) => `${lower(email)}|${workTableId}`;

  /** The mails queued so far, in order. */
  mails(): (OutboxMail & { about?: string })[] {
    return [...this.outbox.values()];
  }

  queue(mail: NewMail, now: Date): void {
    const { mailing: _mailing, ...rest } = mail;
    this.outbox.set(mail.id, { ...copy(rest), status: "queued", attempts: 0, createdAt: now.toISOString() });
  }

  record(entry: NewAuditEntry): void {
    this.audit.push({ id: randomUUID(), ...copy(entry) });
  }
}

/** The work tables, from the seed (with ids and times) or as given. */
export class InMemoryWorkTables implements Pick<WorkTables, "get" | "list"> {
  readonly tables = new Map<string, WorkTable>();

  constructor(tables: WorkTable[] = seedTables()) {
    for (const table of tables) this.tables.set(table.id, table);
  }

  async get(id: string): Promise<WorkTable | undefined> {
    const table = this.tables.get(id);
    return table && copy(table);
  }

  async list(options: { includeArchived?: boolean } = {}): Promise<WorkTable[]> {
    return [...this.tables.values()].filter((t) => options.includeArchived || !t.archivedAt).map(copy);
  }
}

/** The seed's work tables as stored. */
export function seedTables(): WorkTable[] {
  return seedWorkTables.map(({ id, input }) => {
    const { deputy, ...fields } = workTableInputSchema().parse(input);
    return {
      id,
      ...fields,
      ...(deputy ? { deputy } : {}),
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    } as WorkTable;
  });
}

/** Applications, submissions and locks, with the same conditions as store/application-repository.ts. */
export class InMemoryApplications implements Applications {
  constructor(readonly world: World = new World()) {}

  async get(id: string): Promise<Application | undefined> {
    const application = this.world.applications.get(id);
    return application && copy(application);
  }

  async getSubmission(id: string): Promise<Submission | undefined> {
    const submission = this.world.submissions.get(id);
    return submission && copy(submission);
  }

  async confirmationMailStatus(mailId: string): Promise<string | undefined> {
    return this.world.outbox.get(mailId)?.status;
  }

  async openApplicationOf(email: string, workTableId: string): Promise<{ applicationId: string } | undefined> {
    const lock = this.world.locks.get(World.lockKey(email, workTableId));
    return lock && copy(lock);
  }

  async insertSubmission(
    applications: Application[],
    submission: Submission,
    confirmation: NewMail<"confirm_submission">,
    now: Date,
    consent?: ConsentWording,
  ): Promise<string[]> {
    const { world } = this;
    // A lock whose application expired unconfirmed no longer counts.
    const taken = applications
      .filter((a) => {
        const lock = world.locks.get(World.lockKey(a.applicant.email, a.workTableId));
        return lock && !(lock.expiresAt !== undefined && lock.expiresAt < epochSeconds(now));
      })
      .map((a) => a.workTableId);
    if (taken.length > 0) return taken;
    if (applications.some((a) => world.applications.has(a.id)) || world.outbox.has(confirmation.id)) {
      throw new Error("an id was used twice");
    }
    for (const application of applications) {
      world.locks.set(World.lockKey(application.applicant.email, application.workTableId), {
        applicationId: application.id,
        ...(application.expiresAt !== undefined ? { expiresAt: application.expiresAt } : {}),
      });
      world.applications.set(application.id, copy(application));
    }
    world.submissions.set(submission.id, copy(submission));
    if (consent && !world.consentWordings.has(consent.hash)) {
      world.consentWordings.set(consent.hash, { ...consent, firstGivenAt: now.toISOString() });
    }
    world.queue(confirmation, now);
    return [];
  }

  async recordConfirmationMail(
    submission: Submission,
    mail: NewMail<"confirm_submission">,
    count: number,
    now: Date,
  ): Promise<boolean> {
    const stored = this.world.submissions.get(submission.id);
    if (!stored || stored.lastConfirmationAt !== submission.lastConfirmationAt || stored.confirmedAt) return false;
    if (this.world.outbox.has(mail.id)) return false;
    Object.assign(stored, { lastConfirmationAt: now.toISOString(), confirmationMailId: mail.id, confirmations: count });
    this.world.queue(mail, now);
    return true;
  }

  async confirm(submissionId: string, confirmed: Application[], mails: NewMail[], now: Date): Promise<boolean> {
    const { world } = this;
    const submission = world.submissions.get(submissionId);
    if (!submission || submission.confirmedAt) return false;
    if (confirmed.some((a) => world.applications.get(a.id)?.status !== "pending_confirmation")) return false;
    if (mails.some((mail) => world.outbox.has(mail.id))) return false;
    submission.confirmedAt = now.toISOString();
    submission.expiresAt = epochSeconds(now) + 30 * DAY_SECONDS;
    for (const application of confirmed) {
      world.applications.set(application.id, copy(application));
      const lock = world.locks.get(World.lockKey(application.applicant.email, application.workTableId));
      if (lock) delete lock.expiresAt;
      world.record({
        at: now.toISOString(),
        actor: "link:applicant",
        action: "application.confirm",
        subject: { type: "application", id: application.id },
        after: { status: application.status, routedTo: application.routedTo?.name ?? null },
      });
    }
    for (const mail of mails) world.queue(mail, now);
    return true;
  }

  async decide(decision: DecisionWrite, now: Date): Promise<boolean> {
    const { world } = this;
    const { decided, mail, audit, partner, routedToEmail } = decision;
    const current = world.applications.get(decided.id);
    if (current?.status !== "submitted") return false;
    if (routedToEmail && current.routedTo?.email !== routedToEmail) return false;
    if (world.outbox.has(mail.id)) return false;
    world.applications.set(decided.id, copy(decided));
    world.locks.delete(World.lockKey(decided.applicant.email, decided.workTableId));
    world.queue(mail, now);
    world.record(audit);
    if (partner) acceptIntoPartners(world, partner.applicant, partner.workTableId, now);
    return true;
  }

  async reroute(change: RerouteWrite, now: Date): Promise<boolean> {
    const { world } = this;
    const current = world.applications.get(change.before.id);
    if (current?.status !== "submitted" || current.updatedAt !== change.before.updatedAt) return false;
    if (world.outbox.has(change.mail.id)) return false;
    world.applications.set(change.after.id, copy(change.after));
    world.queue(change.mail, now);
    world.record(change.audit);
    return true;
  }

  async list(filter: {
    status?: Application["status"];
    workTableId?: string;
    limit: number;
    startKey?: PagePosition;
  }): Promise<{ items: Application[]; nextKey?: PagePosition }> {
    const all = [...this.world.applications.values()]
      .filter(
        (a) =>
          (!filter.status || a.status === filter.status) &&
          (!filter.workTableId || a.workTableId === filter.workTableId),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const start = Number(filter.startKey?.index ?? 0);
    const items = all.slice(start, start + filter.limit).map(copy);
    const next = start + filter.limit;
    return next < all.length ? { items, nextKey: { index: next } } : { items };
  }
}

/**
 * Accepting merges into the partner list, never erases (as store/partner-repository.ts acceptedPartnerUpdate): the
 * application's name, language and organisation (if it names one) replace what is known; the table is added.
 */
function acceptIntoPartners(world: World, applicant: Application["applicant"], workTableId: string, now: Date): void {
  const at = now.toISOString();
  const { tablesLeftAt: _joinedAgain, ...known }: Partial<Partner> = world.partners.get(lower(applicant.email)) ?? {};
  world.partners.set(lower(applicant.email), {
    ...known,
    email: applicant.email,
    name: applicant.name,
    ...(applicant.organisation ? { organisation: applicant.organisation } : {}),
    locale: applicant.locale,
    source: known.source ?? "application",
    handle: known.handle ?? randomUUID(),
    workTableIds: new Set([...(known.workTableIds ?? []), workTableId]),
    createdAt: known.createdAt ?? at,
    updatedAt: at,
  });
}

/** Fixed windows of an hour, as store/rate-limiter.ts. */
export class InMemoryRateLimiter implements RateLimiter {
  readonly hits = new Map<string, number>();

  constructor(private readonly windowSeconds = 3600) {}

  async hit(kind: string, subject: string, limit: number, now: Date): Promise<RateCheck> {
    const nowSeconds = epochSeconds(now);
    const windowStart = nowSeconds - (nowSeconds % this.windowSeconds);
    const key = `${kind}|${subject.toLowerCase()}|${windowStart}`;
    const count = this.hits.get(key) ?? 0;
    if (count >= limit)
      return { ok: false, retryAfterSeconds: Math.max(1, windowStart + this.windowSeconds - nowSeconds) };
    this.hits.set(key, count + 1);
    return { ok: true };
  }
}
