import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSources, readAppSettings } from '../../infra/app-settings';
import { functionLogicalId, synthApp } from './synth-app';

const dir = mkdtempSync(join(tmpdir(), 'jobalert-infra-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const context = (values: Record<string, unknown>) => (key: string) => values[key];

describe('the app settings', () => {
  it('reads the sources of a YAML config', () => {
    const path = file('a.yaml', 'sources:\n  - id: acme\n    type: lever\n    site: acme\n');
    expect(loadSources(path)).toEqual([{ id: 'acme', type: 'lever', site: 'acme' }]);
  });

  it('reads the sources of a JSON config', () => {
    const path = file(
      'a.json',
      JSON.stringify({ sources: [{ id: 'feed', type: 'lever', url: 'https://example.org/x' }] }),
    );
    expect(loadSources(path)).toEqual([{ id: 'feed', type: 'lever', url: 'https://example.org/x' }]);
  });

  it('rejects an invalid config at synth time, naming the field', () => {
    const path = file('bad.yaml', 'sources:\n  - id: acme\n    type: lever\n    colour: blue\n');
    expect(() => loadSources(path)).toThrow(/sources\[0\].*colour/s);
  });

  it('refuses folder sources, which only run locally', () => {
    const path = file('folder.yaml', 'sources:\n  - { id: mine, type: folder, path: ./postings }\n');
    expect(() => loadSources(path)).toThrow(/folder sources \(mine\) only run locally/);
  });

  it('names the file it cannot read', () => {
    expect(() => loadSources(join(dir, 'missing.yaml'))).toThrow(/cannot read .*missing\.yaml/);
  });

  it('has no sources, the example sender and the default token key name without context', () => {
    expect(readAppSettings(context({}))).toEqual({
      sender: 'alerts@example.com',
      sources: [],
      tokenKeyParameterName: '/jobalert/token-key',
    });
  });

  it('rejects a sender that is not an email address', () => {
    expect(() => readAppSettings(context({ sender: 'alerts' }))).toThrow(/context "sender"/);
  });

  it('rejects a site URL that is not https', () => {
    expect(() => readAppSettings(context({ siteUrl: 'http://jobs.example.org' }))).toThrow(/context "siteUrl"/);
  });

  it('rejects a site URL with a path, since the pages link to each other from the root', () => {
    expect(() => readAppSettings(context({ siteUrl: 'https://example.org/jobs' }))).toThrow(/without a path/);
    expect(readAppSettings(context({ siteUrl: 'https://jobs.example.org/' })).siteUrl).toBe('https://jobs.example.org');
  });

  it('passes the config sources to the functions as JOBALERT_SOURCES', () => {
    const sources = [{ id: 'acme', type: 'lever', site: 'acme' }];
    const path = file('c.yaml', `sources:\n  - id: acme\n    type: lever\n    site: acme\n`);
    const { service } = synthApp({ config: path, sender: 'jobs@example.org' });
    const poll = service.findResources('AWS::Lambda::Function')[functionLogicalId(service, 'jobalert poll')] as {
      Properties: { Environment: { Variables: Record<string, string> } };
    };
    expect(JSON.parse(poll.Properties.Environment.Variables.JOBALERT_SOURCES!)).toEqual(sources);
    expect(poll.Properties.Environment.Variables.SENDER).toBe('jobs@example.org');
  });

  it("passes the config's circuit breaker to the poll workers, with its defaults filled in", () => {
    const path = file('cb.yaml', 'sources: []\ncircuitBreaker: { failures: 3 }\n');
    expect(readAppSettings(context({ config: path })).circuitBreaker).toEqual({
      failures: 3,
      backoffMinutes: 60,
      maxBackoffMinutes: 1440,
    });
    const { service } = synthApp({ config: path });
    const worker = service.findResources('AWS::Lambda::Function')[
      functionLogicalId(service, 'jobalert poll-worker')
    ] as {
      Properties: { Environment: { Variables: Record<string, string> } };
    };
    expect(JSON.parse(worker.Properties.Environment.Variables.JOBALERT_CIRCUIT_BREAKER!)).toMatchObject({
      failures: 3,
    });
  });

  it("paces the digest senders at the config's SES rate, half each for the two of them", () => {
    const path = file('rate.yaml', 'sources: []\nsesRatePerSecond: 50\n');
    expect(readAppSettings(context({ config: path })).sesRatePerSecond).toBe(50);
    const { service } = synthApp({ config: path });
    const sender = service.findResources('AWS::Lambda::Function')[
      functionLogicalId(service, 'jobalert digest-sender')
    ] as { Properties: { Environment: { Variables: Record<string, string> } } };
    expect(sender.Properties.Environment.Variables.SES_RATE_PER_SECOND).toBe('25');
  });

  it('refuses a sources list too large for Lambda environment variables', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `source-${i}`, type: 'lever', site: `company-${i}` }));
    const path = file('big.json', JSON.stringify({ sources: many }));
    expect(() => synthApp({ config: path })).toThrow(/sources list is \d+ bytes/);
  });
});
