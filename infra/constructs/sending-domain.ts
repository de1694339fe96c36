import { CfnOutput, RemovalPolicy, Stack } from "aws-cdk-lib";
import * as route53 from "aws-cdk-lib/aws-route53";
import * as ses from "aws-cdk-lib/aws-ses";
import { Construct } from "constructs";

export interface SendingDomainProps {
  /** The domain mails are sent from (the sender address is at it or below it). */
  readonly domain: string;
  /** Its MAIL FROM subdomain's first label, e.g. `mail` for mail.<domain>. */
  readonly mailFromSubdomain: string;
  /** Where the DMARC reports of the suggested record go. */
  readonly dmarcReportAddress: string;
  /** A public hosted zone holding `domain`: the records are written there; without one they are stack outputs. */
  readonly hostedZone?: { readonly id: string; readonly name: string };
}

/** One DNS record the domain needs, as an operator types it into their DNS. */
export interface DnsRecord {
  readonly name: string;
  readonly type: "CNAME" | "MX" | "TXT";
  readonly value: string;
}

/**
 * The SES identity of the sending domain: Easy DKIM (2048-bit keys SES rotates itself) and a custom MAIL FROM
 * domain, so mails pass SPF and DKIM aligned with the sender's domain, which DMARC and the big mailbox providers
 * expect. Lives with the data: deleting and recreating the identity would give it new DKIM keys, and the DNS
 * records already published would stop matching.
 *
 * The suggested DMARC record is never written, not even into a given zone: a city's domain usually has one
 * already, and overwriting it could stop mails of every other sender of that domain.
 */
export class SendingDomain extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly mailFromDomain: string;
  /** Every record the domain needs (DKIM, MAIL FROM MX and SPF) and the suggested DMARC record. */
  readonly records: DnsRecord[];

  constructor(scope: Construct, id: string, props: SendingDomainProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.mailFromDomain = `${props.mailFromSubdomain}.${props.domain}`;
    this.identity = new ses.EmailIdentity(this, "Identity", {
      identity: ses.Identity.domain(props.domain),
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: this.mailFromDomain,
      // Without the MX record, SES sends with its own MAIL FROM rather than refusing: mail still goes out.
      mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });
    this.identity.applyRemovalPolicy(RemovalPolicy.RETAIN);

    const dkim: DnsRecord[] = this.identity.dkimRecords.map((record) => ({
      name: record.name,
      type: "CNAME",
      value: record.value,
    }));
    const mailFrom: DnsRecord[] = [
      { name: this.mailFromDomain, type: "MX", value: `10 feedback-smtp.${region}.amazonses.com` },
      { name: this.mailFromDomain, type: "TXT", value: '"v=spf1 include:amazonses.com ~all"' },
    ];
    const dmarc: DnsRecord = {
      name: `_dmarc.${props.domain}`,
      type: "TXT",
      value: `"v=DMARC1; p=none; rua=mailto:${props.dmarcReportAddress}"`,
    };
    this.records = [...dkim, ...mailFrom, dmarc];

    if (props.hostedZone) {
      const zone = route53.PublicHostedZone.fromHostedZoneAttributes(this, "Zone", {
        hostedZoneId: props.hostedZone.id,
        zoneName: props.hostedZone.name,
      });
      dkim.forEach((record, index) => {
        new route53.CfnRecordSet(this, `DkimRecord${index + 1}`, {
          hostedZoneId: zone.hostedZoneId,
          name: record.name,
          type: "CNAME",
          ttl: "1800",
          resourceRecords: [record.value],
        });
      });
      new route53.MxRecord(this, "MailFromMxRecord", {
        zone,
        recordName: this.mailFromDomain,
        values: [{ priority: 10, hostName: `feedback-smtp.${region}.amazonses.com` }],
      });
      new route53.TxtRecord(this, "MailFromSpfRecord", {
        zone,
        recordName: this.mailFromDomain,
        values: ["v=spf1 include:amazonses.com ~all"],
      });
    }

    // The records to check (with a zone) or to add (without): one output each, ready to copy.
    const written = props.hostedZone ? "written into the hosted zone" : "add it to your DNS";
    this.records.forEach((record, index) => {
      const isDmarc = record === dmarc;
      new CfnOutput(this, isDmarc ? "DnsRecordDmarc" : `DnsRecord${index + 1}`, {
        value: `${record.name} ${record.type} ${record.value}`,
        description: isDmarc
          ? "Suggested DMARC record (never written by the stack: keep your domain's own if it has one)"
          : `Sending domain ${record.type} record (${written})`,
      });
    });
  }
}
