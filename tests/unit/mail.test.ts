import type { DynamoDBRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { RETENTION } from "../../shared/domain/application.ts";
import { composeMime } from "../../shared/mail/compose.ts";
import { handleChanges, queuedMailId } from "../../shared/mail/on-change.ts";
import { pacer } from "../../shared/mail/pace.ts";
import { mailContent, renderHtml, renderText } from "../../shared/mail/templates.ts";

describe("mail content", () => {
  const mail = {
    kind: "new_application" as const,
    locale: "de" as const,
    data: {
      applicationId: "a1",
      table: { numeral: "I", name: "Kita/Übergang Schule" },
      contactName: "Luise Jahn",
      applicantName: '<script>alert("x")</script> & Söhne',
      organisationType: "association" as const,
      engagement: "volunteer" as const,
    },
  };

  it("has a text and an HTML part in German, with the link and the summary", () => {
    const content = mailContent(mail, { decide: "https://netzwerk.example.org/entscheidung/t" });
    expect(content.subject).toBe("Neuer Antrag für Arbeitstisch I – Kita/Übergang Schule");
    const text = renderText(content, "de");
    expect(text).toContain("Guten Tag Luise Jahn,");
    expect(text).toContain("https://netzwerk.example.org/entscheidung/t");
    expect(text).toContain("Art: Verein oder Initiative");
    expect(text).toContain("Mit freundlichen Grüßen");
  });

  it("escapes what a user typed in the HTML part", () => {
    const html = renderHtml(mailContent(mail, { decide: "https://x.example/e?a=1&b=2" }), "de");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Söhne");
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="https://x.example/e?a=1&amp;b=2"');
  });

  it("writes English for an applicant who chose it", () => {
    const content = mailContent(
      { kind: "application_forwarded", locale: "en", data: { applicantName: "Sam", routes: [] } },
      {},
    );
    expect(content.subject).toBe("Your application has been forwarded");
  });
});

describe("MIME composition", () => {
  it("never lets a name or subject start a header of its own", async () => {
    const raw = (
      await composeMime({
        from: { name: "Netzwerk Migration Schwerin", email: "netzwerk@example.org" },
        to: [{ name: "Eve\r\nBcc: everyone@example.org", email: "eve@example.org" }],
        replyTo: { name: "Mallory\nX-Injected: yes", email: "mallory@example.org" },
        subject: "Hallo\r\nBcc: everyone@example.org",
        text: "Text",
        html: "<p>Text</p>",
      })
    ).toString();
    const headers = raw.slice(0, raw.indexOf("\r\n\r\n")).split("\r\n");
    expect(headers.filter((h) => /^(bcc|x-injected):/i.test(h))).toEqual([]);
    expect(headers.some((h) => h.startsWith("Auto-Submitted: auto-generated"))).toBe(true);
    expect(raw).toContain("multipart/alternative");
  });
});

describe("the stream handler", () => {
  const record = (eventName: "INSERT" | "MODIFY", status: string, before?: string, sequence = "1") =>
    ({
      eventName,
      dynamodb: {
        SequenceNumber: sequence,
        NewImage: { pk: { S: "MAIL#m1" }, id: { S: "m1" }, status: { S: status } },
        ...(before ? { OldImage: { pk: { S: "MAIL#m1" }, status: { S: before } } } : {}),
      },
    }) as DynamoDBRecord;

  it("enqueues new mails and mails put back from failed, not the mailer's own retries", () => {
    expect(queuedMailId(record("INSERT", "queued"))).toBe("m1");
    expect(queuedMailId(record("MODIFY", "queued", "failed"))).toBe("m1");
    expect(queuedMailId(record("MODIFY", "queued", "sending"))).toBeUndefined();
    expect(queuedMailId(record("MODIFY", "sent", "sending"))).toBeUndefined();
  });

  it("reports the first record it could not enqueue, so the stream retries from there", async () => {
    const queue = {
      enqueue: async () => {
        throw new Error("SQS unavailable");
      },
    };
    expect(await handleChanges([record("INSERT", "queued", undefined, "42")], queue)).toEqual({
      batchItemFailures: [{ itemIdentifier: "42" }],
    });
  });
});

describe("pacing", () => {
  it("spaces sends to stay under the rate shared by the concurrent senders", async () => {
    const waits: number[] = [];
    const pace = pacer(10, 2, async (ms) => {
      waits.push(Math.round(ms / 10) * 10);
    });
    for (let i = 0; i < 4; i++) await pace();
    // 10 mails a second over two senders: one every 200 ms per sender.
    expect(waits).toEqual([200, 400, 600]);
  });
});

describe("numbers in mail come from the rules they describe", () => {
  const table = { numeral: "II", name: "Gesellschaftliche Integration" };
  const text = (kind: Parameters<typeof mailContent>[0]["kind"], data: unknown, locale: "de" | "en" = "de") =>
    renderText(mailContent({ kind, data, locale } as Parameters<typeof mailContent>[0], {}), locale);

  it("link validity and deletion times follow RETENTION", () => {
    expect(
      text("confirm_submission", { submissionId: "s", createdAt: "2026-12-01T10:00:00Z", tables: [table] }),
    ).toContain(`Der Link ist ${RETENTION.unconfirmedDays} Tage gültig.`);
    expect(
      text("new_application", {
        applicationId: "a",
        table,
        contactName: "K",
        applicantName: "A",
        organisationType: "individual",
        engagement: "volunteer",
      }),
    ).toContain(`Der Link ist ${RETENTION.decisionLinkDays} Tage gültig`);
    expect(text("application_decided", { applicantName: "A", table, outcome: "decline" }, "en")).toContain(
      `deleted after ${RETENTION.declinedMonths} months`,
    );
  });

  it("the follow-up days are the ones the daily run was set to", () => {
    const reminder = text("decision_reminder", {
      applicationId: "a",
      table,
      contactName: "K",
      submittedAt: "2026-12-01T10:00:00Z",
      escalateAfterDays: 21,
    });
    expect(reminder).toContain("Nach 21 Tagen ohne Entscheidung informieren wir die Koordination.");
    const digest = mailContent(
      {
        kind: "undecided_digest",
        locale: "de",
        data: { items: [], remindedAfterDays: 10, escalatedAfterDays: 21 },
      },
      {},
    );
    expect(digest.subject).toContain("seit über 21 Tagen");
    expect(renderText(digest, "de")).toContain("nach 10 Tagen bereits erinnert");
  });
});
