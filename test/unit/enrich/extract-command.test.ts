import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtractLine, runExtract } from '../../../local/commands/extract';
import { seedsDir } from '../../support/fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'extract-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExtract(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, async () =>
    Buffer.from(stdin),
  );
  return { code, out, err, json: () => out.map((l) => JSON.parse(l) as ExtractLine) };
}

async function file(name: string, content: string): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, content);
  return p;
}

describe('jobalert extract', () => {
  it('prints one JSON line per seed with the labelled languages, places and work model', async () => {
    const seeds = ['000_1749e7e31bab95be.txt', '001_d53701c465218936.txt', '002_e26d09193e706b28.txt'].map((f) =>
      path.join(seedsDir, f),
    );
    const r = await run(['--json', ...seeds]);
    expect(r.code).toBe(0);
    const [s000, s001, s002] = r.json();
    expect(s000).toMatchObject({
      isPosting: true,
      adLanguage: 'en',
      countries: ['PT'],
      remote: 'remote',
      remoteRegion: 'PT',
    });
    expect(s000?.requiredLanguages.map((l) => l.code).sort()).toEqual(['en', 'no']);
    // Markdown with front matter, read as the folder source reads it.
    expect(s001).toMatchObject({ remote: 'remote', remoteRegion: 'EU' });
    expect(s002).toMatchObject({ adLanguage: 'da', countries: ['EE'], cities: ['Tallinn'], remote: 'onsite' });
    // It states Danish and English: it implies nothing.
    expect(s002?.impliedLanguage).toBeNull();
    expect(Object.keys(s002 ?? {})).toEqual([
      'file',
      'isPosting',
      'adLanguage',
      'impliedLanguage',
      'requiredLanguages',
      'requiredOneOf',
      'optionalLanguages',
      'countries',
      'cities',
      'remote',
      'remoteRegion',
    ]);
  });

  it('reads HTML as text and a JSON file of several postings as one line each', async () => {
    const html = await file(
      'ad.html',
      '<html><body><h1>Support agent</h1><p>Location: Porto, Portugal</p><ul><li>Fluent German (C1)</li><li>Good English</li></ul><p>Hybrid: two days a week from home.</p></body></html>',
    );
    const json = await file(
      'feed.json',
      JSON.stringify([
        { id: 'a', title: 'Dutch speaker', text: 'Requirements: native Dutch. Fully remote within the Netherlands.' },
        { id: 'b', title: 'Agent', description: '<p>You speak fluent Italian. Office in Milan.</p>' },
      ]),
    );
    const r = await run(['--json', html, json]);
    expect(r.code).toBe(0);
    const [h, a, b] = r.json();
    expect(h).toMatchObject({ countries: ['PT'], cities: ['Porto'], remote: 'hybrid' });
    expect(h?.requiredLanguages).toEqual([
      { code: 'de', level: 'C1' },
      { code: 'en', level: 'good' },
    ]);
    expect(a).toMatchObject({ file: `${json}#a`, remote: 'remote', remoteRegion: 'NL' });
    expect(b?.file).toBe(`${json}#b`);
    expect(b?.requiredLanguages.map((l) => l.code)).toEqual(['it']);
  });

  it('reads standard input for "-" and prints a readable table without --json', async () => {
    const r = await run(
      ['-'],
      'Kundeservice\nVi søger en dansktalende medarbejder til vores kontor i Aarhus. Du er god til at skrive, og du har erfaring med kundeservice. Arbejdet foregår på kontoret.',
    );
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^file\s+posting\s+ad\s+implied\s+required/);
    expect(r.out[0]).toContain('\n-     ');
    expect(r.out[0]).toMatch(/yes\s+da\s+-\s+da\s+-\s+-\s+DK\s+Aarhus\s+onsite/);
  });

  it('shows the language an ad implies when it states none, in the table and in JSON', async () => {
    const ad = await file(
      'lager.txt',
      'Lagermedarbejder i Odense\nVi søger en lagermedarbejder på fuld tid til vores lager i Odense. Du skal pakke ordrer og modtage varer. Send din ansøgning i dag.',
    );
    const table = await run([ad]);
    expect(table.out[0]).toMatch(/yes\s+da\s+da\s+-\s+-\s+-\s+DK\s+Odense/);
    const [line] = (await run(['--json', ad])).json();
    expect(line).toMatchObject({ adLanguage: 'da', impliedLanguage: 'da', requiredLanguages: [] });
  });

  it('explains each value with the words that decided it and the rule that read them', async () => {
    const ad = await file(
      'ad.txt',
      [
        'Support agent',
        'Location: 1050 Lisbon, Portugal',
        '',
        'About us',
        'We have offices in Madrid and Paris.',
        '',
        'Requirements',
        '- Fluent Dutch, spoken and written',
        '- Good English',
        '',
        'Hybrid: three days a week in the Lisbon office.',
      ].join('\n'),
    );
    const table = await run(['--explain', ad]);
    expect(table.code).toBe(0);
    const text = table.out.join('\n');
    expect(text).toMatch(/requiredLanguages = nl +\S.* +“Fluent Dutch, spoken and written”/);
    expect(text).toMatch(/countries = PT +location header +“Location: 1050 Lisbon, Portugal”/);
    expect(text).not.toMatch(/countries = (ES|FR)/);
    const [line] = (await run(['--json', '--explain', ad])).json();
    expect(line?.evidence).toContainEqual(
      expect.objectContaining({
        field: 'remote',
        value: 'hybrid',
        quote: expect.stringContaining('three days a week'),
      }),
    );
    // Without --explain the JSON keeps its shape.
    expect((await run(['--json', ad])).json()[0]).not.toHaveProperty('evidence');
  });

  it('answers empty and binary input with unknowns, and a missing file with exit code 1', async () => {
    const empty = await file('empty.txt', '');
    const binary = await file(
      'junk.txt',
      Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
    );
    const r = await run(['--json', empty, binary, path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    const [e, b] = r.json();
    expect(e).toMatchObject({ isPosting: false, requiredLanguages: [], remote: 'unknown' });
    expect(b?.requiredLanguages).toEqual([]);
    expect(r.err.join('\n')).toContain('missing.txt');
  });

  it('refuses to run without files or with an unknown option', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--nope', 'x'])).code).toBe(2);
  });
});
