import { CfnOutput, Stack } from 'aws-cdk-lib';
import { type IPublicHostedZone, TxtRecord } from 'aws-cdk-lib/aws-route53';
import {
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  type IConfigurationSet,
  Identity,
  MailFromBehaviorOnMxFailure,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { SenderIdentity as SenderIdentityKind } from '../context-schema';

export interface SenderIdentityProps {
  /** The From address. */
  readonly sender: string;
  /** `domain`: the sender's domain with Easy DKIM and a MAIL FROM subdomain; `address`: the address alone. */
  readonly kind: SenderIdentityKind;
  /** Becomes the identity's default, so every email it sends reports bounces, complaints and reputation. */
  readonly configurationSet: IConfigurationSet;
  /** Where to publish the DKIM, MAIL FROM and DMARC records; without it they are stack outputs. */
  readonly zone?: IPublicHostedZone;
}

/** One DNS record the operator must have for the sender's domain. */
export interface DnsRecord {
  readonly name: string;
  readonly type: 'CNAME' | 'MX' | 'TXT';
  readonly value: string;
}

/** The subdomain SES uses as the envelope sender, so SPF aligns with the From domain. */
export const mailFromLabel = 'bounce';
/** Monitor-only to start: receivers report, reject nothing; the runbook says when to tighten it. */
export const dmarcValue = 'v=DMARC1; p=none';

/**
 * The SES identity the app sends as. For a domain: Easy DKIM (2048-bit), MAIL FROM
 * `bounce.<domain>`, and DMARC; the records go into the hosted zone when there is one (the SES
 * construct writes the DKIM and MAIL FROM records, this one the DMARC record), else each is a
 * stack output `Dns…` for the operator to add.
 */
export class SenderIdentity extends Construct {
  readonly identity: EmailIdentity;
  /** The records the domain needs (empty for an address identity). */
  readonly records: DnsRecord[];

  constructor(scope: Construct, id: string, props: SenderIdentityProps) {
    super(scope, id);
    if (props.kind === 'address') {
      // SES mails the address a verification link; it signs with its own amazonses.com DKIM key.
      this.identity = new EmailIdentity(this, 'Identity', {
        identity: Identity.email(props.sender),
        configurationSet: props.configurationSet,
      });
      this.records = [];
      return;
    }
    const domain = props.sender.slice(props.sender.lastIndexOf('@') + 1).toLowerCase();
    const mailFromDomain = `${mailFromLabel}.${domain}`;
    // Identity.publicHostedZone would name the identity after the zone; the sender's domain may
    // be a subdomain of it, so the identity names the domain and carries the zone for its records.
    const identity: Identity = props.zone ? { value: domain, hostedZone: props.zone } : Identity.domain(domain);
    this.identity = new EmailIdentity(this, 'Identity', {
      identity,
      configurationSet: props.configurationSet,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      dkimSigning: true,
      mailFromDomain,
      // Until the MX record resolves, send from amazonses.com rather than refuse to send.
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });
    const region = Stack.of(this).region;
    this.records = [
      ...this.identity.dkimRecords.map((r) => ({ name: r.name, type: 'CNAME' as const, value: r.value })),
      { name: mailFromDomain, type: 'MX', value: `10 feedback-smtp.${region}.amazonses.com` },
      { name: mailFromDomain, type: 'TXT', value: '"v=spf1 include:amazonses.com ~all"' },
      { name: `_dmarc.${domain}`, type: 'TXT', value: `"${dmarcValue}"` },
    ];
    if (props.zone) {
      new TxtRecord(this, 'Dmarc', { zone: props.zone, recordName: `_dmarc.${domain}`, values: [dmarcValue] });
      return;
    }
    const outputIds = ['DnsDkim1', 'DnsDkim2', 'DnsDkim3', 'DnsMailFromMx', 'DnsMailFromSpf', 'DnsDmarc'];
    this.records.forEach((r, i) => {
      new CfnOutput(Stack.of(this), outputIds[i]!, {
        value: `${r.name} ${r.type} ${r.value}`,
        description: `DNS record to add for the sender's domain ${domain}`,
      });
    });
  }
}
