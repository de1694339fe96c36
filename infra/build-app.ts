import { App, CrossStackReferences, type Environment, ReferenceStrength, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { readNetworkProfile } from "../shared/config/network-profile.ts";
import { regionFromEnvironment } from "../shared/config/region.ts";
import { readContext } from "./context.ts";
import { StatefulStack } from "./stateful-stack.ts";
import { StatelessStack } from "./stateless-stack.ts";

/**
 * The region is chosen, never inherited from whatever the CLI's profile defaults to (CDK_DEFAULT_REGION): the
 * `region` context, else AWS_REGION, else Frankfurt, so a German city's data stays in Germany unless it decides
 * otherwise. The account comes from the credentials (the CLI sets CDK_DEFAULT_ACCOUNT); without one, synth works
 * offline with the account left to deploy time.
 */
function environmentFor(regionContext: string | undefined): Environment {
  const region = regionContext ?? regionFromEnvironment();
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new Error(`Invalid region: AWS_REGION must be an AWS region such as eu-central-1, got ${region}`);
  }
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  return account ? { account, region } : { region };
}

/** Builds the CDK app without synthesising it, so tests can inspect the stacks. */
export function buildApp(context: Record<string, unknown> = {}) {
  const app = new App({ context });
  const settings = readContext((key) => app.node.tryGetContext(key));
  const env = environmentFor(settings.region);
  // Strong (Fn::ImportValue): CloudFormation refuses to remove the table's exports while the API stack uses them.
  // Set before any stack exists, because context can only be set on a construct without children.
  CrossStackReferences.of(app).consume(ReferenceStrength.STRONG);

  const hostedZone =
    settings.hostedZoneId && settings.hostedZoneName
      ? { id: settings.hostedZoneId, name: settings.hostedZoneName }
      : undefined;
  // The network this deployment is for (NETWORK_PROFILE, else profiles/default): its sender name and first tables.
  const profile = readNetworkProfile(process.env.NETWORK_PROFILE || undefined);
  const stateful = new StatefulStack(app, `${settings.stackPrefix}Data`, {
    env,
    firstWorkTables: profile.workTables,
    sendingDomain: {
      domain: settings.senderDomain,
      mailFromSubdomain: settings.mailFromSubdomain,
      dmarcReportAddress: settings.alarmEmail ?? `dmarc@${settings.senderDomain}`,
      ...(hostedZone ? { hostedZone } : {}),
    },
    description:
      "Netzwerk data: the DynamoDB table (with the profile's first work tables) and the link keys parameter (both retained on delete)",
  });
  const stateless = new StatelessStack(app, `${settings.stackPrefix}Api`, {
    env,
    description: "Netzwerk compute: HTTP API, console, Lambda functions, mail queue, schedules",
    table: stateful.table,
    tokenKeys: stateful.tokenKeys,
    senderAddress: settings.senderAddress,
    senderName: settings.networkName ?? profile.senderName,
    senderDomain: settings.senderDomain,
    ...(settings.publicBaseUrl ? { publicBaseUrl: settings.publicBaseUrl } : {}),
    ...(settings.domainName
      ? {
          customDomain: {
            domainName: settings.domainName,
            ...(settings.certificateArn ? { certificateArn: settings.certificateArn } : {}),
            ...(hostedZone ? { hostedZone } : {}),
          },
        }
      : {}),
    ...(settings.alarmEmail ? { alarmEmail: settings.alarmEmail } : {}),
    ...(settings.sesMaxSendRate === undefined ? {} : { sesMaxSendRate: settings.sesMaxSendRate }),
    http: {
      rateLimitPerEmail: settings.rateLimitPerEmail,
      rateLimitPerClient: settings.rateLimitPerClient,
      minFillSeconds: settings.minFillSeconds,
      allowedOrigins: settings.allowedOrigins,
      coordinatorEmails: settings.coordinatorEmails,
      throttle: { rateLimit: settings.throttleRateLimit, burstLimit: settings.throttleBurstLimit },
    },
  });

  // cdk-nag 3 is a policy-validation plugin, no longer an aspect: any finding, warning or error, fails synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stateful, stateless, settings };
}
