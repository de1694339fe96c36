import { type DynamoDBDocumentClient, GetCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Applicant, Application, ApplicationStatus, Submission } from "../domain/application.ts";
import type { NewAuditEntry } from "../domain/audit.ts";
import type { ConsentWording } from "../domain/consent.ts";
import { isUuid } from "../domain/ids.ts";
import type { NewMail } from "../domain/mail.ts";
import { auditPut } from "./audit.ts";
import { countQuery, readFilledPage, type TransactItem, transact } from "./dynamo-helpers.ts";
import { aboutPerson, emailHash, keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { acceptedPartnerUpdate } from "./partner-repository.ts";
import { queryAll } from "./query-all.ts";
import { decidedApplicationFact, receivedApplicationFact } from "./report-facts.ts";

const DAY_MS = 86_400_000;
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
/** A confirmed submission is kept a while (ids only), so a second click on its link still finds it. */
const CONFIRMED_SUBMISSION_DAYS = 30;

export type { Submission };

/** "This person has an open application for this table": at most one, whatever the timing of requests. */
export interface OpenLock {
  applicationId: string;
  expiresAt?: number;
}

export interface ApplicationPage {
  items: Application[];
  /** Where the next page starts (DynamoDB's LastEvaluatedKey); the HTTP edge seals it into a cursor. */
  nextKey?: Record<string, unknown>;
}

/**
 * Applications, their submissions and the per-person locks, in the data table: keys, queries, conditions and
 * transactions. What the states mean and when they change is decided elsewhere (domain/application-lifecycle.ts,
 * use-cases/); every write here is conditional on the state it leaves, so a race or a repeat changes nothing twice.
 */
export class ApplicationRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
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

  async getSubmission(id: string): Promise<Submission | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.submission(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<Submission>(Item) : undefined;
  }

  /** The status of a submission's latest confirmation mail (an outbox item), to tell whether to send another. */
  async confirmationMailStatus(mailId: string): Promise<string | undefined> {
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

  /** The application a person has open for a table (by the hash of their address), if any. */
  async openApplicationOf(email: string, workTableId: string): Promise<OpenLock | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.openApplication(emailHash(email), workTableId),
        ConsistentRead: true,
      }),
    );
    return Item ? withoutKeys<OpenLock>(Item) : undefined;
  }

  /** The consent's wording kept under its hash: written once, the same words again change nothing. */
  private keepWording(consent: ConsentWording, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.consentWording(consent.hash),
        UpdateExpression:
          "SET #text = if_not_exists(#text, :text), #language = if_not_exists(#language, :language), " +
          "#version = if_not_exists(#version, :version), firstGivenAt = if_not_exists(firstGivenAt, :now)",
        ExpressionAttributeNames: { "#text": "text", "#language": "language", "#version": "version" },
        ExpressionAttributeValues: {
          ":text": consent.text,
          ":language": consent.language,
          ":version": consent.version,
          ":now": now.toISOString(),
        },
      },
    };
  }

  /** The words behind a consent's hash, as they were kept when an applicant first agreed to them. */
  async consentWording(hash: string): Promise<ConsentWording | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.consentWording(hash) }));
    return Item ? { hash, ...withoutKeys<Omit<ConsentWording, "hash">>(Item) } : undefined;
  }

  /**
   * A new submission: each application with its lock on (person, table), the submission, and its confirmation
   * mail, in one transaction. Returns the tables where the person already has an open application (then nothing
   * was written); empty on success. A lock whose application expired unconfirmed no longer counts (TTL may lag).
   */
  async insertSubmission(
    applications: Application[],
    submission: Submission,
    confirmation: NewMail<"confirm_submission">,
    now: Date,
    consent?: ConsentWording,
  ): Promise<string[]> {
    const items: TransactItem[] = applications.flatMap((application) => [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.openApplication(emailHash(application.applicant.email), application.workTableId),
            applicationId: application.id,
            expiresAt: application.expiresAt,
          },
          ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
          ExpressionAttributeValues: { ":now": epochSeconds(now) },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...this.applicationKeys(application), ...application },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    items.push(
      { Put: { TableName: this.tableName, Item: { ...keys.submission(submission.id), ...submission } } },
      queueMail(this.tableName, confirmation, now),
    );
    if (consent) items.push(this.keepWording(consent, now));
    const failed = await transact(this.db, items);
    // Items come in pairs per application (lock, application): a failed lock names its table.
    return failed.flatMap((index) => {
      const application = applications[Math.floor(index / 2)];
      return index % 2 === 0 && application ? [application.workTableId] : [];
    });
  }

  /**
   * Records a fresh confirmation mail of a submission still waiting for confirmation, with the mail, unless
   * another one was recorded since `seenAt` (two repeated applications at once queue one mail, not two).
   */
  async recordConfirmationMail(
    submission: Submission,
    mail: NewMail<"confirm_submission">,
    count: number,
    now: Date,
  ): Promise<boolean> {
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.submission(submission.id),
          UpdateExpression: "SET lastConfirmationAt = :now, confirmationMailId = :mail, confirmations = :count",
          ConditionExpression: "lastConfirmationAt = :seen AND attribute_not_exists(confirmedAt)",
          ExpressionAttributeValues: {
            ":now": now.toISOString(),
            ":mail": mail.id,
            ":count": count,
            ":seen": submission.lastConfirmationAt,
          },
        },
      },
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * The double opt-in: the submission is marked confirmed, each application becomes what `confirmed` holds (only
   * from pending_confirmation), its lock stays while it is open, and the mails are queued: one transaction. False
   * when someone confirmed at the same moment (nothing was written).
   */
  async confirm(submissionId: string, confirmed: Application[], mails: NewMail[], now: Date): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.submission(submissionId),
          UpdateExpression: "SET confirmedAt = :now, expiresAt = :expires",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(confirmedAt)",
          ExpressionAttributeValues: {
            ":now": now.toISOString(),
            ":expires": epochSeconds(new Date(now.getTime() + CONFIRMED_SUBMISSION_DAYS * DAY_MS)),
          },
        },
      },
    ];
    for (const application of confirmed) {
      items.push(
        {
          Put: {
            TableName: this.tableName,
            Item: { ...this.applicationKeys(application), ...application },
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
        // The report counts it as received from now on (issue 23): a record without the applicant.
        receivedApplicationFact(this.tableName, application, now.toISOString()),
        // The applicant's own step, through the link in their mail.
        auditPut(
          this.tableName,
          {
            at: now.toISOString(),
            actor: "link:applicant",
            action: "application.confirm",
            subject: { type: "application", id: application.id },
            after: { status: application.status, routedTo: application.routedTo?.name ?? null },
          },
          now,
        ),
      );
    }
    for (const mail of mails) items.push(queueMail(this.tableName, mail, now));
    return (await transact(this.db, items)).length === 0;
  }

  /**
   * The decision, in one transaction: the application becomes `decided` (only from submitted), the person's lock on
   * the table goes, the applicant's mail is queued, the audit entry is written and, on acceptance (`partner`), the
   * applicant joins the partner list with the table (created or merged, never erased: see acceptedPartnerUpdate).
   * False when the application was decided at the same moment, or (with `routedToEmail`, a decision through a link)
   * routed to someone else meanwhile: nothing was written.
   */
  async decide(
    decision: {
      decided: Application;
      mail: NewMail;
      audit: NewAuditEntry;
      partner?: { applicant: Applicant; workTableId: string };
      routedToEmail?: string;
    },
    now: Date,
  ): Promise<boolean> {
    const { decided, mail, audit, partner, routedToEmail } = decision;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...this.applicationKeys(decided), ...decided },
          ConditionExpression: routedToEmail
            ? "#status = :submitted AND routedTo.email = :routed"
            : "#status = :submitted",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":submitted": "submitted",
            ...(routedToEmail ? { ":routed": routedToEmail } : {}),
          },
        },
      },
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.openApplication(emailHash(decided.applicant.email), decided.workTableId),
        },
      },
      queueMail(this.tableName, mail, now),
      auditPut(this.tableName, audit, now),
      decidedApplicationFact(
        this.tableName,
        decided,
        decided.status === "accepted" ? "accepted" : "declined",
        now.toISOString(),
      ),
      ...(partner
        ? [acceptedPartnerUpdate(this.tableName, partner.applicant, partner.workTableId, now.toISOString())]
        : []),
    ];
    return (await transact(this.db, items)).length === 0;
  }

  /**
   * A submitted application routed to someone else: its changed version replaces it, only if nobody changed it
   * since it was read (`before`), with the new recipient's mail and the audit entry, in one transaction. False when
   * it changed meanwhile: nothing was written.
   */
  async reroute(
    change: { before: Application; after: Application; mail: NewMail; audit: NewAuditEntry },
    now: Date,
  ): Promise<boolean> {
    const { before, after, mail, audit } = change;
    const failed = await transact(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...this.applicationKeys(after), ...after },
          ConditionExpression: "#status = :submitted AND updatedAt = :seen",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":submitted": "submitted", ":seen": before.updatedAt },
        },
      },
      queueMail(this.tableName, mail, now),
      auditPut(this.tableName, audit, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Newest first; by status through gsi2, otherwise through gsi1. A work table narrows either, `before` keeps
   * those that entered their status before then (overdue ones), `search` those whose name, address or
   * organisation contains the text (a filter on the Query: bounded reads, never a Scan).
   */
  async list(filter: {
    status?: ApplicationStatus;
    workTableId?: string;
    before?: Date;
    search?: string;
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<ApplicationPage> {
    const query: QueryCommandInput = filter.status
      ? {
          TableName: this.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: filter.before ? "gsi2pk = :pk AND gsi2sk < :before" : "gsi2pk = :pk",
          ExpressionAttributeValues: {
            ":pk": keys.applicationsStatusPartition(filter.status),
            ...(filter.before ? { ":before": filter.before.toISOString() } : {}),
          },
        }
      : {
          TableName: this.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.applicationsPartition },
        };
    const filters: string[] = [];
    if (filter.workTableId) {
      filters.push("workTableId = :workTableId");
      query.ExpressionAttributeValues = { ...query.ExpressionAttributeValues, ":workTableId": filter.workTableId };
    }
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      filters.push("contains(searchText, :search)");
      query.ExpressionAttributeValues = { ...query.ExpressionAttributeValues, ":search": search };
    }
    if (filters.length) query.FilterExpression = filters.join(" AND ");
    const page = await readFilledPage(this.db, { ...query, ScanIndexForward: false }, filter.limit, filter.startKey);
    const items = page.items.map((item) => withoutKeys<Application>(item));
    return page.nextKey ? { items, nextKey: page.nextKey } : { items };
  }

  /** How many applications are in a status (and entered it before `before`): one counting Query on gsi2. */
  async count(status: ApplicationStatus, before?: Date): Promise<number> {
    return countQuery(this.db, {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: before ? "gsi2pk = :pk AND gsi2sk < :before" : "gsi2pk = :pk",
      ExpressionAttributeValues: {
        ":pk": keys.applicationsStatusPartition(status),
        ...(before ? { ":before": before.toISOString() } : {}),
      },
    });
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
    mail: NewMail,
    now: Date,
  ): Promise<boolean> {
    const failed = await transact(this.db, [
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
      queueMail(this.tableName, mail, now),
    ]);
    return failed.length === 0;
  }

  /**
   * Marks applications as escalated together with the one digest mail that tells the coordinators. Applications
   * decided in the meantime drop out and the rest is tried again. Returns the ones escalated.
   */
  async escalate(
    applications: Application[],
    digest: (applications: Application[]) => NewMail,
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
      items.push(queueMail(this.tableName, digest(batch), now));
      const failed = await transact(this.db, items);
      if (failed.length === 0) return batch;
      batch = batch.filter((_, index) => !failed.includes(index));
    }
    return [];
  }

  private applicationKeys(application: Application) {
    const since = application.submittedAt ?? application.createdAt;
    const { name, email, organisation } = application.applicant;
    return {
      // What the console's search looks in; deleted with the application.
      searchText: [name, email, organisation ?? ""].join(" ").toLowerCase(),
      ...keys.application(application.id),
      ...keys.applicationsByCreation(application.createdAt, application.id),
      ...keys.applicationsByStatus(application.status, application.decision?.decidedAt ?? since, application.id),
      ...aboutPerson(email, "APP", application.id),
    };
  }
}
