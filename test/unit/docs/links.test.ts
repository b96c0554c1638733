import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, documentationFiles, githubSlug, headingAnchors, markdownLinks } from './markdown-links';

const repoDir = fileURLToPath(new URL('../../../', import.meta.url));
const files = documentationFiles(repoDir);

describe('the relative links of README.md and docs/', () => {
  it('reads the README and the docs folder', () => {
    expect(files).toContain('README.md');
    expect(files.filter((f) => f.startsWith(`docs${path.sep}`)).length).toBeGreaterThan(0);
  });

  it.each(files)(
    '%s: every relative link names a file that exists, and a heading there when it has a #fragment',
    (file) => {
      const problems = brokenLinks(repoDir, file);
      expect(problems, `broken links:\n${problems.join('\n')}`).toEqual([]);
    },
  );
});

describe('the link check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobalert-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };

  it('makes anchors as GitHub does: lower case, punctuation dropped but hyphens, spaces as hyphens', () => {
    expect(githubSlug('Libraries, and why')).toBe('libraries-and-why');
    expect(githubSlug('The `sources` list (v2)')).toBe('the-sources-list-v2');
    expect(githubSlug('Read-only: what & why?')).toBe('read-only-what--why');
    expect(githubSlug('Dansk, norsk og svensk støtte')).toBe('dansk-norsk-og-svensk-støtte');
  });

  it('numbers repeated headings -1, -2 and skips headings inside fenced code', () => {
    const text = ['# Notes', '## Setup', '```md', '## Setup', '```', '## Setup', '## Setup', 'Usage', '-----'].join(
      '\n',
    );
    expect(headingAnchors(text)).toEqual(['notes', 'setup', 'setup-1', 'setup-2', 'usage']);
  });

  it('ignores links inside fenced code blocks and code spans', () => {
    const text = ['See [a](a.md).', '```', '[b](b.md)', '```', 'Write `[c](c.md)` for a link.'].join('\n');
    expect(markdownLinks(text).map((l) => l.target)).toEqual(['a.md']);
  });

  it('passes links to files, folders and headings that exist, and leaves web and mail addresses alone', () => {
    write(
      'README.md',
      '# Top\n[guide](docs/guide.md#second-part) [src](src/) [web](https://example.com/x.md) [mail](mailto:ops@example.com) [self](#top)\n',
    );
    write('docs/guide.md', '# Guide\n## Second part\n[back](../README.md)\n');
    write('src/index.ts', 'export {};\n');
    expect(brokenLinks(dir, 'README.md')).toEqual([]);
    expect(brokenLinks(dir, path.join('docs', 'guide.md'))).toEqual([]);
  });

  it('names the file, the line, the link and what is wrong when a link is broken', () => {
    write(
      'docs/broken.md',
      [
        '# Broken',
        'A [missing file](missing.md) and',
        'a [missing heading](guide.md#third-part) and [its own](#nowhere).',
      ].join('\n'),
    );
    expect(brokenLinks(dir, path.join('docs', 'broken.md'))).toEqual([
      `${path.join('docs', 'broken.md')}:2: [missing file](missing.md): no such file or folder ${path.join('docs', 'missing.md')}`,
      `${path.join('docs', 'broken.md')}:3: [missing heading](guide.md#third-part): ${path.join('docs', 'guide.md')} has no heading whose anchor is #third-part (it has: guide, second-part)`,
      `${path.join('docs', 'broken.md')}:3: [its own](#nowhere): ${path.join('docs', 'broken.md')} has no heading whose anchor is #nowhere (it has: broken)`,
    ]);
  });
});
