import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  type Application,
  type ApplicationInput,
  type ApplicationStatus,
  CONFIRMATION_RESEND_AFTER_MINUTES,
  CONSENT_TEXT_VERSION,
  type Decision,
  RETENTION,
} from "../domain/application.ts";
import { isUuid } from "../domain/ids.ts";
import type { WorkTable } from "../domain/work-table.ts";
import { queueMail, type TableRef, type TransactItem } from "../mail/outbox.ts";
import { keys, withoutKeys } from "./keys.ts";
import { acceptedPartnerUpdate } from "./partner-repository.ts";
import { queryAll } from "./query-all.ts";

const DAY_MS = 86_400_000;
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
const tableRef = (t: Pick<WorkTable, "numeral" | "name">): TableRef => ({ numeral: t.numeral, name: t.name });

/** The person behind an email address, as a key: the address itself never appears in a key or an index. */
export function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 40);
}

interface Submission {
  id: string;
  applicationIds: string[];
  createdAt: string;
  confirmedAt?: string;
  /** The latest confirmation mail of this submission, and when it was queued (a repeated application resends). */
  confirmationMailId?: string;
  lastConfirmationAt?: string;
  confirmations?: number;
  expiresAt: number;
}

interface OpenLock {
  applicationId: string;
  expiresAt?: number;
}

export interface SubmitResult {
  submissionId: string;
  applications: { id: string; workTableId: string; status: ApplicationStatus; existing: boolean }[];
  /** A fresh confirmation mail was queued for applications that still wait for confirmation. */
  confirmationResent?: boolean;
}

export type ConfirmResult =
  | { outcome: "confirmed" | "already_confirmed"; applications: Application[] }
  | { outcome: "not_found" };

export type DecideResult =
  | { outcome: "decided" | "unchanged"; application: Application }
  | { outcome: "conflict"; application: Application }
  | { outcome: "not_found" | "not_submitted" };

export interface ApplicationPage {
  items: Application[];
  /** Where the next page starts (DynamoDB's LastEvaluatedKey); the HTTP edge seals it into a cursor. */
  nextKey?: Record<string, unknown>;
}

export class ApplicationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    /** Public so jobs can queue mails into the same table in the same transaction. */
    readonly tableName: string,
  ) {}

  async get(id: string): Promise<Application | undefined> {
    // An id of another shape names no application; it never becomes a key (keys have size limits).
    if (!isUuid(id)) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.application(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Application>(Item) : undefined;
  }

  /**
   * Stores one application per chosen table as `pending_confirmation`, and the one confirmation mail, in one
   * transaction. Where the same person still has an open application for a table, that one is returned instead
   * of a second. Unconfirmed applications expire (TTL) after 7 days.
   */
  async submit(input: ApplicationInput, tables: ReadonlyMap<string, WorkTable>, now: Date): Promise<SubmitResult> {
    const hash = emailHash(input.email);
    const existing: SubmitResult["applications"] = [];
    const pendingSubmissions = new Set<string>();
    let remaining = [...input.workTableIds];
    for (let attempt = 0; attempt < 3 && remaining.length > 0; attempt++) {
      const submissionId = randomBytes(16).toString("base64url");
      const createdAt = now.toISOString();
      const expiresAt = epochSeconds(new Date(now.getTime() + RETENTION.unconfirmedDays * DAY_MS));
      const created = remaining.map((workTableId) =>
        this.newApplication(input, workTableId, submissionId, now, expiresAt),
      );
      const items: TransactItem[] = [];
      for (const application of created) {
        items.push({
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.openApplication(hash, application.workTableId),
              applicationId: application.id,
              expiresAt,
            },
            // A lock whose application expired unconfirmed (TTL may lag behind) no longer counts.
            ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
            ExpressionAttributeValues: { ":now": epochSeconds(now) },
          },
        });
        items.push({
          Put: {
            TableName: this.tableName,
            Item: { ...this.applicationKeys(application), ...application },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        });
      }
      const submission: Submission = {
        id: submissionId,
        applicationIds: created.map((a) => a.id),
        createdAt,
        confirmationMailId: `confirm-${submissionId}`,
        lastConfirmationAt: createdAt,
        confirmations: 1,
        expiresAt,
      };
      items.push({ Put: { TableName: this.tableName, Item: { ...keys.submission(submissionId), ...submission } } });
      items.push(
        queueMail(
          this.tableName,
          {
            id: `confirm-${submissionId}`,
            kind: "confirm_submission",
            // The bare address: not even the name in the To header, since nobody has confirmed it yet.
            to: [{ email: input.email }],
            locale: input.locale,
            data: {
              submissionId,
              createdAt,
              applicantName: input.name,
              tables: remaining.map((id) => tableRef(tables.get(id) as WorkTable)),
            },
          },
          now,
        ),
      );
      const failed = await this.transact(items);
      if (failed.length === 0) {
        return {
          submissionId,
          applications: [
            ...existing,
            ...created.map((a) => ({ id: a.id, workTableId: a.workTableId, status: a.status, existing: false })),
          ],
          ...((await this.resendConfirmations(pendingSubmissions, tables, now)) ? { confirmationResent: true } : {}),
        };
      }
      // Some tables already have an open application of this person: hand those back, retry with the rest.
      const taken = failed.map((index) => created[Math.floor(index / 2)]?.workTableId).filter((id) => id !== undefined);
      for (const workTableId of taken) {
        const open = await this.openApplication(hash, workTableId);
        const application = open && (await this.get(open.applicationId));
        if (application) {
          existing.push({ id: application.id, workTableId, status: application.status, existing: true });
          if (application.status === "pending_confirmation") pendingSubmissions.add(application.submissionId);
        }
      }
      remaining = remaining.filter((id) => !taken.includes(id));
    }
    const submissionId = existing[0] ? ((await this.get(existing[0].id))?.submissionId ?? "") : "";
    const resent = await this.resendConfirmations(pendingSubmissions, tables, now);
    return { submissionId, applications: existing, ...(resent ? { confirmationResent: true } : {}) };
  }

  /**
   * For each earlier submission whose applications still wait for confirmation: a fresh confirmation mail if the
   * last one failed, may not have arrived, or is older than CONFIRMATION_RESEND_AFTER_MINUTES. The link in it
   * opens the same submission, so the earlier link keeps working too. True when any mail was queued.
   */
  private async resendConfirmations(
    submissionIds: ReadonlySet<string>,
    tables: ReadonlyMap<string, WorkTable>,
    now: Date,
  ): Promise<boolean> {
    let resent = false;
    for (const submissionId of submissionIds) {
      const submission = await this.getSubmission(submissionId);
      if (!submission || submission.confirmedAt || !submission.lastConfirmationAt) continue;
      const last = submission.confirmationMailId ? await this.lastMailStatus(submission.confirmationMailId) : undefined;
      const stale =
        now.getTime() - Date.parse(submission.lastConfirmationAt) >= CONFIRMATION_RESEND_AFTER_MINUTES * 60_000;
      if (!stale && last !== "failed" && last !== "uncertain") continue;
      const applications = (await Promise.all(submission.applicationIds.map((id) => this.get(id)))).filter(
        (a): a is Application => a?.status === "pending_confirmation",
      );
      const applicant = applications[0]?.applicant;
      if (!applicant) continue;
      const count = (submission.confirmations ?? 1) + 1;
      const mailId = `confirm-${submissionId}-${count}`;
      const failed = await this.transact([
        {
          Update: {
            TableName: this.tableName,
            Key: keys.submission(submissionId),
            UpdateExpression: "SET lastConfirmationAt = :now, confirmationMailId = :mail, confirmations = :count",
            // Two repeated applications at once queue one mail, not two.
            ConditionExpression: "lastConfirmationAt = :seen AND attribute_not_exists(confirmedAt)",
            ExpressionAttributeValues: {
              ":now": now.toISOString(),
              ":mail": mailId,
              ":count": count,
              ":seen": submission.lastConfirmationAt,
            },
          },
        },
        queueMail(
          this.tableName,
          {
            id: mailId,
            kind: "confirm_submission",
            to: [{ email: applicant.email }],
            locale: applicant.locale,
            data: {
              submissionId,
              // The submission's own time: the new link expires with the applications, as the first one did.
              createdAt: submission.createdAt,
              applicantName: applicant.name,
              tables: applications.flatMap((a) => {
                const table = tables.get(a.workTableId);
                return table ? [tableRef(table)] : [];
              }),
            },
          },
          now,
        ),
      ]);
      if (failed.length === 0) resent = true;
    }
    return resent;
  }

  private async lastMailStatus(mailId: string): Promise<string | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.mail(mailId),
        ConsistentRead: true,
        ProjectionExpression: "#status",
        ExpressionAttributeNames: { "#status": "status" },
      }),
    );
    return Item?.status as string | undefined;
  }

  /**
   * Double opt-in. Every application of the submission becomes `submitted`, is routed to its table's contact
   * (or the deputy while one is set), and the mails to them and to the applicant are queued: one transaction.
   * Confirming again changes nothing and answers the same.
   */
  async confirm(submissionId: string, tables: ReadonlyMap<string, WorkTable>, now: Date): Promise<ConfirmResult> {
    const submission = await this.getSubmission(submissionId);
    if (!submission) return { outcome: "not_found" };
    const applications = (await Promise.all(submission.applicationIds.map((id) => this.get(id)))).filter(
      (a): a is Application => a !== undefined,
    );
    if (submission.confirmedAt || applications.length === 0) {
      return applications.length === 0 ? { outcome: "not_found" } : { outcome: "already_confirmed", applications };
    }
    const at = now.toISOString();
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.submission(submissionId),
          // Kept a while after confirmation (ids only), so a second click still finds it.
          UpdateExpression: "SET confirmedAt = :now, expiresAt = :expires",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(confirmedAt)",
          ExpressionAttributeValues: { ":now": at, ":expires": epochSeconds(new Date(now.getTime() + 30 * DAY_MS)) },
        },
      },
    ];
    const routes: { table: TableRef; contactName: string }[] = [];
    const confirmed: Application[] = [];
    for (const application of applications) {
      const table = tables.get(application.workTableId);
      if (application.status !== "pending_confirmation" || !table) continue;
      const routedTo = table.deputy
        ? { ...table.deputy, role: "deputy" as const }
        : { ...table.contact, role: "contact" as const };
      const updated: Application = {
        ...application,
        status: "submitted",
        routedTo,
        submittedAt: at,
        consent: { ...application.consent, confirmedAt: at },
        updatedAt: at,
      };
      delete updated.expiresAt;
      confirmed.push(updated);
      routes.push({ table: tableRef(table), contactName: routedTo.name });
      items.push(
        {
          Put: {
            TableName: this.tableName,
            Item: { ...this.applicationKeys(updated), ...updated },
            ConditionExpression: "#status = :pending",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":pending": "pending_confirmation" },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.openApplication(emailHash(application.applicant.email), application.workTableId),
            UpdateExpression: "REMOVE expiresAt",
          },
        },
        queueMail(
          this.tableName,
          {
            id: `new-application-${application.id}`,
            kind: "new_application",
            to: [{ name: routedTo.name, email: routedTo.email }],
            replyTo: { name: application.applicant.name, email: application.applicant.email },
            locale: "de",
            data: {
              applicationId: application.id,
              table: tableRef(table),
              contactName: routedTo.name,
              applicantName: application.applicant.name,
              ...(application.applicant.organisation ? { organisation: application.applicant.organisation } : {}),
              organisationType: application.applicant.organisationType,
              engagement: application.applicant.engagement,
            },
          },
          now,
        ),
      );
    }
    const applicant = applications[0]?.applicant;
    if (applicant && routes.length > 0) {
      items.push(
        queueMail(
          this.tableName,
          {
            id: `forwarded-${submissionId}`,
            kind: "application_forwarded",
            to: [{ name: applicant.name, email: applicant.email }],
            locale: applicant.locale,
            data: { applicantName: applicant.name, routes },
          },
          now,
        ),
      );
    }
    const failed = await this.transact(items);
    if (failed.length > 0) {
      // Someone confirmed at the same moment: report the state that won.
      const again = await this.getSubmission(submissionId);
      if (again?.confirmedAt) return this.confirm(submissionId, tables, now);
      throw new Error("confirmation transaction failed");
    }
    const byId = new Map(confirmed.map((a) => [a.id, a]));
    return { outcome: "confirmed", applications: applications.map((a) => byId.get(a.id) ?? a) };
  }

  /**
   * The contact's decision, the applicant's mail about it and, on acceptance, the partner record (one per email
   * address, with the work tables joined): one transaction. The same decision again is harmless; a different
   * one is a conflict. A declined application is deleted 6 months after the decision (TTL).
   */
  async decide(
    id: string,
    decision: Decision,
    note: string | undefined,
    table: WorkTable | undefined,
    now: Date,
  ): Promise<DecideResult> {
    const application = await this.get(id);
    if (!application) return { outcome: "not_found" };
    if (application.decision) {
      return application.decision.outcome === decision
        ? { outcome: "unchanged", application }
        : { outcome: "conflict", application };
    }
    if (application.status !== "submitted") return { outcome: "not_submitted" };
    const at = now.toISOString();
    const status: ApplicationStatus = decision === "accept" ? "accepted" : "declined";
    const updated: Application = {
      ...application,
      status,
      decision: { outcome: decision, ...(note ? { note } : {}), decidedAt: at },
      updatedAt: at,
      ...(status === "declined"
        ? { expiresAt: epochSeconds(new Date(now.getTime() + RETENTION.declinedDays * DAY_MS)) }
        : {}),
    };
    const ref = table ? tableRef(table) : { numeral: "?", name: application.workTableId };
    const { applicant } = application;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...this.applicationKeys(updated), ...updated },
          ConditionExpression: "#status = :submitted",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":submitted": "submitted" },
        },
      },
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.openApplication(emailHash(applicant.email), application.workTableId),
        },
      },
      queueMail(
        this.tableName,
        {
          id: `decided-${id}`,
          kind: "application_decided",
          to: [{ name: applicant.name, email: applicant.email }],
          locale: applicant.locale,
          data: { applicantName: applicant.name, table: ref, outcome: decision, ...(note ? { note } : {}) },
        },
        now,
      ),
    ];
    if (decision === "accept")
      items.push(acceptedPartnerUpdate(this.tableName, applicant, application.workTableId, at));
    const failed = await this.transact(items);
    if (failed.length > 0) return this.decide(id, decision, note, table, now);
    return { outcome: "decided", application: updated };
  }

  /** Newest first; by status through gsi2, otherwise through gsi1; a work table narrows either. */
  async list(filter: {
    status?: ApplicationStatus;
    workTableId?: string;
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<ApplicationPage> {
    const query: QueryCommandInput = filter.status
      ? {
          TableName: this.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: "gsi2pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.applicationsStatusPartition(filter.status) },
        }
      : {
          TableName: this.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.applicationsPartition },
        };
    if (filter.workTableId) {
      query.FilterExpression = "workTableId = :workTableId";
      query.ExpressionAttributeValues = { ...query.ExpressionAttributeValues, ":workTableId": filter.workTableId };
    }
    const items: Application[] = [];
    let startKey = filter.startKey;
    // A filter may thin out a page; a few more reads fill it, bounded so a request stays short.
    for (let reads = 0; reads < 5 && items.length < filter.limit; reads++) {
      const page = await this.db.send(
        new QueryCommand({
          ...query,
          ScanIndexForward: false,
          Limit: filter.limit - items.length,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(withoutKeys<Application>(item));
      startKey = page.LastEvaluatedKey;
      if (!startKey) break;
    }
    return startKey ? { items, nextKey: startKey } : { items };
  }

  /** Applications submitted before `before` and still undecided, oldest first (gsi2). */
  async undecidedSince(before: Date): Promise<Application[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk AND gsi2sk < :before",
      ExpressionAttributeValues: {
        ":pk": keys.applicationsStatusPartition("submitted"),
        ":before": before.toISOString(),
      },
    });
    return items.map((item) => withoutKeys<Application>(item));
  }

  /** Marks an application as reminded (or escalated) together with the mail that says so; once only. */
  async markFollowUp(
    application: Application,
    field: "remindedAt" | "escalatedAt",
    mail: TransactItem | undefined,
    now: Date,
  ): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.application(application.id),
          UpdateExpression: `SET ${field} = :now`,
          ConditionExpression: `#status = :submitted AND attribute_not_exists(${field})`,
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":now": now.toISOString(), ":submitted": "submitted" },
        },
      },
    ];
    if (mail) items.push(mail);
    return (await this.transact(items)).length === 0;
  }

  /**
   * Marks applications as escalated together with the one digest mail that tells the coordinators. Applications
   * decided in the meantime drop out and the rest is tried again. Returns the ones escalated.
   */
  async escalate(
    applications: Application[],
    digest: (applications: Application[]) => TransactItem,
    now: Date,
  ): Promise<Application[]> {
    let batch = applications;
    for (let attempt = 0; attempt < 3 && batch.length > 0; attempt++) {
      const items: TransactItem[] = batch.map((application) => ({
        Update: {
          TableName: this.tableName,
          Key: keys.application(application.id),
          UpdateExpression: "SET escalatedAt = :now",
          ConditionExpression: "#status = :submitted AND attribute_not_exists(escalatedAt)",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":now": now.toISOString(), ":submitted": "submitted" },
        },
      }));
      items.push(digest(batch));
      const failed = await this.transact(items);
      if (failed.length === 0) return batch;
      batch = batch.filter((_, index) => !failed.includes(index));
    }
    return [];
  }

  private newApplication(
    input: ApplicationInput,
    workTableId: string,
    submissionId: string,
    now: Date,
    expiresAt: number,
  ): Application {
    const at = now.toISOString();
    return {
      id: randomUUID(),
      submissionId,
      workTableId,
      status: "pending_confirmation",
      applicant: {
        name: input.name,
        email: input.email,
        ...(input.organisation ? { organisation: input.organisation } : {}),
        organisationType: input.organisationType,
        engagement: input.engagement,
        locale: input.locale,
      },
      ...(input.mandate ? { mandate: input.mandate } : {}),
      ...(input.service ? { service: input.service } : {}),
      ...(input.message ? { message: input.message } : {}),
      consent: { textVersion: CONSENT_TEXT_VERSION, givenAt: at },
      createdAt: at,
      updatedAt: at,
      expiresAt,
    };
  }

  private applicationKeys(application: Application) {
    const since = application.submittedAt ?? application.createdAt;
    return {
      ...keys.application(application.id),
      ...keys.applicationsByCreation(application.createdAt, application.id),
      ...keys.applicationsByStatus(application.status, application.decision?.decidedAt ?? since, application.id),
    };
  }

  private async getSubmission(id: string): Promise<Submission | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.submission(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Submission>(Item) : undefined;
  }

  private async openApplication(hash: string, workTableId: string): Promise<OpenLock | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.openApplication(hash, workTableId), ConsistentRead: true }),
    );
    return Item ? withoutKeys<OpenLock>(Item) : undefined;
  }

  /** Runs a transaction; returns the indexes of the items whose condition failed (empty on success). */
  private async transact(items: TransactItem[]): Promise<number[]> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return [];
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if ((error as Error).name !== "TransactionCanceledException" || !reasons) throw error;
      const failed = reasons.flatMap((r, index) => (r.Code === "ConditionalCheckFailed" ? [index] : []));
      if (failed.length === 0) throw error;
      return failed;
    }
  }
}
