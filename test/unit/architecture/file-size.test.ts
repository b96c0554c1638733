import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A file a reader can hold in mind: past maxLines it splits along the seams it has, or says within
// its first lines why it must be one, in a comment holding the phrase below
// (`// One file because: …`).
const maxLines = 300;
const topLines = 15;
const reasonPhrase = 'One file because';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const sourceFile = /\.(ts|tsx|js|mjs)$/;

function lineCount(text: string): number {
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** The files, of those given, that are too long and do not say at their top why. */
function tooLong(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => lineCount(text) > maxLines)
    .filter(({ text }) => !text.split('\n').slice(0, topLines).join('\n').includes(reasonPhrase))
    .map(({ path, text }) => `${path} (${lineCount(text)} lines)`);
}

/** Every source file git tracks, test files included; fixture data and dependencies left out. */
function trackedSources(): { path: string; text: string }[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((f) => sourceFile.test(f))
    .filter((f) => !f.split('/').includes('node_modules') && !f.startsWith('test/fixtures/'))
    .filter((f) => existsSync(path.join(repo, f)))
    .map((f) => ({ path: f, text: readFileSync(path.join(repo, f), 'utf8') }));
}

const lines = (n: number, top = '') => `${top}${'x\n'.repeat(n - (top ? 1 : 0))}`;

describe('file size', () => {
  it('finds the tracked source files, tests among them', () => {
    const paths = trackedSources().map((f) => f.path);
    expect(paths).toContain('shared/match/subscription-index.ts');
    expect(paths).toContain('test/unit/architecture/file-size.test.ts');
    expect(paths.some((p) => p.includes('node_modules') || p.startsWith('test/fixtures/'))).toBe(false);
  });

  it('keeps every source file within 300 lines, or has it say at its top why it must be one', () => {
    expect(
      tooLong(trackedSources()),
      `split these along their seams, or say why each must be one within its first ${topLines} lines ("// ${reasonPhrase}: …")`,
    ).toEqual([]);
  });

  it('names a long file without its reason, and lets a long one with its reason at the top pass', () => {
    const reason = '// One file because: one tight algorithm.\n';
    expect(
      tooLong([
        { path: 'short.ts', text: lines(300) },
        { path: 'long.ts', text: lines(301) },
        { path: 'long-with-reason.ts', text: lines(301, reason) },
        { path: 'long-with-reason-too-low.ts', text: `${'x\n'.repeat(15)}${reason}${'x\n'.repeat(285)}` },
      ]),
    ).toEqual(['long.ts (301 lines)', 'long-with-reason-too-low.ts (301 lines)']);
  });
});
