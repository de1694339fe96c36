import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { atExpression, eventBridgeScheduler } from "../../shared/scheduling/eventbridge-scheduler.ts";
import { type OneTimeSchedule, scheduleName } from "../../shared/scheduling/port.ts";

// EventBridge Scheduler has no emulator here: these tests pin the exact requests the adapter sends.
const scheduler = mockClient(SchedulerClient);
afterEach(() => scheduler.reset());

const config = {
  groupName: "netzwerk-prod-mailings",
  targetArn: "arn:aws:lambda:eu-central-1:123456789012:function:conference-mailing",
  roleArn: "arn:aws:iam::123456789012:role/scheduler-invoke-mailing",
  deadLetterArn: "arn:aws:sqs:eu-central-1:123456789012:mailing-dlq",
};
const adapter = () => eventBridgeScheduler(new SchedulerClient({ region: "eu-central-1" }), config);
const CONFERENCE = "6f1c2b9e-3d4a-4f5b-9c8d-7e6f5a4b3c2d";
const meta = { $metadata: {} };

const schedule = (at: string, kind: "invitation" | "reminder" = "invitation"): OneTimeSchedule => ({
  name: scheduleName(CONFERENCE, kind),
  at: new Date(at),
  target: { conferenceId: CONFERENCE, kind },
});

const expectedInput = (expression: string, kind: "invitation" | "reminder" = "invitation") => ({
  Name: `conf-${CONFERENCE}-${kind}`,
  GroupName: config.groupName,
  ScheduleExpression: expression,
  ScheduleExpressionTimezone: "Europe/Berlin",
  FlexibleTimeWindow: { Mode: "OFF" },
  ActionAfterCompletion: "DELETE",
  State: "ENABLED",
  Description: `${kind} mailing of conference ${CONFERENCE}`,
  Target: {
    Arn: config.targetArn,
    RoleArn: config.roleArn,
    Input: JSON.stringify({ conferenceId: CONFERENCE, kind }),
    RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86400 },
    DeadLetterConfig: { Arn: config.deadLetterArn },
  },
});

const createInputs = () => scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input);
const updateInputs = () => scheduler.commandCalls(UpdateScheduleCommand).map((call) => call.args[0].input);
const deleteInputs = () => scheduler.commandCalls(DeleteScheduleCommand).map((call) => call.args[0].input);

describe("schedule names", () => {
  it("are deterministic per conference and mailing, and valid for EventBridge", () => {
    const name = scheduleName(CONFERENCE, "reminder");
    expect(name).toBe(`conf-${CONFERENCE}-reminder`);
    expect(scheduleName(CONFERENCE, "reminder")).toBe(name);
    expect(scheduleName(CONFERENCE, "invitation")).not.toBe(name);
    expect(name).toMatch(/^[0-9a-zA-Z\-_.]{1,64}$/);
  });

  it("refuse an id that would make an invalid name", () => {
    expect(() => scheduleName("a b", "invitation")).toThrowError(/invalid/);
    expect(() => scheduleName("x".repeat(60), "invitation")).toThrowError(/invalid/);
  });
});

describe("the at() expression in Berlin wall-clock time", () => {
  it.each([
    ["summer time (CEST, UTC+2), the day it starts", "2027-03-28T10:00:00+02:00", "at(2027-03-28T10:00:00)"],
    ["winter time (CET, UTC+1), the day it ends", "2027-10-31T10:00:00+01:00", "at(2027-10-31T10:00:00)"],
    ["the night before summer time starts", "2027-03-28T00:59:59Z", "at(2027-03-28T01:59:59)"],
    ["the first second of summer time", "2027-03-28T01:00:00Z", "at(2027-03-28T03:00:00)"],
    ["a UTC input in winter", "2026-12-31T23:30:00Z", "at(2027-01-01T00:30:00)"],
    ["a UTC input in summer, milliseconds dropped", "2027-07-01T08:15:30.999Z", "at(2027-07-01T10:15:30)"],
    ["midnight as 00, never 24", "2027-06-14T22:00:00Z", "at(2027-06-15T00:00:00)"],
  ])("%s", (_case, at, expression) => {
    expect(atExpression(new Date(at))).toBe(expression);
  });

  it("refuses an invalid date", () => {
    expect(() => atExpression(new Date("nonsense"))).toThrowError(/invalid/);
  });
});

describe("the EventBridge scheduler", () => {
  it("creates a one-time schedule with the exact input", async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn:schedule", ...meta });
    await adapter().upsert(schedule("2027-03-28T10:00:00+02:00"));
    expect(createInputs()).toEqual([expectedInput("at(2027-03-28T10:00:00)")]);
    expect(updateInputs()).toEqual([]);
  });

  it("writes the reminder's target and the winter-time expression", async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn:schedule", ...meta });
    await adapter().upsert(schedule("2027-10-31T10:00:00+01:00", "reminder"));
    expect(createInputs()).toEqual([expectedInput("at(2027-10-31T10:00:00)", "reminder")]);
  });

  it("updates with the same input when the name exists, so a reschedule never duplicates", async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(
        new ConflictException({ message: "Schedule already exists.", Message: "Schedule already exists.", ...meta }),
      )
      .on(UpdateScheduleCommand)
      .resolves({ ScheduleArn: "arn:schedule", ...meta });
    await adapter().upsert(schedule("2027-10-31T10:00:00+01:00"));
    const expected = expectedInput("at(2027-10-31T10:00:00)");
    expect(createInputs()).toEqual([expected]);
    expect(updateInputs()).toEqual([expected]);
  });

  it("creates afresh when the schedule fired and vanished between the conflict and the update", async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejectsOnce(
        new ConflictException({ message: "Schedule already exists.", Message: "Schedule already exists.", ...meta }),
      )
      .resolves({ ScheduleArn: "arn:schedule", ...meta })
      .on(UpdateScheduleCommand)
      .rejects(new ResourceNotFoundException({ message: "gone", Message: "gone", ...meta }));
    await adapter().upsert(schedule("2027-03-28T10:00:00+02:00"));
    expect(createInputs()).toHaveLength(2);
    expect(updateInputs()).toHaveLength(1);
  });

  it("passes other errors on", async () => {
    scheduler.on(CreateScheduleCommand).rejects(new ValidationException({ message: "bad", Message: "bad", ...meta }));
    await expect(adapter().upsert(schedule("2027-03-28T10:00:00+02:00"))).rejects.toThrowError(ValidationException);
    expect(updateInputs()).toEqual([]);
  });

  it("removes a schedule by name and group", async () => {
    scheduler.on(DeleteScheduleCommand).resolves(meta);
    await adapter().remove(scheduleName(CONFERENCE, "reminder"));
    expect(deleteInputs()).toEqual([{ Name: `conf-${CONFERENCE}-reminder`, GroupName: config.groupName }]);
  });

  it("treats removing a schedule that is gone (fired and deleted, or never created) as done", async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .rejects(new ResourceNotFoundException({ message: "not found", Message: "not found", ...meta }));
    await expect(adapter().remove(scheduleName(CONFERENCE, "invitation"))).resolves.toBeUndefined();
    expect(deleteInputs()).toHaveLength(1);
  });

  it("passes other errors of remove on", async () => {
    scheduler.on(DeleteScheduleCommand).rejects(new ValidationException({ message: "bad", Message: "bad", ...meta }));
    await expect(adapter().remove("x")).rejects.toThrowError(ValidationException);
  });
});
