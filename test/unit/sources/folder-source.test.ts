import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../../shared/adapters/sources/folder-source';
import type { FetchResult } from '../../../shared/ports/source';

const seedsDir = fileURLToPath(new URL('../../../../shared/fixtures/seeds/', import.meta.url));

async function read(dir: string) {
  const result = await createFolderSource({ id: 'local', type: 'folder', path: dir }, { baseDir: '/' }).fetch({
    state: undefined,
  });
  if (result.notModified) throw new Error('a folder source is never "not modified"');
  return result;
}

function byId(result: Extract<FetchResult, { notModified: false }>, externalId: string) {
  const posting = result.postings.find((p) => p.externalId === externalId);
  if (!posting) throw new Error(`no posting ${externalId}; got ${result.postings.map((p) => p.externalId).join(', ')}`);
  return posting;
}

describe('the folder source reading the five seed documents', () => {
  it('reads all five seeds and skips the README', async () => {
    const result = await read(seedsDir);
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => p.externalId)).toEqual([
      '000_1749e7e31bab95be.txt',
      '001_d53701c465218936.txt',
      '002_e26d09193e706b28.txt',
      '003_2eab9346ffdadcc4.txt',
      '004_0fc16f87b38e3819.txt',
    ]);
    expect(result.postings.every((p) => p.sourceId === 'local')).toBe(true);
  });

  it('takes the first non-empty line of a plain-text seed as its title and keeps the whole text', async () => {
    const result = await read(seedsDir);
    const seed = byId(result, '000_1749e7e31bab95be.txt');
    expect(seed.title).toBe('About the job Norwegian-Speaking Customer Care Specialist - Remote within Portugal');
    expect(seed.text).toContain('Native or near-native proficiency in Norwegian (C1/C2)');
    expect(byId(result, '004_0fc16f87b38e3819.txt').title).toBe('Last Updated on april 10, 2025 by Job Squad');
  });

  it('cuts a one-line plain-text seed to a short title at a word boundary', async () => {
    const seed = byId(await read(seedsDir), '002_e26d09193e706b28.txt');
    expect(
      seed.title.startsWith('[Nordic Jobs Worldwide, Oslo, Norway, søger dansktalende Back Office Agent, Tallinn'),
    ).toBe(true);
    expect(seed.title.length).toBeLessThanOrEqual(151);
    expect(seed.title.endsWith('…')).toBe(true);
    expect(seed.text).toContain('Ansøgningsfrist');
  });

  it("reads seed 001's front matter although the file ends in .txt", async () => {
    const seed = byId(await read(seedsDir), '001_d53701c465218936.txt');
    expect(seed).toMatchObject({
      title: 'Customer Support Specialist - Portuguese',
      company: 'Binance',
      url: 'https://jobs.lever.co/binance/5dc1d34e-3057-4622-83c0-6a4ffd0afcf6',
      postedAt: '2021-03-15T00:00:00.000Z',
      locationText: 'Remote',
    });
  });

  it("turns seed 001's Markdown body into plain text without losing words", async () => {
    const { text } = byId(await read(seedsDir), '001_d53701c465218936.txt');
    expect(text).not.toContain('companyName:');
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/^#/m);
    expect(text).toContain(
      'Only applicants based in the EU with Customer Support experience will be considered for this role.',
    );
    expect(text).toContain('\nRequirements\n');
    expect(text).toContain('- Fluent in English and Portuguese');
  });
});

describe('the folder source reading files of every kind', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'folder-source-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects a file of broken JSON with a reason naming the file while the good files land', async () => {
    await writeFile(path.join(dir, 'broken.json'), '[{"title": "Support agent", "text": "Dansk"');
    await writeFile(path.join(dir, 'good.txt'), 'Danish-speaking support agent in Lisbon\n\nWe need Danish.');
    await writeFile(
      path.join(dir, 'good.json'),
      JSON.stringify({ title: 'Billing specialist', text: 'Dutch and English.' }),
    );
    const result = await read(dir);
    expect(result.postings.map((p) => p.externalId)).toEqual(['good.json', 'good.txt']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.externalId).toBe('broken.json');
    expect(result.rejected[0]?.reason).toMatch(/^broken\.json: not valid JSON/);
  });

  it('rejects the bad element of a JSON array naming the file, the element and the field, and keeps the others', async () => {
    await writeFile(
      path.join(dir, 'jobs.json'),
      JSON.stringify([
        { id: 'a', title: 'Swedish-speaking agent', text: 'Remote within the EU.', postedAt: '2026-11-01' },
        { id: 'b', text: 'A posting without a title' },
        { title: 'No body at all' },
        { id: 'd', title: 'Bad link', text: 'x', url: 'not a url' },
        { title: 'Described in HTML', description: '<p>French <strong>C1</strong></p><ul><li>Athens</li></ul>' },
      ]),
    );
    const result = await read(dir);
    expect(result.postings.map((p) => p.externalId)).toEqual(['jobs.json#a', 'jobs.json#4']);
    expect(result.postings[0]?.postedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(result.postings[1]?.text).toContain('French C1');
    expect(result.postings[1]?.text).not.toContain('<');
    expect(result.rejected.map((r) => r.externalId)).toEqual(['jobs.json#b', 'jobs.json#2', 'jobs.json#d']);
    expect(result.rejected[0]?.reason).toMatch(/^jobs\.json#b: title: /);
    expect(result.rejected[1]?.reason).toBe('jobs.json#2: text: either text or description is required');
    expect(result.rejected[2]?.reason).toMatch(/^jobs\.json#d: url: /);
  });

  it('rejects a JSON posting whose date cannot be read, naming the field', async () => {
    await writeFile(
      path.join(dir, 'one.json'),
      JSON.stringify({ title: 'Agent', text: 'x', postedAt: 'last Tuesday' }),
    );
    const result = await read(dir);
    expect(result.postings).toEqual([]);
    expect(result.rejected[0]?.reason).toBe('one.json: postedAt: "last Tuesday" is not a date');
  });

  it('reads a Markdown file with front matter, mapping company, location, date and remote', async () => {
    await writeFile(
      path.join(dir, 'porto.md'),
      [
        '---',
        'title: German-speaking technical support',
        'company: Example Software',
        'location: Porto, Portugal',
        'date: 2026-10-27',
        'remote: hybrid',
        'tags: [support, german]',
        '---',
        '# Technical support',
        '',
        'You speak *German* at C1 and read our [handbook](https://example.com/handbook).',
      ].join('\n'),
    );
    const [posting] = (await read(dir)).postings;
    expect(posting).toEqual({
      sourceId: 'local',
      externalId: 'porto.md',
      title: 'German-speaking technical support',
      company: 'Example Software',
      locationText: 'Porto, Portugal',
      postedAt: '2026-10-27T00:00:00.000Z',
      remoteHint: 'hybrid',
      text: 'Technical support\n\nYou speak German at C1 and read our handbook.',
    });
  });

  it('takes the first heading of a Markdown file without front matter as its title', async () => {
    await writeFile(path.join(dir, 'plain.markdown'), '\n## **Dutch-speaking** billing specialist\n\nBarcelona.');
    const [posting] = (await read(dir)).postings;
    expect(posting?.title).toBe('Dutch-speaking billing specialist');
  });

  it('rejects front matter that is not YAML, or never closed, or has a field of the wrong type', async () => {
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: [unclosed\n---\nbody');
    await writeFile(path.join(dir, 'b.md'), '---\ntitle: Never closed\nbody');
    await writeFile(path.join(dir, 'c.md'), '---\ntitle: Agent\nremote: sometimes\n---\nbody');
    await writeFile(path.join(dir, 'd.txt'), '   \n\n');
    const result = await read(dir);
    expect(result.postings).toEqual([]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^a\.md: front matter is not valid YAML/),
      'b.md: front matter starts with "---" but is never closed',
      expect.stringMatching(/^c\.md: front matter remote: /),
      'd.txt: no title: the file has no front-matter title and no text',
    ]);
  });

  it('skips dotfiles, READMEs, other extensions and sub-folders', async () => {
    await writeFile(path.join(dir, '.draft.md'), 'Hidden draft');
    await writeFile(path.join(dir, 'README.txt'), 'What this folder is');
    await writeFile(path.join(dir, 'notes.csv'), 'a,b');
    await writeFile(path.join(dir, 'job.TXT'), 'Support agent');
    const result = await read(dir);
    expect(result.postings.map((p) => p.externalId)).toEqual(['job.TXT']);
    expect(result.rejected).toEqual([]);
  });

  it('resolves a relative path against the config folder', async () => {
    await writeFile(path.join(dir, 'job.txt'), 'Support agent');
    const source = createFolderSource(
      { id: 'rel', type: 'folder', path: path.basename(dir) },
      { baseDir: path.dirname(dir) },
    );
    const result = await source.fetch({ state: undefined });
    expect(result.notModified).toBe(false);
    expect(result.notModified === false && result.postings[0]?.title).toBe('Support agent');
  });

  it('throws a clear error when the folder does not exist', async () => {
    const missing = path.join(dir, 'nope');
    await expect(read(missing)).rejects.toThrow(`folder local: cannot read ${missing}`);
  });
});
