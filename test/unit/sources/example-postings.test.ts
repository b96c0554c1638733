import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFolderSource } from '../../../shared/adapters/sources/folder-source';

const examplesDir = fileURLToPath(new URL('../../../examples/postings/', import.meta.url));

async function readExamples() {
  const result = await createFolderSource(
    { id: 'examples', type: 'folder', path: examplesDir },
    { baseDir: '/' },
  ).fetch({
    state: undefined,
  });
  if (result.notModified) throw new Error('a folder source is never "not modified"');
  return result;
}

describe('the example postings shipped for the default config', () => {
  it('all parse: ten postings and one blog post, nothing rejected, the README skipped', async () => {
    const result = await readExamples();
    expect(result.rejected).toEqual([]);
    expect(result.postings).toHaveLength(11);
    expect(result.postings.some((p) => /readme/i.test(p.externalId))).toBe(false);
  });

  it('name only fictional Example companies and example.com links', async () => {
    const { postings } = await readExamples();
    for (const posting of postings) {
      if (posting.company) expect(posting.company).toMatch(/^Example /);
      if (posting.url) expect(new URL(posting.url).hostname).toMatch(/(^|\.)example\.com$/);
      expect(posting.text).toMatch(/\S/);
    }
  });

  it('use only example.com email addresses', async () => {
    for (const name of await readdir(examplesDir)) {
      const text = await readFile(new URL(name, `file://${examplesDir}`), 'utf8');
      for (const [, domain] of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(domain).toBe('example.com');
    }
  });

  it('carry front-matter dates in every form the folder source reads', async () => {
    const { postings } = await readExamples();
    const postedAt = (id: string) => postings.find((p) => p.externalId === id)?.postedAt;
    expect(postedAt('svensktalande-kundtjanst-distans-eu.md')).toBe('2026-11-01T00:00:00.000Z');
    expect(postedAt('deutschsprachiger-technischer-support-porto.md')).toBe('2026-10-27T00:00:00.000Z');
    expect(postedAt('more-postings.json#malaga-atencion-cliente-aleman')).toBe('2026-10-29T07:00:00.000Z');
  });
});
