import { describe, expect, it } from "vitest";
import { buildForTest } from "../support/cdk.ts";

/** Logical id → type of every resource of a synthesized stack. */
function resourcesOf(template: { Resources: Record<string, { Type: string }> }): Record<string, string> {
  return Object.fromEntries(Object.entries(template.Resources).map(([id, r]) => [id, r.Type]));
}

// A changed logical id makes CloudFormation create a new resource and delete (or, when retained, orphan) the old
// one: for state, that is data lost or left behind. These ids are the ones deployed; they must never change.
describe("resources that hold state keep their logical ids", () => {
  const { app, stateful, stateless } = buildForTest();
  const assembly = app.synth();
  const data = resourcesOf(assembly.getStackByName(stateful.stackName).template);
  const api = resourcesOf(assembly.getStackByName(stateless.stackName).template);

  it("the data table and the link keys' parameter", () => {
    expect(data).toMatchObject({
      DataTable447BC44E: "AWS::DynamoDB::GlobalTable",
      TokenKeysTokenKeyParameter125CA79B: "Custom::TokenKeyParameter",
    });
  });

  it("nothing else of state: the coordinators and their sessions live in the data table (no user pool)", () => {
    expect(Object.values(api)).not.toContain("AWS::Cognito::UserPool");
    expect(Object.values(api)).not.toContain("AWS::DynamoDB::GlobalTable");
  });

  it("the queues that hold mails and failures, and the schedule group, whatever capability owns them", () => {
    expect(api).toMatchObject({
      MailQueue4F838B3A: "AWS::SQS::Queue",
      MailDeadLetterQueueD6533C8E: "AWS::SQS::Queue",
      StreamFailureQueueC70B334E: "AWS::SQS::Queue",
      SchedulerDeadLetterQueueFA1FB96A: "AWS::SQS::Queue",
      MailFeedbackDeadLetterQueueDC731C54: "AWS::SQS::Queue",
      ScheduleGroup: "AWS::Scheduler::ScheduleGroup",
    });
  });
});
