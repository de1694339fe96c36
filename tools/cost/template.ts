/**
 * Reading synthesized CloudFormation templates for the cost model: by resource type and by the references
 * between resources, never by logical id, so the model keeps working while the stacks change.
 */

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
}

export interface CfnTemplate {
  Resources?: Record<string, CfnResource>;
}

export interface StackTemplate {
  stackName: string;
  template: CfnTemplate;
}

/** AWS bills a month as 730 hours. */
export const HOURS_PER_MONTH = 730;
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The logical ids a value refers to: `Ref`, `Fn::GetAtt` (both forms) and `${Id}` / `${Id.Attr}` in `Fn::Sub`. */
export function referencedIds(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.Ref === "string") found.add(node.Ref);
    const getAtt = node["Fn::GetAtt"];
    if (Array.isArray(getAtt) && typeof getAtt[0] === "string") found.add(getAtt[0]);
    if (typeof getAtt === "string") found.add(getAtt.split(".")[0] ?? getAtt);
    const sub = node["Fn::Sub"];
    const subText = typeof sub === "string" ? sub : Array.isArray(sub) && typeof sub[0] === "string" ? sub[0] : "";
    for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g)) {
      if (match[1]) found.add(match[1]);
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(value);
  return [...found];
}

/** One stack's resources, with lookups by type and by reference. */
export class StackView {
  readonly resources: Record<string, CfnResource>;

  constructor(
    readonly stackName: string,
    template: CfnTemplate,
  ) {
    this.resources = template.Resources ?? {};
  }

  ofType(type: string): [string, Json][] {
    return Object.entries(this.resources)
      .filter(([, resource]) => resource.Type === type)
      .map(([id, resource]) => [id, resource.Properties ?? {}]);
  }

  /** The logical ids of resources of `type` that `value` refers to. */
  refsOfType(value: unknown, type: string): string[] {
    return referencedIds(value).filter((id) => this.resources[id]?.Type === type);
  }

  typeOf(id: string): string | undefined {
    return this.resources[id]?.Type;
  }
}

// --- IAM ----------------------------------------------------------------------------------------------------------

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
  Principal?: unknown;
}

const statementsOf = (document: unknown): Statement[] =>
  isObject(document) ? (asArray(document.Statement as Statement | Statement[] | undefined) as Statement[]) : [];

const actionMatches = (pattern: string, action: string): boolean =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i").test(action);

/** The Allow statements of every identity policy of each role: inline, standalone and managed policies. */
export function allowStatementsByRole(stack: StackView): Map<string, Statement[]> {
  const byRole = new Map<string, Statement[]>();
  const add = (roleId: string, statements: Statement[]) =>
    byRole.set(roleId, [...(byRole.get(roleId) ?? []), ...statements.filter((s) => s.Effect === "Allow")]);
  for (const [roleId, props] of stack.ofType("AWS::IAM::Role")) {
    add(roleId, []);
    for (const policy of asArray(props.Policies as Json[] | undefined))
      add(roleId, statementsOf(policy.PolicyDocument));
  }
  for (const type of ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"]) {
    for (const [policyId, props] of stack.ofType(type)) {
      const statements = statementsOf(props.PolicyDocument);
      for (const roleId of stack.refsOfType(props.Roles, "AWS::IAM::Role")) add(roleId, statements);
      // A managed policy attached from the role's side.
      for (const [roleId, roleProps] of stack.ofType("AWS::IAM::Role")) {
        if (referencedIds(roleProps.ManagedPolicyArns).includes(policyId)) add(roleId, statements);
      }
    }
  }
  return byRole;
}

export const allows = (statements: Statement[], action: string): boolean =>
  statements.some((s) => asArray(s.Action).some((pattern) => actionMatches(pattern, action)));

/** The roles a service principal (e.g. `scheduler.amazonaws.com`) may assume. */
export function rolesAssumableBy(stack: StackView, service: string): string[] {
  return stack
    .ofType("AWS::IAM::Role")
    .filter(([, props]) =>
      statementsOf(props.AssumeRolePolicyDocument).some(
        (s) => s.Effect === "Allow" && JSON.stringify(s.Principal ?? "").includes(service),
      ),
    )
    .map(([id]) => id);
}

// --- Schedules ------------------------------------------------------------------------------------------------------

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** How many values of [min, max] a cron field selects (`*`, `?`, lists, ranges, steps, names; `L`, `W`, `#` as one). */
function cronFieldCount(field: string, min: number, max: number, names: string[] = [], nameBase = min): number {
  if (field === "*" || field === "?") return max - min + 1;
  const value = (text: string): number => {
    const named = names.indexOf(text.toUpperCase());
    return named >= 0 ? named + nameBase : Number(text);
  };
  const selected = new Set<string>();
  for (const part of field.split(",")) {
    if (/[LW#]/i.test(part)) {
      selected.add(part);
      continue;
    }
    const [range = "*", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    const [fromText, toText] = range === "*" ? [String(min), String(max)] : range.split("-");
    const from = value(fromText ?? String(min));
    const to = toText === undefined ? (stepText === undefined ? from : max) : value(toText);
    if (![from, to, step].every(Number.isFinite) || step <= 0) throw new Error(`Unreadable cron field: ${field}`);
    for (let v = from; v <= to; v += step) selected.add(String(v));
  }
  return selected.size;
}

/**
 * Runs per month of an EventBridge schedule expression: `rate(n unit)`, `cron(min hour dom month dow year)`;
 * `at(...)` runs once and counts as 0 a month. Undefined for anything else.
 */
export function runsPerMonth(expression: string): number | undefined {
  const rate = /^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (rate) {
    const minutes = Number(rate[1]) * (rate[2]?.startsWith("minute") ? 1 : rate[2]?.startsWith("hour") ? 60 : 1440);
    return (HOURS_PER_MONTH * 60) / minutes;
  }
  if (/^at\(/.test(expression.trim())) return 0;
  const cron = /^cron\((.+)\)$/.exec(expression.trim());
  const fields = cron?.[1]?.trim().split(/\s+/);
  if (fields?.length !== 6) return undefined;
  const [minute = "*", hour = "*", dom = "*", month = "*", dow = "*"] = fields;
  const perDay = cronFieldCount(minute, 0, 59) * cronFieldCount(hour, 0, 23);
  const anyDay = (field: string) => field === "*" || field === "?";
  let daysPerMonth: number;
  if (anyDay(dom) && anyDay(dow)) daysPerMonth = DAYS_PER_MONTH;
  else if (!anyDay(dow)) {
    const count = cronFieldCount(dow, 1, 7, DAY_NAMES, 1);
    daysPerMonth = /[L#]/i.test(dow) ? count : (count / 7) * DAYS_PER_MONTH;
  } else daysPerMonth = cronFieldCount(dom, 1, 31);
  return perDay * daysPerMonth * (cronFieldCount(month, 1, 12, MONTH_NAMES, 1) / 12);
}
