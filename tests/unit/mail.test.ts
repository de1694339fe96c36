import type { DynamoDBRecord } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import type { Application } from "../../shared/domain/application.ts";
import { RETENTION } from "../../shared/domain/application.ts";
import { decisionReminderMail, newApplicationMail } from "../../shared/domain/application-mail-data.ts";
import { LOCALES, type Locale } from "../../shared/domain/locale.ts";
import type { ConferenceMailData, OutboxMail } from "../../shared/domain/mail.ts";
import { countOf, dateTimeRange } from "../../shared/i18n/format.ts";
import { createLogger } from "../../shared/logging/logger.ts";
import { composeMime } from "../../shared/mail/compose.ts";
import { handleChanges, queuedMailId } from "../../shared/mail/on-change.ts";
import { pacer } from "../../shared/mail/pace.ts";
import { mailContent, renderHtml, renderText } from "../../shared/mail/templates.ts";
import { loadAllTexts } from "../support/texts.ts";

beforeAll(loadAllTexts);

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
    const lines: string[] = [];
    const logger = createLogger({ service: "test", write: (line) => lines.push(line) });
    expect(await handleChanges([record("INSERT", "queued", undefined, "42")], queue, logger)).toEqual({
      batchItemFailures: [{ itemIdentifier: "42" }],
    });
    // The failure is logged with the record's position and keys, never its image.
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([
      { level: "ERROR", message: "mail could not be queued", sequence: "42", error: "Error" },
    ]);
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

describe("mails in the applicant's and partner's language", () => {
  const table = { numeral: "II", name: "Gesellschaftliche Integration" };
  const links = {
    confirm: "https://netzwerk.example.org/c/t",
    rsvp: "https://netzwerk.example.org/r/t",
    leave: "https://netzwerk.example.org/l/t",
    unsubscribe: "https://netzwerk.example.org/u/t",
    imprint: "https://netzwerk.example.org/impressum",
    privacy: "https://netzwerk.example.org/datenschutz",
  };
  const conference = (mailing: ConferenceMailData["mailing"], meeting: boolean): ConferenceMailData => ({
    conferenceId: "c1",
    mailing,
    sequence: 1,
    season: "autumn",
    // A network conference (named by its season in the mail's language), or a work table's meeting.
    title: meeting ? "Treffen 4/2027" : "Teilhabe 2027",
    startsAt: "2027-10-21T09:00:00+02:00",
    endsAt: "2027-10-21T15:00:00+02:00",
    location: "Rathaus Schwerin",
    onlineUrl: "https://meet.example.org/x",
    agenda: "1. TOP",
    ...(mailing === "cancellation" ? { cancellationNote: "—" } : {}),
    ...(meeting ? { workTableId: "wt-2", table } : {}),
    partnerName: "Olena Kovalenko",
    partnerEmail: "olena@example.org",
    partnerHandle: "AAAAAAAAAAAAAAAAAAAAAA",
  });
  /** Every mail an applicant or partner can get. */
  const mails: [string, Pick<OutboxMail, "kind" | "data">][] = [
    [
      "confirmation",
      { kind: "confirm_submission", data: { submissionId: "s", createdAt: "2027-01-01", tables: [table] } },
    ],
    [
      "forwarded",
      {
        kind: "application_forwarded",
        data: { applicantName: "Olena Kovalenko", routes: [{ table, contactName: "Luise Jahn" }] },
      },
    ],
    [
      "accepted",
      { kind: "application_decided", data: { applicantName: "Olena", table, outcome: "accept", note: "—" } },
    ],
    [
      "declined",
      { kind: "application_decided", data: { applicantName: "Olena", table, outcome: "decline", note: "—" } },
    ],
    ...(["invitation", "reminder", "update", "cancellation"] as const).flatMap(
      (mailing): [string, Pick<OutboxMail, "kind" | "data">][] => [
        [`conference ${mailing}`, { kind: "conference", data: conference(mailing, false) }],
        [`meeting ${mailing}`, { kind: "conference", data: conference(mailing, true) }],
      ],
    ),
    ["member removed", { kind: "member_removed", data: { partnerName: "Olena Kovalenko", table } }],
  ];
  const ENGLISH = [
    "Work table",
    "work table",
    "What",
    "When",
    "Where",
    "Join online",
    "Agenda",
    "Kind regards",
    "Dear",
    "Hello",
    "Legal notice",
    "Privacy notice",
    "Invitation",
    "Reminder",
    "Changed",
    "Cancelled",
    "Reply",
    "Please",
    "Thank you",
    "application",
    "email",
    "AM",
    "PM",
  ];
  const GERMAN = [
    "Arbeitstisch",
    "Guten Tag",
    "Mit freundlichen Grüßen",
    "Impressum:",
    "Datenschutz:",
    "Uhr",
    "Antrag",
  ];
  const SCRIPT: Record<Locale, RegExp> = {
    de: /Grüßen/,
    en: /regards/,
    uk: /[іїєґ]/,
    ru: /[ыэъё]/,
    ar: /[\u0600-\u06FF]/,
    tr: /[ğışİ]/,
  };
  const words = (text: string, list: string[]) =>
    list.filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, "u").test(text));

  for (const locale of LOCALES) {
    it.each(mails)(`${locale}: %s is written in the recipient's language`, (_name, mail) => {
      const content = mailContent({ ...mail, locale } as Parameters<typeof mailContent>[0], links);
      const text = renderText(content, locale);
      const html = renderHtml(content, locale);
      expect(content.subject.trim()).not.toBe("");
      expect(content.paragraphs.join("").trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toMatch(SCRIPT[locale]);
      expect(html).toContain(`<html lang="${locale}"`);
      const all = `${content.subject}\n${text}`;
      if (locale !== "en") expect(words(all, ENGLISH)).toEqual([]);
      if (locale !== "de" && locale !== "en") expect(words(all, GERMAN)).toEqual([]);
    });
  }

  it("writes Arabic right to left, the others left to right", () => {
    const mail = { kind: "application_forwarded" as const, data: { applicantName: "سمير", routes: [] } };
    const arabic = renderHtml(mailContent({ ...mail, locale: "ar" }, {}), "ar");
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("تمت إحالة طلبكم");
    const german = renderHtml(mailContent({ ...mail, locale: "de" }, {}), "de");
    expect(german).toContain('<html lang="de" dir="ltr">');
  });

  it("names a day once when a meeting ends on the day it starts, and both days otherwise", () => {
    const start = "2027-04-22T09:00:00+02:00";
    const sameDay = "2027-04-22T15:00:00+02:00";
    const nextDay = "2027-04-23T15:00:00+02:00";
    expect(dateTimeRange(start, sameDay, "de")).toBe("Donnerstag, 22. April 2027, 09:00–15:00 Uhr");
    for (const locale of ["de", "en"] as const) {
      const once = dateTimeRange(start, sameDay, locale);
      expect(once.split("2027").length - 1, once).toBe(1);
      expect(once.split("22").length - 1, once).toBe(1);
      const twice = dateTimeRange(start, nextDay, locale);
      expect(twice.split("2027").length - 1, twice).toBe(2);
    }
    expect(dateTimeRange(start, nextDay, "de")).toMatch(/Freitag.*15:00 Uhr$/);
    expect(dateTimeRange(start, sameDay, "en")).toMatch(/^Thursday, 22 April 2027, 09:00–15:00/);
    // Every language formats with its own calendar words, in Berlin's time.
    expect(dateTimeRange(start, sameDay, "uk")).toContain("четвер");
    expect(dateTimeRange(start, sameDay, "tr")).toContain("Perşembe");
    const text = renderText(
      mailContent({ kind: "conference", locale: "de", data: conference("invitation", true) }, {}),
      "de",
    );
    expect(text).toContain("Wann: Donnerstag, 21. Oktober 2027, 09:00–15:00 Uhr");
  });

  it("counts days and months in each language's plural forms", () => {
    const days = { one: "день", few: "дні", many: "днів", other: "дня" };
    expect([1, 3, 7, 21].map((n) => countOf(n, "uk", days))).toEqual(["1 день", "3 дні", "7 днів", "21 день"]);
    const arabic = { one: "يوم", two: "يومين", few: "أيام", many: "يومًا", other: "يوم" };
    expect([7, 14].map((n) => countOf(n, "ar", arabic))).toEqual(["7 أيام", "14 يومًا"]);
    const text = renderText(
      mailContent(
        { kind: "confirm_submission", locale: "uk", data: mails[0]?.[1].data } as Parameters<typeof mailContent>[0],
        {},
      ),
      "uk",
    );
    expect(text).toContain(`${RETENTION.unconfirmedDays} днів`);
  });

  it("keeps line breaks from names out of the subject", async () => {
    const evil = { numeral: "II", name: "Integration\r\nBcc: everyone@example.org" };
    for (const locale of LOCALES) {
      const content = mailContent(
        { kind: "application_decided", locale, data: { applicantName: "A", table: evil, outcome: "accept" } },
        {},
      );
      expect(content.subject).not.toMatch(/[\r\n]/);
      const raw = (
        await composeMime({
          from: { email: "netzwerk@example.org" },
          to: [{ email: "a@example.org" }],
          subject: content.subject,
          text: renderText(content, locale),
          html: renderHtml(content, locale),
        })
      ).toString();
      const headers = raw.slice(0, raw.indexOf("\r\n\r\n")).split("\r\n");
      expect(headers.filter((h) => /^bcc:/i.test(h))).toEqual([]);
    }
  });
});

describe("mails to the network's staff", () => {
  const application = (
    locale: Locale,
  ): Application & { routedTo: NonNullable<Application["routedTo"]>; submittedAt: string } => ({
    id: "a1",
    submissionId: "s1",
    workTableId: "wt-2",
    status: "submitted",
    applicant: {
      name: "Olena Kovalenko",
      email: "olena@example.org",
      organisationType: "individual",
      engagement: "volunteer",
      locale,
    },
    consent: { textVersion: "2026-11-26", givenAt: "2027-01-01T10:00:00Z" },
    routedTo: { name: "Luise Jahn", email: "luise@example.org", role: "contact" },
    createdAt: "2027-01-01T10:00:00Z",
    submittedAt: "2027-01-01T10:00:00Z",
    updatedAt: "2027-01-01T10:00:00Z",
  });
  const table = { numeral: "II", name: "Gesellschaftliche Integration" };
  const links = {
    decide: "https://netzwerk.example.org/d/t",
    imprint: "https://x.example/i",
    privacy: "https://x.example/p",
  };

  it("tells the contact person in German which language the applicant chose", () => {
    for (const [locale, name] of [
      ["uk", "Ukrainisch"],
      ["ar", "Arabisch"],
      ["en", "Englisch"],
    ] as const) {
      const mail = newApplicationMail(application(locale), table, application(locale).routedTo);
      expect(mail.locale).toBe("de");
      const content = mailContent(mail, links);
      const text = renderText(content, mail.locale);
      expect(content.subject).toBe("Neuer Antrag für Arbeitstisch II – Gesellschaftliche Integration");
      expect(text).toContain("Guten Tag Luise Jahn,");
      expect(text).toContain(`Sprache der antragstellenden Person: ${name}`);
      expect(text).toContain("Mit freundlichen Grüßen");
      expect(text).toContain("Impressum: https://x.example/i");
      expect(renderHtml(content, mail.locale)).toContain('<html lang="de" dir="ltr">');

      const reminder = decisionReminderMail(application(locale), table, 14);
      const reminderContent = mailContent(reminder, links);
      const reminderText = renderText(reminderContent, reminder.locale);
      expect(reminderContent.subject).toMatch(/^Erinnerung: Antrag für Arbeitstisch II/);
      expect(reminderText).toContain("seit dem 1. Januar 2027 wartet ein Antrag");
      expect(reminderText).toContain(`Sprache der antragstellenden Person: ${name}`);
    }
  });

  it("writes the sign-in link in German, or in English to who chose English", () => {
    const mail = (locale: Locale) =>
      mailContent(
        { kind: "sign_in_link", locale, data: { requestId: "r", createdAt: "2027-01-01T10:00:00Z" } },
        { signIn: "https://x.example/s", imprint: "https://x.example/i", privacy: "https://x.example/p" },
      );
    expect(mail("en").subject).toBe("Your sign-in link for the console: Netzwerk Migration");
    expect(renderText(mail("en"), "en")).toContain("Kind regards");
    for (const locale of ["de", "uk", "ar"] as const) {
      const content = mail(locale);
      expect(content.subject).toBe("Ihr Anmeldelink für die Konsole: Netzwerk Migration");
      // Closing, footer and the HTML's language follow the text, not the locale the request came with.
      expect(renderText(content, locale)).toContain("Mit freundlichen Grüßen");
      expect(renderText(content, locale)).toContain("Datenschutz: https://x.example/p");
      expect(renderHtml(content, locale)).toContain('<html lang="de" dir="ltr">');
    }
  });
});
