import type { CfnElement, Stack } from "aws-cdk-lib";
import type { Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";

/** Shared by the infra tests: reading resources and IAM statements out of synthesised templates. */

export type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string };
export type Statement = { Effect: string; Action: string | string[]; Resource?: unknown };

export const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The logical id and properties of the only resource of a type. */
export function single(tpl: Template, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(tpl.findResources(type));
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  const [id, resource] = entries[0] as [string, Resource];
  return [id, resource.Properties ?? {}];
}

/** The logical id of an L2 construct's CloudFormation resource. */
export function logicalIdOf(stack: Stack, construct: IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

function documentsOf(resource: Resource): unknown[] {
  const props = resource.Properties ?? {};
  if (resource.Type === "AWS::IAM::Policy" || resource.Type === "AWS::IAM::ManagedPolicy") {
    return [props.PolicyDocument];
  }
  if (resource.Type === "AWS::IAM::Role" || resource.Type === "AWS::IAM::User" || resource.Type === "AWS::IAM::Group") {
    return ((props.Policies as { PolicyDocument: unknown }[] | undefined) ?? []).map((p) => p.PolicyDocument);
  }
  return [];
}

const statementsOf = (documents: unknown[]): Statement[] =>
  documents.flatMap((document) => (document as { Statement: Statement[] }).Statement);

/** Every statement of every identity policy in a template: standalone, managed and inline in roles. */
export function policyStatements(resources: Record<string, Resource>): Statement[] {
  return statementsOf(Object.values(resources).flatMap(documentsOf));
}

/** The identity-policy statements per role logical id: inline ones and those of policies attached to the role. */
export function statementsByRole(tpl: Template): Map<string, Statement[]> {
  const resources = tpl.toJSON().Resources as Record<string, Resource>;
  const byRole = new Map<string, Statement[]>();
  const add = (roleId: string, statements: Statement[]) =>
    byRole.set(roleId, [...(byRole.get(roleId) ?? []), ...statements]);
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type === "AWS::IAM::Role") add(id, statementsOf(documentsOf(resource)));
    if (resource.Type === "AWS::IAM::Policy" || resource.Type === "AWS::IAM::ManagedPolicy") {
      const roles = (resource.Properties?.Roles as { Ref: string }[] | undefined) ?? [];
      for (const role of roles) add(role.Ref, statementsOf(documentsOf(resource)));
    }
  }
  return byRole;
}

/** The roles (logical ids) with an Allow statement that contains `action`. */
export function rolesAllowing(tpl: Template, action: string): string[] {
  return [...statementsByRole(tpl)]
    .filter(([, statements]) => statements.some((s) => s.Effect === "Allow" && asArray(s.Action).includes(action)))
    .map(([roleId]) => roleId)
    .toSorted();
}

/** A Fn::Join of literals and pseudo parameters as one string, with `<AWS::Partition>`-style placeholders. */
export function joined(value: unknown): string {
  if (typeof value === "string") return value;
  const join = (value as { "Fn::Join"?: [string, unknown[]] })["Fn::Join"];
  if (join) return join[1].map(joined).join(join[0]);
  const ref = (value as { Ref?: string }).Ref;
  if (ref) return `<${ref}>`;
  return JSON.stringify(value);
}

/**
 * Actions without resource-level permissions: a statement of nothing but these may (must) name Resource `*`.
 * dynamodb:ListStreams is required of a stream consumer, ses:GetSendQuota tells send-mail the account's send rate.
 */
export const UNSCOPED_ACTIONS: readonly string[] = ["dynamodb:ListStreams", "ses:GetSendQuota"];

/** An identity-policy resource that contains `*` (flattened with `joined`), with the actions of its statement. */
export type WildcardResource = { actions: string[]; resource: string };

/** Every action of an Allow statement that contains `*`: none is ever needed. */
export function wildcardActions(tpl: Template): string[] {
  return policyStatements(tpl.toJSON().Resources as Record<string, Resource>)
    .filter((s) => s.Effect === "Allow")
    .flatMap((s) => asArray(s.Action))
    .filter((action) => action.includes("*"));
}

/** Every resource of an Allow statement that contains `*` anywhere, e.g. `*` itself or `.../schedule/group/*`. */
export function wildcardResources(tpl: Template): WildcardResource[] {
  return policyStatements(tpl.toJSON().Resources as Record<string, Resource>)
    .filter((s) => s.Effect === "Allow")
    .flatMap((s) => asArray(s.Resource ?? []).map((r) => ({ actions: asArray(s.Action), resource: joined(r) })))
    .filter(({ resource }) => resource.includes("*"));
}

/** `*` granted for nothing but actions that support no resource-level permissions. */
export const isUnscopedGrant = ({ actions, resource }: WildcardResource): boolean =>
  resource === "*" && actions.length > 0 && actions.every((action) => UNSCOPED_ACTIONS.includes(action));

/** Scheduler actions on the schedules of one named schedule group (`schedule/<group>/*`), nothing wider. */
export const isScheduleGroupGrant = ({ actions, resource }: WildcardResource): boolean =>
  actions.length > 0 &&
  actions.every((action) => /^scheduler:[A-Za-z]+$/.test(action)) &&
  /^arn:<AWS::Partition>:scheduler:[^:*]+:[^:*]+:schedule\/[A-Za-z0-9_.-]+\/\*$/.test(resource);
