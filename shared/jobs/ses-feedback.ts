import type { EventBridgeEvent } from "aws-lambda";
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

/** The detail types of the SES events the feedback rule passes on (the configuration set's EventBridge destination). */
export const SES_FEEDBACK_DETAIL_TYPES = ["Email Bounced", "Email Complaint Received"] as const;

/** One SES event on the default bus: its detail is the same event record SES writes to every destination. */
export type SesFeedbackEvent = EventBridgeEvent<(typeof SES_FEEDBACK_DETAIL_TYPES)[number], SesNotification>;

/**
 * SES bounces and complaints (configuration set → default event bus → rule → this) onto the suppression list.
 * Idempotent: EventBridge may deliver an event twice. A failure throws, so Lambda retries the asynchronous
 * invocation and finally puts the event into the feedback dead-letter queue.
 */
export async function handleSesFeedback(
  event: SesFeedbackEvent,
  suppressions: SuppressionRepository,
  now = new Date(),
) {
  let added = 0;
  if (event?.source !== "aws.ses" || typeof event.detail !== "object" || event.detail === null) return { added };
  for (const suppression of suppressionsFrom(event.detail, now)) {
    await suppressions.add(suppression);
    added++;
  }
  return { added };
}
