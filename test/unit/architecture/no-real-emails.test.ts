import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Real job ads name real people's mailboxes; the repository may hold none but reserved example
// domains (RFC 2606), whatever file they hide in: code, docs, or gathered fixtures.
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const address = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const reserved = /@([a-z0-9-]+\.)*example\.(com|org|net)$/i;

/** The addresses in a text that are not at a reserved example domain. */
function realAddresses(text: string): string[] {
  return [...text.matchAll(address)].map((m) => m[0]).filter((a) => !reserved.test(a));
}

function trackedTextFiles(): { path: string; text: string }[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(path.join(repo, f)))
    .map((f) => ({ path: f, text: readFileSync(path.join(repo, f), 'utf8') }))
    .filter(({ text }) => !text.includes('\0'));
}

describe('email addresses in the repository', () => {
  it('are found in ads, mailto links and JSON, and only example domains pass', () => {
    // Built at run time, so this file holds no address of its own.
    const at = (local: string, domain: string) => `${local}@${domain}`;
    const ad = `Send your CV to ${at('jobs', 'acme.no')} or [HR](mailto:${at('Kari.Nordmann', 'firma.co.uk')}).`;
    expect(realAddresses(ad)).toEqual([at('jobs', 'acme.no'), at('Kari.Nordmann', 'firma.co.uk')]);
    expect(realAddresses('"mailbox": "you@example.com", cc sub@mail.example.org')).toEqual([]);
    expect(realAddresses('github:owner/repo@1b8a506 jobs/ad.md')).toEqual([]);
  });

  it('are all at example.com, example.org or example.net in every tracked file', () => {
    const found = trackedTextFiles().flatMap(({ path: file, text }) => realAddresses(text).map((a) => `${file}: ${a}`));
    expect(found).toEqual([]);
  });
});
