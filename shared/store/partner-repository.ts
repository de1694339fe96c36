import { randomBytes } from "node:crypto";
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { isEmailInPath, isPartnerHandle } from "../domain/ids.ts";
import type { NewMail } from "../domain/mail.ts";
import type { Partner } from "../domain/partner.ts";
import type { PartnerImport } from "../domain/partner-csv.ts";
import { auditPut } from "./audit.ts";
import { isConditionFailure, readFilledPage, type TransactItem, transact } from "./dynamo-helpers.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queueMail } from "./outbox.ts";
import { queryAll } from "./query-all.ts";

export type ImportOutcome = "taken" | "merged" | "unchanged";

export type UnsubscribeResult =
  | { outcome: "unsubscribed" | "already_unsubscribed"; partner: Partner }
  | { outcome: "not_found" };

export type ResubscribeResult =
  | { outcome: "resubscribed" | "not_unsubscribed"; partner: Partner }
  | { outcome: "not_found" };

/** What a coordinator may change of a partner in the console. */
export interface PartnerEdit {
  name: string;
  organisation?: string;
  workTableIds: string[];
  locale: Partner["locale"];
  legalBasis?: string;
}

export type EditResult =
  | { outcome: "saved" | "unchanged"; partner: Partner }
  | { outcome: "stale"; partner: Partner }
  | { outcome: "not_found" };

/** What the console's search looks in (lower case); kept on the item, not part of the record. */
export const partnerSearchText = (p: { name: string; email: string; organisation?: string | null }) =>
  [p.name, p.email, p.organisation ?? ""].join(" ").toLowerCase();

export interface PartnerPage {
  items: Partner[];
  /** Where the next page starts (a key of the directory index); the HTTP edge seals it into a cursor. */
  nextKey?: Record<string, unknown>;
}

const KEY_NAMES = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;
/** A new partner's link handle: 16 random bytes, never derived from the address. */
export const newPartnerHandle = () => randomBytes(16).toString("base64url");
const IMPORT_CONCURRENCY = 8;
const normalize = (email: string) => email.trim().toLowerCase();

/**
 * The partner directory: one item per email address (lower case), listed through gsi1 (`PARTNERS`, by email).
 * Accepted applications upsert partners too (`acceptedPartnerUpdate`, in the decision's transaction), with the
 * same attributes:
 * name, email, organisation, locale, source, workTableIds (a string set, absent while empty), createdAt,
 * updatedAt, handle, gsi1pk/gsi1sk, gsi2pk/gsi2sk (by handle); imports add legalBasis, the mailing list
 * unsubscribedAt and resubscriptions.
 *
 * An import only adds: a new email address is "taken"; an existing one is "merged" when the row brings a work
 * table it lacks, or an organisation or legal basis it has none of. The name (and anything else already there)
 * is never overwritten: the partner may have given it themselves when applying. A row that brings nothing new
 * is "unchanged" and not written at all, so importing the same file again changes nothing, not even updatedAt.
 * An import never touches unsubscribedAt.
 */
export class PartnerRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async get(email: string): Promise<Partner | undefined> {
    if (!isEmailInPath(email)) return undefined;
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.partner(normalize(email)), ConsistentRead: true }),
    );
    return Item ? toPartner(Item) : undefined;
  }

  /** The partner a link names by its handle (gsi2), or undefined. */
  async byHandle(handle: string): Promise<Partner | undefined> {
    if (!isPartnerHandle(handle)) return undefined;
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi2",
        KeyConditionExpression: "gsi2pk = :pk AND gsi2sk = :sk",
        ExpressionAttributeValues: {
          ":pk": keys.partnerByHandle(handle).gsi2pk,
          ":sk": keys.partnerByHandle(handle).gsi2sk,
        },
        Limit: 1,
      }),
    );
    return Items[0] ? toPartner(Items[0]) : undefined;
  }

  /** The partner's link handle, made now for a partner stored before handles existed. */
  async ensureHandle(partner: Pick<Partner, "email" | "handle">): Promise<string> {
    if (partner.handle) return partner.handle;
    const handle = newPartnerHandle();
    const { Attributes } = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.partner(normalize(partner.email)),
        UpdateExpression:
          "SET handle = if_not_exists(handle, :handle), gsi2pk = if_not_exists(gsi2pk, :pk), gsi2sk = :sk",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: {
          ":handle": handle,
          ":pk": keys.partnerByHandle(handle).gsi2pk,
          ":sk": keys.partnerByHandle(handle).gsi2sk,
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return String(Attributes?.handle ?? handle);
  }

  /** Adds one imported partner, or merges it into the existing one (see the class comment). */
  async importPartner(partner: PartnerImport, now: Date): Promise<ImportOutcome> {
    return this.write(partner, await this.get(partner.email), now);
  }

  /** Imports many partners: existing ones read in batches, writes a few at a time. Counts the outcomes. */
  async importPartners(partners: readonly PartnerImport[], now: Date): Promise<Record<ImportOutcome, number>> {
    const existing = await this.getMany(partners.map((p) => p.email));
    const counts: Record<ImportOutcome, number> = { taken: 0, merged: 0, unchanged: 0 };
    let next = 0;
    const worker = async () => {
      while (next < partners.length) {
        const partner = partners[next++] as PartnerImport;
        counts[await this.write(partner, existing.get(partner.email), now)]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, partners.length) }, worker));
    return counts;
  }

  /** The directory by email address, page by page; `workTableId` keeps the partners of one work table. */
  async list(filter: {
    workTableId?: string;
    /** Keeps the partners whose name, address or organisation contains it (case-insensitive). */
    search?: string;
    limit: number;
    startKey?: Record<string, unknown>;
  }): Promise<PartnerPage> {
    const startKey = filter.startKey && isDirectoryKey(filter.startKey) ? filter.startKey : undefined;
    const query = this.directoryQuery(filter.workTableId, filter.search?.trim().toLowerCase() || undefined);
    const page = await readFilledPage(this.db, query, filter.limit, startKey);
    const result: PartnerPage = { items: page.items.map(toPartner) };
    if (page.nextKey) result.nextKey = page.nextKey;
    return result;
  }

  /** Every partner (of one work table), by email address: for the export and for mailings. */
  async all(filter: { workTableId?: string } = {}): Promise<Partner[]> {
    return (await queryAll(this.db, this.directoryQuery(filter.workTableId))).map(toPartner);
  }

  /**
   * The partner leaves the mailing list: by the link in a mail (one click, `actor` "link:partner") or a
   * coordinator on their request. Again changes nothing: the first time stays recorded. Audited.
   */
  async unsubscribe(email: string, now: Date, actor = "link:partner", note?: string): Promise<UnsubscribeResult> {
    const at = now.toISOString();
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.partner(normalize(email)),
          UpdateExpression: "SET unsubscribedAt = :now, updatedAt = :now",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(unsubscribedAt)",
          ExpressionAttributeValues: { ":now": at },
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor,
          action: "partner.unsubscribe",
          subject: { type: "partner", id: normalize(email) },
          after: { unsubscribedAt: at },
          ...(note ? { note } : {}),
        },
        now,
      ),
    ]);
    const partner = await this.get(email);
    if (!partner) return { outcome: "not_found" };
    return { outcome: failed.length > 0 ? "already_unsubscribed" : "unsubscribed", partner };
  }

  /**
   * Undoes an unsubscription: only on the partner's own request, which `note` must describe (who asked, how,
   * when). Recorded in `resubscriptions` with the coordinator (`by`), and in the audit log.
   */
  async resubscribe(email: string, request: { by: string; note: string }, now: Date): Promise<ResubscribeResult> {
    const note = request.note.trim();
    if (!note) throw new Error("A resubscription needs a note on the partner's request.");
    const at = now.toISOString();
    const before = await this.get(email);
    if (!before) return { outcome: "not_found" };
    if (!before.unsubscribedAt) return { outcome: "not_unsubscribed", partner: before };
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.partner(normalize(email)),
          UpdateExpression:
            "REMOVE unsubscribedAt SET updatedAt = :now, " +
            "resubscriptions = list_append(if_not_exists(resubscriptions, :none), :entry)",
          ConditionExpression: "attribute_exists(pk) AND attribute_exists(unsubscribedAt)",
          ExpressionAttributeValues: { ":now": at, ":none": [], ":entry": [{ at, by: request.by, note }] },
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor: request.by,
          action: "partner.resubscribe",
          subject: { type: "partner", id: before.email },
          before: { unsubscribedAt: before.unsubscribedAt },
          after: { unsubscribedAt: null },
          note,
        },
        now,
      ),
    ]);
    const partner = await this.get(email);
    if (!partner) return { outcome: "not_found" };
    return { outcome: failed.length > 0 ? "not_unsubscribed" : "resubscribed", partner };
  }

  /**
   * A coordinator's edit of a partner: written only over the version the form was made from (`expectedVersion`
   * = its updatedAt), so a change in between (an acceptance, another coordinator) is never overwritten.
   * The audit entry holds the fields before and after.
   */
  async edit(
    email: string,
    edit: PartnerEdit,
    options: { expectedVersion: string; actor: string },
    now: Date,
  ): Promise<EditResult> {
    const current = await this.get(email);
    if (!current) return { outcome: "not_found" };
    if (current.updatedAt !== options.expectedVersion) return { outcome: "stale", partner: current };
    const was = editable(current);
    const is = editable({ ...current, ...edit, workTableIds: new Set(edit.workTableIds) });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(is) as (keyof typeof is)[]) {
      if (JSON.stringify(was[key]) !== JSON.stringify(is[key])) {
        before[key] = was[key] ?? null;
        after[key] = is[key] ?? null;
      }
    }
    if (Object.keys(after).length === 0) return { outcome: "unchanged", partner: current };
    const at = now.toISOString();
    const removes = [
      ...(edit.organisation ? [] : ["organisation"]),
      ...(edit.legalBasis ? [] : ["legalBasis"]),
      ...(edit.workTableIds.length > 0 ? ["tablesLeftAt"] : ["workTableIds"]),
    ];
    const sets = ["#name = :name", "locale = :locale", "updatedAt = :now", "searchText = :searchText"];
    const values: Record<string, unknown> = {
      ":name": edit.name,
      ":locale": edit.locale,
      ":now": at,
      ":seen": current.updatedAt,
      ":searchText": partnerSearchText({ name: edit.name, email: current.email, organisation: edit.organisation }),
    };
    if (edit.organisation) {
      sets.push("organisation = :organisation");
      values[":organisation"] = edit.organisation;
    }
    if (edit.legalBasis) {
      sets.push("legalBasis = :legalBasis");
      values[":legalBasis"] = edit.legalBasis;
    }
    if (edit.workTableIds.length > 0) {
      sets.push("workTableIds = :tables");
      values[":tables"] = new Set(edit.workTableIds);
    }
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.partner(current.email),
          UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
          ConditionExpression: "updatedAt = :seen",
          ExpressionAttributeNames: { "#name": "name" },
          ExpressionAttributeValues: values,
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor: options.actor,
          action: "partner.update",
          subject: { type: "partner", id: current.email },
          before,
          after,
        },
        now,
      ),
    ]);
    if (failed.length === 0 && edit.workTableIds.length === 0 && current.workTableIds.size > 0) {
      await this.markTablesLeft(email, now);
    }
    const partner = (await this.get(email)) ?? current;
    return { outcome: failed.length > 0 ? "stale" : "saved", partner };
  }

  /**
   * A member leaves a work table: by the link in a meeting's mail (`actor` "link:partner", action
   * `partner.leave_table`), or a contact person or coordinator removes them (`partner.remove_from_table`, with a
   * note and the polite mail to the member, queued in the same transaction). False when they were no member
   * (any more): nothing is written then.
   */
  async removeFromTable(
    email: string,
    workTableId: string,
    change: { actor: string; action: "partner.leave_table" | "partner.remove_from_table"; note?: string },
    now: Date,
    mail?: NewMail,
  ): Promise<boolean> {
    const at = now.toISOString();
    const failed = await transact(this.db, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.partner(normalize(email)),
          UpdateExpression: "DELETE workTableIds :table SET updatedAt = :now",
          ConditionExpression: "attribute_exists(pk) AND contains(workTableIds, :id)",
          ExpressionAttributeValues: { ":table": new Set([workTableId]), ":id": workTableId, ":now": at },
        },
      },
      auditPut(
        this.tableName,
        {
          at,
          actor: change.actor,
          action: change.action,
          subject: { type: "partner", id: normalize(email) },
          before: { workTable: workTableId },
          ...(change.note ? { note: change.note } : {}),
        },
        now,
      ),
      ...(mail ? [queueMail(this.tableName, mail, now)] : []),
    ]);
    if (failed.length > 0) return false;
    // The last table gone: the retention clock starts (see jobs/retention.ts).
    await this.markTablesLeft(email, now);
    return true;
  }

  /** Marks a partner who belongs to no work table now (no-op otherwise, or when already marked). */
  private async markTablesLeft(email: string, now: Date): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.partner(normalize(email)),
          UpdateExpression: "SET tablesLeftAt = :now",
          ConditionExpression:
            "attribute_exists(pk) AND attribute_not_exists(workTableIds) AND attribute_not_exists(tablesLeftAt)",
          ExpressionAttributeValues: { ":now": now.toISOString() },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** What an import would do, row by row, without writing anything (the console's preview). */
  async previewImport(partners: readonly PartnerImport[]): Promise<ImportOutcome[]> {
    const existing = await this.getMany(partners.map((p) => p.email));
    return partners.map((p) => importOutcome(p, existing.get(p.email)));
  }

  private directoryQuery(workTableId: string | undefined, search?: string): QueryCommandInput {
    const filters = [
      ...(workTableId ? ["contains(workTableIds, :workTableId)"] : []),
      // Partners stored before searchText existed are still found by their address.
      ...(search ? ["(contains(searchText, :search) OR contains(email, :search))"] : []),
    ];
    return {
      TableName: this.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: {
        ":pk": keys.partnersPartition,
        ...(workTableId ? { ":workTableId": workTableId } : {}),
        ...(search ? { ":search": search } : {}),
      },
      ...(filters.length > 0 ? { FilterExpression: filters.join(" AND ") } : {}),
    };
  }

  /** Writes one imported partner against what was read; a concurrent change (e.g. an acceptance) is read again. */
  private async write(partner: PartnerImport, existing: Partner | undefined, now: Date): Promise<ImportOutcome> {
    let current = existing;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        if (!current) {
          await this.put(partner, now);
          return "taken";
        }
        return await this.merge(partner, current, now);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        current = await this.get(partner.email);
      }
    }
    throw new Error("The partner kept changing during the import.");
  }

  private async put(partner: PartnerImport, now: Date): Promise<void> {
    const at = now.toISOString();
    const handle = newPartnerHandle();
    const item: Partner = {
      email: partner.email,
      handle,
      name: partner.name,
      ...(partner.organisation ? { organisation: partner.organisation } : {}),
      workTableIds: new Set(partner.workTableIds),
      locale: "de",
      source: "import",
      ...(partner.legalBasis ? { legalBasis: partner.legalBasis } : {}),
      createdAt: at,
      updatedAt: at,
    };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.partner(partner.email),
          ...keys.partnersByEmail(partner.email),
          ...keys.partnerByHandle(handle),
          ...item,
          searchText: partnerSearchText(item),
          // DynamoDB has no empty sets: the attribute is absent while the partner is at no work table.
          workTableIds: item.workTableIds.size > 0 ? item.workTableIds : undefined,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  }

  private async merge(partner: PartnerImport, current: Partner, now: Date): Promise<ImportOutcome> {
    const newTables = partner.workTableIds.filter((id) => !current.workTableIds.has(id));
    const sets = ["updatedAt = :now"];
    const values: Record<string, unknown> = { ":now": now.toISOString(), ":seen": current.updatedAt };
    if (partner.organisation && !current.organisation) {
      sets.push("organisation = :organisation", "searchText = :searchText");
      values[":organisation"] = partner.organisation;
      values[":searchText"] = partnerSearchText({ ...current, organisation: partner.organisation });
    }
    if (partner.legalBasis && !current.legalBasis) {
      sets.push("legalBasis = :legalBasis");
      values[":legalBasis"] = partner.legalBasis;
    }
    if (newTables.length > 0) values[":tables"] = new Set(newTables);
    if (importOutcome(partner, current) === "unchanged") return "unchanged";
    if (!current.handle) {
      const handle = newPartnerHandle();
      sets.push("handle = :handle", "gsi2pk = :hpk", "gsi2sk = :hsk");
      Object.assign(values, {
        ":handle": handle,
        ":hpk": keys.partnerByHandle(handle).gsi2pk,
        ":hsk": keys.partnerByHandle(handle).gsi2sk,
      });
    }
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.partner(partner.email),
        UpdateExpression: `SET ${sets.join(", ")}${newTables.length > 0 ? " ADD workTableIds :tables REMOVE tablesLeftAt" : ""}`,
        // Written against the version read: a change in between (an acceptance, another import) is read again.
        ConditionExpression: "updatedAt = :seen",
        ExpressionAttributeValues: values,
      }),
    );
    return "merged";
  }

  /** Reads many partners, 100 keys a request (BatchGetItem's limit); unprocessed keys are asked for again. */
  private async getMany(emails: readonly string[]): Promise<Map<string, Partner>> {
    const found = new Map<string, Partner>();
    const unique = [...new Set(emails.map(normalize))];
    for (let start = 0; start < unique.length; start += 100) {
      let requestKeys: Record<string, unknown>[] | undefined = unique
        .slice(start, start + 100)
        .map((email) => keys.partner(email));
      for (let attempt = 0; requestKeys?.length && attempt < 10; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: requestKeys, ConsistentRead: true } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) {
          const partner = toPartner(item);
          found.set(partner.email, partner);
        }
        requestKeys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
      if (requestKeys?.length) throw new Error("DynamoDB left partner reads unprocessed.");
    }
    return found;
  }
}

/**
 * The partner write of an accepted application, for the decision's transaction: creates the partner or adds the
 * work table. The rule: accepting merges, never erases. What the application states replaces what is known, since
 * it is the person's own and newest word: the name and the language, and the organisation when the application
 * names one. What it leaves out stays as it is: an organisation (an imported partner applying without one keeps
 * it), the legal basis, the source and creation time, an unsubscription, the link handle, other work tables.
 */
export function acceptedPartnerUpdate(
  tableName: string,
  applicant: { name: string; email: string; organisation?: string; organisationType?: string; locale: string },
  workTableId: string,
  at: string,
): TransactItem {
  const index = keys.partnersByEmail(applicant.email);
  const handle = newPartnerHandle();
  return {
    Update: {
      TableName: tableName,
      Key: keys.partner(applicant.email),
      UpdateExpression:
        `SET #name = :name, ${applicant.organisation ? "organisation = :organisation, " : ""}${applicant.organisationType ? "organisationType = :type, " : ""}locale = :locale, updatedAt = :now, ` +
        "createdAt = if_not_exists(createdAt, :now), email = :email, #source = if_not_exists(#source, :source), " +
        "gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, handle = if_not_exists(handle, :handle), " +
        "gsi2pk = if_not_exists(gsi2pk, :gsi2pk), gsi2sk = :gsi2sk, searchText = :searchText ADD workTableIds :tables " +
        "REMOVE tablesLeftAt",
      ExpressionAttributeNames: { "#name": "name", "#source": "source" },
      ExpressionAttributeValues: {
        ":name": applicant.name,
        ...(applicant.organisation ? { ":organisation": applicant.organisation } : {}),
        ...(applicant.organisationType ? { ":type": applicant.organisationType } : {}),
        ":locale": applicant.locale,
        ":now": at,
        ":email": applicant.email,
        ":source": "application",
        ":tables": new Set([workTableId]),
        ":gsi1pk": index.gsi1pk,
        ":gsi1sk": index.gsi1sk,
        ":handle": handle,
        ":gsi2pk": keys.partnerByHandle(handle).gsi2pk,
        ":gsi2sk": keys.partnerByHandle(handle).gsi2sk,
        // An application without an organisation keeps the one known; the search then misses it until an edit.
        ":searchText": partnerSearchText(applicant),
      },
    },
  };
}

/** What an import row does to the partner as stored: new, something added, or nothing (see the class comment). */
export function importOutcome(row: PartnerImport, current: Partner | undefined): ImportOutcome {
  if (!current) return "taken";
  const adds =
    row.workTableIds.some((id) => !current.workTableIds.has(id)) ||
    (row.organisation && !current.organisation) ||
    (row.legalBasis && !current.legalBasis);
  return adds ? "merged" : "unchanged";
}

/** The fields a coordinator edits, in a form that compares (sorted work tables, no empty values). */
function editable(p: Pick<Partner, "name" | "organisation" | "workTableIds" | "locale" | "legalBasis">) {
  return {
    name: p.name,
    organisation: p.organisation || undefined,
    workTableIds: [...p.workTableIds].sort(),
    locale: p.locale,
    legalBasis: p.legalBasis || undefined,
  };
}

function toPartner(item: Record<string, unknown>): Partner {
  const partner = withoutKeys<Partner>(item);
  return { ...partner, workTableIds: new Set(partner.workTableIds ?? []) };
}

/** The directory's JSON shape: work table ids as a sorted array (a Set has no JSON form). */
export function partnerJson(partner: Partner) {
  return { ...partner, workTableIds: [...partner.workTableIds].sort() };
}

/** Whether a position is a key of the partner directory index (and nothing else): the edge checks it too. */
export function isDirectoryKey(key: Record<string, unknown>): boolean {
  const names = Object.keys(key);
  return (
    names.length === KEY_NAMES.length &&
    KEY_NAMES.every((name) => typeof key[name] === "string") &&
    key.gsi1pk === keys.partnersPartition
  );
}
