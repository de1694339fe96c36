import type { DynamoDBRecord } from "aws-lambda";

/**
 * Which stream records start on-change, written once for both places that read the stream: on AWS the event
 * source mapping's filter criteria (infra/capabilities/table-reactions.ts passes these very objects to Lambda), and
 * locally the stream poller, which applies them with `matchesChangeFilter` before it calls the same handler. A
 * record that matches none never reaches a reaction: an audit entry, a session, a rate counter.
 *
 * The patterns use the part of Lambda's filter syntax this project needs: a list of allowed values, each a literal
 * or `{ prefix }`. Anything else is refused when the module loads, so the local reader can never silently
 * disagree with AWS.
 */
export type FilterValue = string | { prefix: string };
export interface FilterPattern {
  [field: string]: FilterValue[] | FilterPattern;
}

export const CHANGE_FILTER_PATTERNS: readonly FilterPattern[] = [
  // Outbox mails waiting to be sent: on-change hands them to the mail queue.
  {
    eventName: ["INSERT", "MODIFY"],
    dynamodb: { NewImage: { pk: { S: [{ prefix: "MAIL#" }] }, status: { S: ["queued"] } } },
  },
  // Conferences and meetings (their main item, not answers or mailing progress): on-change keeps their schedules.
  {
    eventName: ["INSERT", "MODIFY"],
    dynamodb: { NewImage: { pk: { S: [{ prefix: "CONF#" }] }, sk: { S: ["CONF"] } } },
  },
];

/** Lambda allows five filter patterns per event source mapping (more only on request). */
export const MAX_FILTER_PATTERNS = 5;

function assertSupported(pattern: FilterPattern, path: string): void {
  for (const [field, rule] of Object.entries(pattern)) {
    if (!Array.isArray(rule)) {
      assertSupported(rule, `${path}.${field}`);
      continue;
    }
    for (const value of rule) {
      const ok =
        typeof value === "string" ||
        (typeof value === "object" &&
          value !== null &&
          Object.keys(value).join() === "prefix" &&
          typeof value.prefix === "string");
      if (!ok) throw new Error(`unsupported filter rule at ${path}.${field}: ${JSON.stringify(value)}`);
    }
  }
}
for (const pattern of CHANGE_FILTER_PATTERNS) assertSupported(pattern, "pattern");
if (CHANGE_FILTER_PATTERNS.length > MAX_FILTER_PATTERNS) throw new Error("Lambda allows five filter patterns");

function matches(pattern: FilterPattern, value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const object = value as Record<string, unknown>;
  return Object.entries(pattern).every(([field, rule]) => {
    const actual = object[field];
    if (!Array.isArray(rule)) return matches(rule, actual);
    return rule.some((allowed) =>
      typeof allowed === "string"
        ? actual === allowed
        : typeof actual === "string" && actual.startsWith(allowed.prefix),
    );
  });
}

/** Whether Lambda would deliver this record to on-change: it matches at least one of the patterns. */
export function matchesChangeFilter(record: DynamoDBRecord): boolean {
  return CHANGE_FILTER_PATTERNS.some((pattern) => matches(pattern, record));
}
