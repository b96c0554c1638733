import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../shared/config/config';
import { loadConfig } from '../../../shared/config/load-config';

describe('the operator config', () => {
  it('defaults to the example postings folder with sensible settings', async () => {
    const { config } = await loadConfig();
    expect(config.sources).toEqual([expect.objectContaining({ id: 'examples', type: 'folder' })]);
    expect(config).toMatchObject({ pollIntervalMinutes: 15, backfillDays: 30, sender: 'alerts@example.com' });
  });

  it('reads YAML and JSON files, resolving folder paths against the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-config-'));
    const yamlFile = path.join(dir, 'a.yaml');
    await writeFile(yamlFile, 'sources:\n  - { id: mine, type: folder, path: ./postings }\nbackfillDays: 7\n');
    const loaded = await loadConfig(yamlFile);
    expect(loaded.config.backfillDays).toBe(7);
    expect(loaded.baseDir).toBe(dir);
    const jsonFile = path.join(dir, 'a.json');
    await writeFile(jsonFile, JSON.stringify({ sources: [{ id: 'm', type: 'lever', site: 'metabase' }] }));
    expect((await loadConfig(jsonFile)).config.sources[0]).toMatchObject({ type: 'lever', site: 'metabase' });
  });

  it('refuses a siteUrl with a path, naming it: the pages link to each other from the root', () => {
    const attempt = () => parseConfig({ sources: [], siteUrl: 'https://example.org/jobs' }, 'test.yaml');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/siteUrl.*without a path/s);
    expect(parseConfig({ sources: [], siteUrl: 'https://example.org/' }, 'test.yaml').siteUrl).toBe(
      'https://example.org/',
    );
  });

  it('names every bad field: unknown keys, wrong types, a missing path, duplicate ids', () => {
    const attempt = () =>
      parseConfig(
        {
          sources: [
            { id: 'a', type: 'folder' },
            { id: 'b', type: 'lever', site: 'x' },
          ],
          pollIntervalMinutes: 'often',
          colour: 'blue',
        },
        'test.yaml',
      );
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/test\.yaml/);
    expect(message).toMatch(/sources\[0\]\.path/);
    expect(message).toMatch(/pollIntervalMinutes/);
    expect(message).toMatch(/colour/);
  });

  it('refuses two sources with the same id', () => {
    const sources = [
      { id: 'b', type: 'lever', site: 'x' },
      { id: 'b', type: 'lever', site: 'y' },
    ];
    expect(() => parseConfig({ sources }, 'c.yaml')).toThrow(/sources\[1\]\.id: duplicate source id "b"/);
  });

  it('refuses an unknown source type, naming it', () => {
    expect(() => parseConfig({ sources: [{ id: 'x', type: 'linkedin' }] }, 'c.yaml')).toThrow(/sources\[0\]\.type/);
  });

  it('refuses an unreadable or unparsable file with its path', async () => {
    await expect(loadConfig('/nonexistent/jobalert.yaml')).rejects.toThrow(/cannot read config file \/nonexistent/);
    const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-config-'));
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'sources: [\n');
    await expect(loadConfig(bad)).rejects.toThrow(/neither valid JSON nor YAML/);
  });
});
