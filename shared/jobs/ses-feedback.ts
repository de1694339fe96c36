import type { SNSEvent } from "aws-lambda";
import type { Suppression, SuppressionRepository } from "../store/suppression-repository.ts";

interface SesNotification {
  notificationType?: string;
  eventType?: string;
  bounce?: {
    bounceType?: string;
    bounceSubType?: string;
    bouncedRecipients?: { emailAddress?: string }[];
    timestamp?: string;
  };
  complaint?: {
    complaintFeedbackType?: string;
    complainedRecipients?: { emailAddress?: string }[];
    timestamp?: string;
  };
}

/** The addresses one SES notification puts on the suppression list: permanent bounces and complaints only. */
export function suppressionsFrom(message: SesNotification, now: Date): Suppression[] {
  const type = message.notificationType ?? message.eventType;
  if (type === "Bounce" && message.bounce?.bounceType === "Permanent") {
    return (message.bounce.bouncedRecipients ?? []).flatMap((r) =>
      r.emailAddress
        ? [
            {
              email: r.emailAddress,
              reason: "bounce" as const,
              detail: `Permanent/${message.bounce?.bounceSubType ?? "General"}`,
              at: message.bounce?.timestamp ?? now.toISOString(),
            },
          ]
        : [],
    );
  }
  if (type === "Complaint") {
    return (message.complaint?.complainedRecipients ?? []).flatMap((r) =>
      r.emailAddress
        ? [
            {
              email: r.emailAddress,
              reason: "complaint" as const,
              detail: message.complaint?.complaintFeedbackType ?? "complaint",
              at: message.complaint?.timestamp ?? now.toISOString(),
            },
          ]
        : [],
    );
  }
  return [];
}

/** SES bounces and complaints (configuration set → SNS → this) onto the suppression list. Idempotent. */
export async function handleSesFeedback(event: SNSEvent, suppressions: SuppressionRepository, now = new Date()) {
  let added = 0;
  for (const record of event.Records) {
    let message: SesNotification;
    try {
      message = JSON.parse(record.Sns.Message);
    } catch {
      continue; // not an SES notification; nothing to retry
    }
    for (const suppression of suppressionsFrom(message, now)) {
      await suppressions.add(suppression);
      added++;
    }
  }
  return { added };
}
