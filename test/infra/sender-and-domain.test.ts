import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth-app';

const zone = { hostedZone: 'example.org', hostedZoneId: 'Z0123456789ABCDEFGHIJ' };
// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation is walked by shape; the assertions check it.
type Resource = { Properties: Record<string, any> };
const dnsOutputs = ['DnsDkim1', 'DnsDkim2', 'DnsDkim3', 'DnsMailFromMx', 'DnsMailFromSpf', 'DnsDmarc'];

describe("the sender's SES identity", () => {
  it("is the sender's domain with Easy DKIM, a MAIL FROM subdomain and the configuration set as its default", () => {
    const { data } = synthApp({ sender: 'alerts@example.org' });
    data.resourceCountIs('AWS::SES::EmailIdentity', 1);
    const [configurationSet] = Object.keys(data.findResources('AWS::SES::ConfigurationSet'));
    data.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'example.org',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: 'bounce.example.org', BehaviorOnMxFailure: 'USE_DEFAULT_VALUE' },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSet } },
    });
  });

  it('without a hosted zone, lists every DNS record to add as a stack output and publishes none', () => {
    const { data } = synthApp({ sender: 'alerts@example.org' });
    data.resourceCountIs('AWS::Route53::RecordSet', 0);
    const outputs = data.findOutputs('*') as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).filter((k) => k.startsWith('Dns'))).toEqual(dnsOutputs);
    const text = (id: string) => JSON.stringify(outputs[id]!.Value);
    expect(text('DnsDkim1')).toMatch(/DkimDNSTokenName1.* CNAME .*DkimDNSTokenValue1/);
    expect(text('DnsMailFromMx')).toMatch(/bounce\.example\.org MX 10 feedback-smtp\..*AWS::Region.*\.amazonses\.com/);
    expect(text('DnsMailFromSpf')).toContain('bounce.example.org TXT \\"v=spf1 include:amazonses.com ~all\\"');
    expect(text('DnsDmarc')).toContain('_dmarc.example.org TXT \\"v=DMARC1; p=none\\"');
  });

  it('with a hosted zone, publishes the three DKIM records, MAIL FROM MX and SPF, and DMARC there', () => {
    const { data } = synthApp({ ...zone, sender: 'alerts@jobs.example.org' });
    data.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'jobs.example.org' });
    const records = Object.values(data.findResources('AWS::Route53::RecordSet') as Record<string, Resource>).map(
      (r) => r.Properties,
    );
    for (const r of records) expect(r.HostedZoneId).toBe(zone.hostedZoneId);
    expect(records.filter((r) => r.Type === 'CNAME')).toHaveLength(3);
    expect(records).toContainEqual(
      expect.objectContaining({
        Type: 'MX',
        Name: 'bounce.jobs.example.org.',
        ResourceRecords: [{ 'Fn::Join': ['', ['10 feedback-smtp.', { Ref: 'AWS::Region' }, '.amazonses.com']] }],
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({
        Type: 'TXT',
        Name: 'bounce.jobs.example.org.',
        ResourceRecords: ['"v=spf1 include:amazonses.com ~all"'],
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({
        Type: 'TXT',
        Name: '_dmarc.jobs.example.org.',
        ResourceRecords: ['"v=DMARC1; p=none"'],
      }),
    );
    expect(records).toHaveLength(6);
    expect(Object.keys(data.findOutputs('*')).filter((k) => k.startsWith('Dns'))).toEqual([]);
  });

  it('can be the address alone, with no DNS records to add', () => {
    const { data } = synthApp({ sender: 'me@example.com', senderIdentity: 'address' });
    data.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'me@example.com',
      MailFromAttributes: Match.absent(),
    });
    expect(Object.keys(data.findOutputs('*')).filter((k) => k.startsWith('Dns'))).toEqual([]);
  });
});

describe("the pages on the operator's domain", () => {
  const withDomain = () => synthApp({ ...zone, sender: 'alerts@example.org', domainName: 'jobs.example.org' });

  it('has a certificate validated in the zone, the custom domain mapped to the stage, and an alias record', () => {
    const { service } = withDomain();
    service.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'jobs.example.org',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'jobs.example.org', HostedZoneId: zone.hostedZoneId }],
    });
    const [domainId] = Object.keys(service.findResources('AWS::ApiGatewayV2::DomainName'));
    service.hasResourceProperties('AWS::ApiGatewayV2::DomainName', { DomainName: 'jobs.example.org' });
    const [apiId] = Object.keys(service.findResources('AWS::ApiGatewayV2::Api'));
    service.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: apiId },
      DomainName: { Ref: domainId },
      Stage: '$default',
    });
    service.hasResourceProperties('AWS::Route53::RecordSet', {
      Type: 'A',
      Name: 'jobs.example.org.',
      HostedZoneId: zone.hostedZoneId,
      AliasTarget: {
        DNSName: { 'Fn::GetAtt': [domainId, 'RegionalDomainName'] },
        HostedZoneId: { 'Fn::GetAtt': [domainId, 'RegionalHostedZoneId'] },
      },
    });
  });

  it('puts every link in emails on https://jobs.example.org', () => {
    const { service } = withDomain();
    for (const fn of Object.values(service.findResources('AWS::Lambda::Function') as Record<string, Resource>)) {
      expect(fn.Properties.Environment.Variables.SITE_URL).toBe('https://jobs.example.org');
    }
    expect(service.findOutputs('SiteUrl').SiteUrl?.Value).toBe('https://jobs.example.org');
  });

  it('is not there without domainName', () => {
    const { service } = synthApp({ ...zone, sender: 'alerts@example.org' });
    service.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
    service.resourceCountIs('AWS::CertificateManager::Certificate', 0);
  });

  it('passes the AWS Solutions checks with every context value set', () => {
    const { stateful, stateless } = withDomain();
    for (const stack of [stateful, stateless]) {
      const errors = new AwsSolutionsChecks()
        .validateScope(stack)
        .violations.filter((v) => v.severity === 'error')
        .map((v) => v.ruleName);
      expect(errors).toEqual([]);
    }
  });
});
