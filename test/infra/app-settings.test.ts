import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('has no sources, the example sender the default token key name and 512 MiB for the poll workers without context', () => {
    expect(readAppSettings(context({}))).toEqual({
      sender: 'alerts@example.com',
      senderIdentity: 'domain',
      sources: [],
      tokenKeyParameterName: '/jobalert/token-key',
      pollWorkerMemoryMiB: 512,
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

  it('gives the poll functions and the api the config sources as a file in a layer', () => {
    const path = file('c.yaml', `sources:\n  - id: acme\n    type: lever\n    site: acme\n`);
    const synth = synthApp({ config: path, sender: 'jobs@example.org' });
    expect(layerSources(synth)).toEqual([{ id: 'acme', type: 'lever', site: 'acme' }]);
    const functions = synth.service.findResources('AWS::Lambda::Function') as Record<string, Fn>;
    const [layerId] = Object.keys(synth.service.findResources('AWS::Lambda::LayerVersion'));
    for (const name of ['poll', 'poll-worker', 'api', 'match', 'digest-planner', 'digest-sender', 'ses-feedback']) {
      const fn = functions[functionLogicalId(synth.service, `jobalert ${name}`)]!.Properties;
      const reads = ['poll', 'poll-worker', 'api'].includes(name);
      expect(fn.Environment.Variables.JOBALERT_SOURCES_FILE, name).toBe(
        reads ? '/opt/jobalert/sources.json' : undefined,
      );
      // Besides AWS's own Parameters and Secrets extension (an ARN) on the token key's readers.
      const own = (fn.Layers ?? []).filter((l) => typeof l === 'object' && l !== null && 'Ref' in l);
      expect(own, name).toEqual(reads ? [{ Ref: layerId }] : []);
      expect(fn.Environment.Variables.SENDER).toBe('jobs@example.org');
    }
  });

  it('synthesizes a config of 5,000 sources, every one in the file and none in an environment variable', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `board-${i}`, type: 'lever', site: `company-${i}` }));
    const synth = synthApp({ config: file('big.json', JSON.stringify({ sources: many })) });
    expect(layerSources(synth)).toEqual(many);
    for (const fn of Object.values(synth.service.findResources('AWS::Lambda::Function') as Record<string, Fn>)) {
      // Lambda allows 4 KB for all of a function's variables together.
      expect(JSON.stringify(fn.Properties.Environment.Variables).length).toBeLessThan(4096);
    }
    // Five workers and one more per 250 sources: 5,000 sources polled within each 15 minutes.
    const mapping = Object.values(synth.service.findResources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName.Ref === functionLogicalId(synth.service, 'jobalert poll-worker'),
    );
    expect(mapping?.Properties.ScalingConfig.MaximumConcurrency).toBe(20);
  });

  it('passes the backfill days, digest length and unsubscribe mailto of the config to every function', () => {
    const path = file(
      'digest.yaml',
      'sources: []\nbackfillDays: 7\nmaxPostingsPerDigest: 20\nunsubscribeMailto: unsubscribe@example.org\n',
    );
    const { service } = synthApp({ config: path });
    for (const fn of Object.values(service.findResources('AWS::Lambda::Function') as Record<string, Fn>)) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        BACKFILL_DAYS: '7',
        MAX_POSTINGS_PER_DIGEST: '20',
        UNSUBSCRIBE_MAILTO: 'unsubscribe@example.org',
      });
    }
  });

  it('gives the poll workers the memory a JobStream snapshot needs, and refuses a deploy without it', () => {
    const path = file('stream.yaml', 'sources:\n  - { id: sweden, type: jobtech, mode: stream }\n');
    expect(() => readAppSettings(context({ config: path }))).toThrow(
      /context "pollWorkerMemoryMiB": the jobtech source sweden in stream mode reads JobStream's whole-country snapshot.*-c pollWorkerMemoryMiB=3008 or more, got 512/,
    );
    const { service } = synthApp({ config: path, pollWorkerMemoryMiB: '3008' });
    const memory = (name: string) =>
      (
        service.findResources('AWS::Lambda::Function')[functionLogicalId(service, `jobalert ${name}`)] as {
          Properties: { MemorySize: number };
        }
      ).Properties.MemorySize;
    expect(memory('poll-worker')).toBe(3008);
    expect(memory('match')).toBe(512);
    expect(() => readAppSettings(context({ pollWorkerMemoryMiB: 'lots' }))).toThrow(
      /context "pollWorkerMemoryMiB": expected a whole number of MiB from 512 to 10240, got "lots"/,
    );
    expect(() => readAppSettings(context({ pollWorkerMemoryMiB: '20000' }))).toThrow(/pollWorkerMemoryMiB/);
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
});

type Fn = { Properties: { Environment: { Variables: Record<string, string> }; Layers?: unknown[] } };

/** The sources file inside the layer's asset, as the app staged it for upload. */
function layerSources(synth: ReturnType<typeof synthApp>): unknown {
  const layers = Object.values(synth.service.findResources('AWS::Lambda::LayerVersion'));
  expect(layers).toHaveLength(1);
  const key = layers[0]!.Properties.Content.S3Key as string;
  const staged = join(synth.app.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'jobalert', 'sources.json');
  return JSON.parse(readFileSync(staged, 'utf8'));
}
