import { readFileSync } from "node:fs";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { buildForTest } from "../support/cdk.ts";
import { joined, single } from "./template-helpers.ts";

/** The example configuration of docs/deploy-and-operations.md: the context of cdk.json, as `npx cdk synth` reads it. */
const exampleContext = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8")).context as Record<
  string,
  unknown
>;
const deployDoc = readFileSync(new URL("../../docs/deploy-and-operations.md", import.meta.url), "utf8");

const outputsOf = (template: Template) =>
  Object.values(template.findOutputs("*")).map((output) => ({
    value: typeof output.Value === "string" ? output.Value : joined(output.Value),
    description: String(output.Description ?? ""),
  }));

describe("the example configuration (cdk.json) of docs/deploy-and-operations.md", () => {
  const { stateful, stateless, settings } = buildForTest(exampleContext);
  const data = Template.fromStack(stateful);
  const api = Template.fromStack(stateless);

  it("is documented: each of its settings has a row in the deployment page's context table", () => {
    // The table's first column: `key`, or several keys joined by commas.
    const documented = new Set(
      [...deployDoc.matchAll(/^\|\s*(`\w+`(?:,\s*`\w+`)*)\s*\|/gm)].flatMap((row) =>
        [...(row[1] as string).matchAll(/`(\w+)`/g)].map((key) => key[1] as string),
      ),
    );
    const settingKeys = Object.keys(exampleContext).filter((key) => key !== "cli-telemetry");
    expect(settingKeys.length).toBeGreaterThan(10);
    expect(settingKeys.filter((key) => !documented.has(key))).toEqual([]);
  });

  it("is valid and deploys to the region it names, Frankfurt", () => {
    expect(settings.region).toBe("eu-central-1");
    expect([stateful.region, stateless.region]).toEqual(["eu-central-1", "eu-central-1"]);
    expect(settings.networkName).toBe("Netzwerk Migration Schwerin");
  });

  it("creates the sending domain's SES identity with Easy DKIM (2048 bit) and a custom MAIL FROM domain", () => {
    const [, identity] = single(data, "AWS::SES::EmailIdentity");
    expect(identity).toMatchObject({
      EmailIdentity: "example.org",
      DkimSigningAttributes: { NextSigningKeyLength: "RSA_2048_BIT" },
      MailFromAttributes: { MailFromDomain: "mail.example.org", BehaviorOnMxFailure: "USE_DEFAULT_VALUE" },
    });
    // Kept with the data: a new identity would have new DKIM keys, and the published records would stop matching.
    data.hasResource("AWS::SES::EmailIdentity", { DeletionPolicy: "Retain" });
  });

  it("without a hosted zone, writes no DNS record and outputs exactly the records to add", () => {
    data.resourceCountIs("AWS::Route53::RecordSet", 0);
    const [identityId] = single(data, "AWS::SES::EmailIdentity");
    const records = outputsOf(data).filter((output) => /record/i.test(output.description));
    expect(records.map((record) => record.value)).toEqual([
      ...[1, 2, 3].map((n) => {
        const attribute = (name: string) => JSON.stringify({ "Fn::GetAtt": [identityId, `DkimDNSToken${name}${n}`] });
        return `${attribute("Name")} CNAME ${attribute("Value")}`;
      }),
      "mail.example.org MX 10 feedback-smtp.eu-central-1.amazonses.com",
      'mail.example.org TXT "v=spf1 include:amazonses.com ~all"',
      '_dmarc.example.org TXT "v=DMARC1; p=none; rua=mailto:betrieb@example.org"',
    ]);
    expect(records.slice(0, 5).every((record) => record.description.includes("add it to your DNS"))).toBe(true);
  });

  it("sends bounces and complaints to the default event bus, with no SNS topic or KMS key for them", () => {
    const [, destination] = single(api, "AWS::SES::ConfigurationSetEventDestination");
    const eventDestination = destination.EventDestination as Record<string, unknown>;
    expect(joined((eventDestination.EventBridgeDestination as { EventBusArn: unknown }).EventBusArn)).toBe(
      "arn:<AWS::Partition>:events:eu-central-1:123456789012:event-bus/default",
    );
    api.resourceCountIs("AWS::KMS::Key", 0);
    api.resourceCountIs("AWS::SNS::Topic", 1); // the alarm topic only
  });

  it("every alarm notifies the alarm topic, to which the configured address is subscribed by e-mail", () => {
    const [topicId] = single(api, "AWS::SNS::Topic");
    const alarms = Object.values(api.findResources("AWS::CloudWatch::Alarm"));
    // Dead-letter queues (mail, stream, scheduler, feedback), mails needing a person, Lambda throttles.
    expect(alarms).toHaveLength(6);
    for (const alarm of alarms) {
      expect(alarm.Properties?.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties?.OKActions).toEqual([{ Ref: topicId }]);
    }
    api.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "betrieb@example.org",
      TopicArn: { Ref: topicId },
    });
    api.hasResourceProperties("AWS::CloudWatch::Alarm", { Namespace: "AWS/Lambda", MetricName: "Throttles" });
  });

  it("keeps the execute-api address as the links' base when there is no custom domain", () => {
    api.resourceCountIs("AWS::ApiGatewayV2::DomainName", 0);
    api.hasResourceProperties("AWS::ApiGatewayV2::Api", { DisableExecuteApiEndpoint: false });
  });

  it("tells send-mail the network's name as the sender's name", () => {
    api.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: { SENDER_NAME: "Netzwerk Migration Schwerin", SENDER_ADDRESS: "netzwerk@example.org" },
      },
    });
  });
});

describe("with a Route 53 hosted zone and a custom domain", () => {
  const context = {
    ...exampleContext,
    senderAddress: "netzwerk@schwerin.example",
    hostedZoneId: "Z0123456789ABCDEFGHIJ",
    hostedZoneName: "schwerin.example",
    domainName: "netzwerk.schwerin.example",
  };
  const { stateful, stateless } = buildForTest(context);
  const data = Template.fromStack(stateful);
  const api = Template.fromStack(stateless);

  it("writes the DKIM CNAMEs and the MAIL FROM MX and SPF records into the zone, never DMARC", () => {
    const records = Object.values(data.findResources("AWS::Route53::RecordSet")).map((r) => r.Properties ?? {});
    expect(records.every((record) => record.HostedZoneId === "Z0123456789ABCDEFGHIJ")).toBe(true);
    expect(records.map((record) => record.Type).toSorted()).toEqual(["CNAME", "CNAME", "CNAME", "MX", "TXT"]);
    expect(records.find((record) => record.Type === "MX")).toMatchObject({
      Name: "mail.schwerin.example.",
      ResourceRecords: ["10 feedback-smtp.eu-central-1.amazonses.com"],
    });
    expect(records.find((record) => record.Type === "TXT")).toMatchObject({
      Name: "mail.schwerin.example.",
      ResourceRecords: ['"v=spf1 include:amazonses.com ~all"'],
    });
    expect(records.some((record) => String(record.Name).startsWith("_dmarc"))).toBe(false);
  });

  it("serves the API on the custom domain with a DNS-validated certificate, and links in mails use it", () => {
    api.hasResourceProperties("AWS::CertificateManager::Certificate", {
      DomainName: "netzwerk.schwerin.example",
      ValidationMethod: "DNS",
      DomainValidationOptions: [{ DomainName: "netzwerk.schwerin.example", HostedZoneId: "Z0123456789ABCDEFGHIJ" }],
    });
    api.hasResourceProperties("AWS::ApiGatewayV2::DomainName", {
      DomainName: "netzwerk.schwerin.example",
      DomainNameConfigurations: [Match.objectLike({ SecurityPolicy: "TLS_1_2" })],
    });
    api.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1);
    api.hasResourceProperties("AWS::Route53::RecordSet", { Name: "netzwerk.schwerin.example.", Type: "A" });
    api.hasResourceProperties("AWS::ApiGatewayV2::Api", { DisableExecuteApiEndpoint: true });
    api.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ PUBLIC_BASE_URL: "https://netzwerk.schwerin.example" }) },
    });
  });

  it("uses a given certificate instead, and outputs the CNAME when the domain is outside the zone", () => {
    const certificateArn = "arn:aws:acm:eu-central-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";
    const { stateless: other } = buildForTest({
      ...exampleContext,
      domainName: "netzwerk.stadt.example",
      certificateArn,
    });
    const template = Template.fromStack(other);
    template.resourceCountIs("AWS::CertificateManager::Certificate", 0);
    template.hasResourceProperties("AWS::ApiGatewayV2::DomainName", {
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: certificateArn })],
    });
    template.resourceCountIs("AWS::Route53::RecordSet", 0);
    expect(outputsOf(template).map((output) => output.value)).toContainEqual(
      expect.stringMatching(/^netzwerk\.stadt\.example CNAME /),
    );
  });
});

describe("the configuration is checked before anything is synthesized", () => {
  it.each([
    [{ networkName: 'Netzwerk "Migration"' }, /networkName: must not contain quotes/],
    [{ networkName: "Netzwerk\nBcc: x@example.org" }, /networkName/],
    [{ senderDomain: "other.example" }, /senderDomain: the sender address netzwerk@example.org is not at/],
    [{ hostedZoneId: "Z0123456789ABCDEFGHIJ" }, /hostedZoneId: give both/],
    [{ hostedZoneId: "Z1", hostedZoneName: "stadt.example" }, /hostedZoneName: the sender domain example.org/],
    [{ domainName: "netzwerk.example.org" }, /certificateArn: a custom domain needs an ACM certificate/],
    [{ certificateArn: "arn:aws:acm:eu-central-1:123456789012:certificate/x" }, /certificateArn: must be an ACM/],
    [{ alarmEmail: "betrieb" }, /alarmEmail: must be an e-mail address/],
    [{ mailFromSubdomain: "mail.bounce" }, /mailFromSubdomain: must be one DNS label/],
    [{ region: "Frankfurt" }, /region: must be an AWS region/],
    [
      {
        domainName: "netzwerk.example.org",
        certificateArn: "arn:aws:acm:eu-central-1:123456789012:certificate/12345678-1234-1234-1234-123456789012",
        publicBaseUrl: "https://other.example.org",
      },
      /publicBaseUrl: must be on the custom domain/,
    ],
  ])("refuses %o with a message naming the key", (context, message) => {
    expect(() => buildForTest({ ...exampleContext, ...context })).toThrowError(message);
  });
});

describe("the templates", () => {
  it("name no dependency CloudFormation already has from a reference (cfn-lint W3005)", () => {
    const { app, stateful, stateless } = buildForTest(exampleContext);
    const assembly = app.synth();
    for (const stack of [stateful, stateless]) {
      const resources = assembly.getStackByName(stack.stackName).template.Resources as Record<
        string,
        { DependsOn?: string[]; Properties?: unknown }
      >;
      for (const [id, resource] of Object.entries(resources)) {
        const properties = JSON.stringify(resource.Properties ?? {});
        const implied = (resource.DependsOn ?? []).filter(
          (target) => properties.includes(`{"Ref":"${target}"}`) || properties.includes(`"Fn::GetAtt":["${target}"`),
        );
        expect(implied, `${stack.stackName}/${id}`).toEqual([]);
      }
    }
    // Ordering that matters stays: a function is still created after the policy of its own role.
    const functionDependencies = Object.values(
      assembly.getStackByName(stateless.stackName).template.Resources as Record<
        string,
        { Type: string; DependsOn?: string[] }
      >,
    )
      .filter((resource) => resource.Type === "AWS::Lambda::Function")
      .map((resource) => resource.DependsOn ?? []);
    expect(functionDependencies.every((dependencies) => dependencies.length > 0)).toBe(true);
  });
});
