import * as z from 'zod';

/** Which SES identity the app creates for the sender. */
export type SenderIdentity = 'domain' | 'address';

/** Where the app publishes DNS records, and the pages' own name in that zone. */
export interface DnsSettings {
  /** The Route 53 hosted zone's domain, such as `example.org`. */
  readonly hostedZone: string;
  /** Its id (`Z…`): given, not looked up, so `cdk synth` needs no AWS account. */
  readonly hostedZoneId: string;
  /** The pages' domain inside the zone, such as `jobs.example.org`. */
  readonly domainName?: string;
}

// Letters, digits and hyphens, at least one dot, a letter-only top-level label.
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const domainName = (example: string) =>
  z
    .string()
    .transform((d) => d.replace(/\.$/, '').toLowerCase())
    .pipe(z.string().regex(domainPattern, `expected a domain name such as ${example}`));

/** Whether `name` is `zone` or a name under it. */
export const isWithinZone = (name: string, zone: string) => name === zone || name.endsWith(`.${zone}`);

const contextObject = z.object({
  sender: z
    .email({ message: 'expected an email address at a domain, such as alerts@example.org' })
    .default('alerts@example.com'),
  senderIdentity: z.enum(['domain', 'address'], { message: 'expected "domain" or "address"' }).default('domain'),
  siteUrl: z
    .string()
    .regex(/^https:\/\/[^/\s?#]+\/?$/, 'expected an https origin without a path (https://jobs.example.org)')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  hostedZone: domainName('example.org').optional(),
  hostedZoneId: z
    .string()
    .regex(/^Z[A-Z0-9]{1,32}$/, 'expected a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')
    .optional(),
  domainName: domainName('jobs.example.org').optional(),
  config: z.string().optional(),
  tokenKeyParameter: z
    .string()
    .regex(/^\/[\w./-]+$/, 'expected an SSM parameter name such as /jobalert/token-key')
    .default('/jobalert/token-key'),
  alarmEmail: z.email({ message: 'expected an email address' }).optional(),
  pollWorkerMemoryMiB: z.coerce
    .number({ message: 'expected a whole number of MiB from 512 to 10240' })
    .int({ message: 'expected a whole number of MiB from 512 to 10240' })
    .min(512, { message: 'expected a whole number of MiB from 512 to 10240' })
    .max(10240, { message: 'expected a whole number of MiB from 512 to 10240' })
    .default(512),
});

/** Every context key the app reads. */
export const contextKeys = Object.keys(contextObject.shape) as (keyof typeof contextObject.shape)[];

/** The app's context, checked together: each issue's path is the context key to blame. */
export const contextSchema = contextObject
  .superRefine((c, ctx) => {
    const issue = (key: keyof typeof c, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (c.hostedZone !== undefined && c.hostedZoneId === undefined)
      issue('hostedZone', 'needs -c hostedZoneId=Z… too (aws route53 list-hosted-zones-by-name --dns-name <zone>)');
    if (c.hostedZoneId !== undefined && c.hostedZone === undefined)
      issue('hostedZoneId', "needs -c hostedZone=<the zone's domain> too");
    if (c.domainName !== undefined && c.hostedZone === undefined)
      issue('domainName', 'needs -c hostedZone=…: the certificate is validated and the alias record added there');
    if (c.domainName !== undefined && c.hostedZone !== undefined && !isWithinZone(c.domainName, c.hostedZone))
      issue('domainName', `is outside the hosted zone "${c.hostedZone}"`);
    const senderDomain = c.sender.slice(c.sender.lastIndexOf('@') + 1).toLowerCase();
    if (c.senderIdentity === 'domain' && c.hostedZone !== undefined && !isWithinZone(senderDomain, c.hostedZone))
      issue(
        'sender',
        `its domain "${senderDomain}" is outside the hosted zone "${c.hostedZone}", where the app publishes DKIM, MAIL FROM and DMARC records (use a sender in the zone, or -c senderIdentity=address)`,
      );
    if (c.domainName !== undefined && c.siteUrl !== undefined && c.siteUrl !== `https://${c.domainName}`)
      issue('siteUrl', `differs from https://${c.domainName}, which domainName gives the pages (set one of the two)`);
  })
  .transform(({ hostedZone, hostedZoneId, domainName, siteUrl, ...rest }) => ({
    ...rest,
    siteUrl: siteUrl ?? (domainName === undefined ? undefined : `https://${domainName}`),
    dns:
      hostedZone === undefined || hostedZoneId === undefined
        ? undefined
        : ({ hostedZone, hostedZoneId, ...(domainName === undefined ? {} : { domainName }) } satisfies DnsSettings),
  }));
