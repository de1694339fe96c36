import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { RETENTION } from "../domain/application.ts";
import type { TokenSigner } from "../security/tokens.ts";
import { keys } from "../store/keys.ts";
import { composeMime } from "./compose.ts";
import { conferenceIcs } from "./ics.ts";
import type { ConferenceMailData, OutboxMail, Recipient } from "./outbox.ts";
import { type MailLinks, mailContent, renderHtml, renderText } from "./templates.ts";
import { type MailTransport, TransientMailError } from "./transport.ts";

export interface MailerDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  transport: MailTransport;
  signer: () => Promise<TokenSigner>;
  sender: Recipient;
  /** Where the pages behind the links live, e.g. https://netzwerk.example.org (no trailing slash). */
  baseUrl: string;
  /** After this many tries a transiently failing mail is kept as failed. */
  maxAttempts: number;
  now?: () => Date;
  /** A mail claimed longer ago than this, with no outcome, was interrupted mid-send. */
  staleAfterMs?: number;
}

/** sent: delivered to SES now. skipped: nothing to do (sent before, or not queued). failed: kept as failed. */
export type SendOutcome = "sent" | "skipped" | "failed";

const SENT_MAIL_DAYS = 30;
const FAILED_MAIL_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Sends one outbox mail, at most once: the mail is claimed (queued → sending) with a conditional update before
 * SES is called, so a second delivery of the same id finds nothing to do. A transient failure puts it back to
 * queued and throws, for the caller's queue to retry it; after the last try, or on a permanent failure, the
 * mail stays as failed with the reason. A mail interrupted between claim and outcome (a crash mid-send) is not
 * sent again, since it may have gone out: it is marked failed as "interrupted" after `staleAfterMs`.
 */
export async function sendOutboxMail(deps: MailerDeps, mailId: string): Promise<SendOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const key = keys.mail(mailId);
  const mail = await claim(deps, mailId, now);
  if (!mail) return settleUnclaimed(deps, mailId, now);

  try {
    const links = await signLinks(deps, mail, now);
    const content = mailContent(mail, links);
    const raw = await composeMime({
      from: deps.sender,
      to: mail.to,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: content.subject,
      text: renderText(content, mail.locale),
      html: renderHtml(content, mail.locale),
      ...conferenceParts(mail, links, deps.sender.email),
    });
    const { messageId } = await deps.transport.sendRaw(raw);
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression:
          "SET #status = :sent, sentAt = :now, messageId = :messageId, expiresAt = :expires, gsi2pk = :index REMOVE lastError",
        ConditionExpression: "#status = :sending",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sent": "sent",
          ":sending": "sending",
          ":now": now.toISOString(),
          ":messageId": messageId,
          ":expires": Math.floor((now.getTime() + SENT_MAIL_DAYS * DAY_MS) / 1000),
          ":index": keys.mailsStatusPartition("sent"),
        },
      }),
    );
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof TransientMailError && mail.attempts < deps.maxAttempts) {
      await setStatus(deps, mailId, "queued", { lastError: reason });
      throw error;
    }
    await setStatus(deps, mailId, "failed", { failedReason: reason });
    return "failed";
  }
}

async function claim(deps: MailerDeps, mailId: string, now: Date): Promise<OutboxMail | undefined> {
  try {
    const { Attributes } = await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: keys.mail(mailId),
        UpdateExpression: "SET #status = :sending, attempts = attempts + :one, claimedAt = :now, gsi2pk = :index",
        ConditionExpression: "#status = :queued",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sending": "sending",
          ":queued": "queued",
          ":one": 1,
          ":now": now.toISOString(),
          ":index": keys.mailsStatusPartition("sending"),
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return Attributes as OutboxMail;
  } catch (error) {
    if ((error as Error).name === "ConditionalCheckFailedException") return undefined;
    throw error;
  }
}

/** The mail was not queued: already sent, already failed, missing, or stuck mid-send. */
async function settleUnclaimed(deps: MailerDeps, mailId: string, now: Date): Promise<SendOutcome> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: keys.mail(mailId), ConsistentRead: true }),
  );
  const mail = Item as OutboxMail | undefined;
  if (mail?.status === "failed") return "failed";
  const stale = deps.staleAfterMs ?? 15 * 60_000;
  if (mail?.status === "sending" && mail.claimedAt && now.getTime() - Date.parse(mail.claimedAt) > stale) {
    await setStatus(deps, mailId, "failed", {
      failedReason: "interrupted while sending; not retried, it may have gone out",
    });
    return "failed";
  }
  return "skipped";
}

async function setStatus(
  deps: MailerDeps,
  mailId: string,
  status: "queued" | "failed",
  fields: { lastError?: string; failedReason?: string },
) {
  if (status === "failed") {
    // A failed mail stays for coordinators to see, then goes: it holds names and addresses.
    Object.assign(fields, { expiresAt: Math.floor(Date.now() / 1000) + FAILED_MAIL_DAYS * 86_400 });
  }
  const names = Object.keys(fields);
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: keys.mail(mailId),
      UpdateExpression: `SET #status = :status, gsi2pk = :index${names.map((n) => `, ${n} = :${n}`).join("")}`,
      ConditionExpression: "#status = :sending",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":status": status,
        ":sending": "sending",
        ":index": keys.mailsStatusPartition(status),
        ...Object.fromEntries(Object.entries(fields).map(([n, v]) => [`:${n}`, v])),
      },
    }),
  );
}

/** A conference mail carries its calendar entry and the one-click unsubscribe headers (RFC 8058). */
function conferenceParts(mail: OutboxMail, links: MailLinks & { unsubscribeApi?: string }, organizer: string) {
  if (mail.kind !== "conference") return {};
  const data = mail.data as ConferenceMailData;
  return {
    calendar: {
      method: data.mailing === "cancellation" ? ("CANCEL" as const) : ("REQUEST" as const),
      content: conferenceIcs(data, organizer),
    },
    ...(links.unsubscribeApi
      ? {
          headers: {
            "List-Unsubscribe": `<${links.unsubscribeApi}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        }
      : {}),
  };
}

const YEAR_MS = 365 * DAY_MS;

async function signLinks(
  deps: MailerDeps,
  mail: OutboxMail,
  now: Date,
): Promise<MailLinks & { unsubscribeApi?: string }> {
  const signer = await deps.signer();
  const lang = mail.locale === "de" ? "" : `?lang=${mail.locale}`;
  switch (mail.kind) {
    case "confirm_submission": {
      const data = mail.data as OutboxMail<"confirm_submission">["data"];
      const expires = new Date(Date.parse(data.createdAt) + RETENTION.unconfirmedDays * DAY_MS);
      return { confirm: `${deps.baseUrl}/bestaetigung/${signer.sign("confirm", data.submissionId, expires)}${lang}` };
    }
    case "new_application":
    case "decision_reminder": {
      const data = mail.data as OutboxMail<"new_application">["data"];
      const expires = new Date(now.getTime() + RETENTION.decisionLinkDays * DAY_MS);
      return { decide: `${deps.baseUrl}/entscheidung/${signer.sign("decide", data.applicationId, expires)}` };
    }
    case "conference": {
      const data = mail.data as ConferenceMailData;
      if (data.test) return {};
      const unsubscribeToken = signer.sign("unsubscribe", data.partnerEmail, new Date(now.getTime() + YEAR_MS));
      const rsvpToken = signer.sign("rsvp", `${data.conferenceId}|${data.partnerEmail}`, new Date(data.endsAt));
      return {
        ...(data.mailing === "cancellation" ? {} : { rsvp: `${deps.baseUrl}/teilnahme/${rsvpToken}${lang}` }),
        unsubscribe: `${deps.baseUrl}/abmelden/${unsubscribeToken}${lang}`,
        unsubscribeApi: `${deps.baseUrl}/api/unsubscribe/${unsubscribeToken}`,
      };
    }
    default:
      return {};
  }
}
