import { RETENTION } from "../../../shared/domain/application.ts";
import { type ApplicationInput, applicationInputSchema } from "../../../shared/domain/application-input.ts";
import { decisionLinkSubject } from "../../../shared/domain/link-paths.ts";
import type { OutboxMail } from "../../../shared/domain/mail.ts";
import type { WorkTable } from "../../../shared/domain/work-table.ts";
import { tokenSigner } from "../../../shared/security/tokens.ts";
import {
  InMemoryApplications,
  InMemoryRateLimiter,
  InMemoryWorkTables,
  seedTables,
  World,
} from "../../support/in-memory.ts";

const DAY_MS = 86_400_000;

/** The seed's first two tables (open) and their contacts, as tests name them. */
export const KITA = { id: "kita-uebergang-schule", contact: { name: "Luise Jahn", email: "ljahn@schwerin.de" } };
export const ARBEIT = {
  id: "ausbildung-und-arbeit",
  contact: { name: "Katharina Herold", email: "herold@adwi.de" },
};
export const APPLICANT = "amina.yusuf@example.org";

/** What submitting, confirming and deciding need, in memory: the use cases' deps and what they left behind. */
export function inMemory(tables: WorkTable[] = seedTables()) {
  const world = new World();
  const signer = tokenSigner("in-memory-test-key-of-at-least-32-characters");
  return {
    world,
    signer,
    deps: {
      applications: new InMemoryApplications(world),
      workTables: new InMemoryWorkTables(tables),
      rateLimiter: new InMemoryRateLimiter(),
      signer: async () => signer,
      limits: { perEmail: 5, perClient: 20, minFillSeconds: 0 },
    },
    /** The link in a confirmation mail, signed as the mailer signs it. */
    confirmationToken(mail: OutboxMail) {
      const data = mail.data as OutboxMail<"confirm_submission">["data"];
      return signer.sign(
        "confirm",
        data.submissionId,
        new Date(Date.parse(data.createdAt) + RETENTION.unconfirmedDays * DAY_MS),
      );
    },
    /** The decision link in a mail to a contact, signed as the mailer signs it when it sends the mail at `sentAt`. */
    decisionToken(mail: OutboxMail, sentAt: Date) {
      const data = mail.data as OutboxMail<"new_application">["data"];
      const subject = decisionLinkSubject(signer.personHash, data.applicationId, mail.to[0]?.email ?? "");
      return signer.sign("decide", subject, new Date(sentAt.getTime() + RETENTION.decisionLinkDays * DAY_MS));
    },
  };
}

export function applicationInput(fields: Record<string, unknown> = {}): ApplicationInput {
  return applicationInputSchema().parse({
    name: "Amina Yusuf",
    email: APPLICANT,
    organisation: "Frauenverein Schwerin",
    organisationType: "association",
    engagement: "volunteer",
    consent: true,
    workTableIds: [KITA.id],
    ...fields,
  });
}

export const minutesLater = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
