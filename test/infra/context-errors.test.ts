import { describe, expect, it } from 'vitest';
import { readAppSettings } from '../../infra/app-settings';

const context = (values: Record<string, unknown>) => (key: string) => values[key];
const zone = { hostedZone: 'example.org', hostedZoneId: 'Z0123456789ABCDEFGHIJ' };

// Each bad context value stops the synth with a message naming the key and the value.
describe('a bad context value', () => {
  it.each([
    [{ sender: 'alerts' }, /context "sender": expected an email address at a domain.*, got "alerts"/],
    [{ sender: 'alerts@localhost' }, /context "sender": .*, got "alerts@localhost"/],
    [
      { siteUrl: 'http://jobs.example.org' },
      /context "siteUrl": expected an https origin.*, got "http:\/\/jobs.example.org"/,
    ],
    [
      { siteUrl: 'https://example.org/jobs' },
      /context "siteUrl": .*without a path.*, got "https:\/\/example.org\/jobs"/,
    ],
    [
      { hostedZone: 'example', hostedZoneId: zone.hostedZoneId },
      /context "hostedZone": expected a domain name such as example.org, got "example"/,
    ],
    [
      { hostedZone: 'https://example.org', hostedZoneId: zone.hostedZoneId },
      /context "hostedZone": expected a domain name.*, got "https:\/\/example.org"/,
    ],
    [{ hostedZone: 'example.org' }, /context "hostedZone": needs -c hostedZoneId=.*, got "example.org"/],
    [
      { hostedZoneId: 'example.org', hostedZone: 'example.org' },
      /context "hostedZoneId": expected a Route 53 hosted zone id.*, got "example.org"/,
    ],
    [{ domainName: 'jobs.example.org' }, /context "domainName": needs -c hostedZone=.*, got "jobs.example.org"/],
    [
      { ...zone, domainName: 'jobs.example.com', sender: 'alerts@example.org' },
      /context "domainName": is outside the hosted zone "example.org", got "jobs.example.com"/,
    ],
    [
      { ...zone, domainName: 'jobs.notexample.org', sender: 'alerts@example.org' },
      /context "domainName": is outside the hosted zone "example.org", got "jobs.notexample.org"/,
    ],
    [
      { ...zone, sender: 'alerts@example.com' },
      /context "sender": its domain "example.com" is outside the hosted zone "example.org".*, got "alerts@example.com"/,
    ],
    [
      { ...zone, sender: 'alerts@example.org', domainName: 'jobs.example.org', siteUrl: 'https://www.example.org' },
      /context "siteUrl": differs from https:\/\/jobs.example.org.*, got "https:\/\/www.example.org"/,
    ],
    [{ senderIdentity: 'dns' }, /context "senderIdentity": expected "domain" or "address", got "dns"/],
    [{ alarmEmail: 'ops' }, /context "alarmEmail": expected an email address, got "ops"/],
    [{ tokenKeyParameter: 'token key' }, /context "tokenKeyParameter": .*, got "token key"/],
  ])('%j is refused', (values, message) => {
    expect(() => readAppSettings(context(values))).toThrow(message);
  });

  it('is refused with every problem at once, one line each', () => {
    expect(() => readAppSettings(context({ sender: 'alerts', siteUrl: 'http://x.example.org' }))).toThrow(
      /context "sender": .*\ncontext "siteUrl": /,
    );
  });
});

describe('good context values', () => {
  it('derive the site URL from the domain name, and take the zone with a trailing dot or capitals', () => {
    const settings = readAppSettings(
      context({
        hostedZone: 'Example.org.',
        hostedZoneId: zone.hostedZoneId,
        domainName: 'jobs.example.org',
        sender: 'alerts@example.org',
      }),
    );
    expect(settings.siteUrl).toBe('https://jobs.example.org');
    expect(settings.dns).toEqual({ ...zone, domainName: 'jobs.example.org' });
  });

  it('accept a sender at a subdomain of the zone, and a sender outside it as an address identity', () => {
    expect(readAppSettings(context({ ...zone, sender: 'alerts@mail.example.org' })).sender).toBe(
      'alerts@mail.example.org',
    );
    expect(
      readAppSettings(context({ ...zone, sender: 'me@example.com', senderIdentity: 'address' })).senderIdentity,
    ).toBe('address');
  });
});
