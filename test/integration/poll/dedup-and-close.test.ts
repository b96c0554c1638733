import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PollSummary } from '../../../shared/use-cases/poll-sources';
import { fixturesDir, seedsDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';
import { startPollHarness } from './poll-harness';

// Dedup and closing on real parts: the recorded Lever payload from a loopback server, folder
// sources holding the founding documents, the in-process fan-out, dynalite.
interface LeverPosting {
  id: string;
  text: string;
  hostedUrl: string;
  descriptionPlain: string;
  lists: { text: string; content: string }[];
  additionalPlain: string;
}

let harness: Awaited<ReturnType<typeof startPollHarness>>;
let lever: Awaited<ReturnType<typeof startLoopbackServer>>;
let postings: LeverPosting[];
const byId = (summary: PollSummary, id: string) => summary.sources.find((s) => s.id === id);
const serve = (body: unknown, headers: Record<string, string> = {}) =>
  lever.respond((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body)),
  );
const stored = async (externalId: string) => {
  const { postingId } = await import('../../../shared/posting/posting-identity');
  return (await harness.deps.postings.getPostings([postingId({ sourceId: 'metabase', externalId })]))[0];
};

/** A folder source of its own holding these files. */
async function folder(id: string, files: Record<string, string>) {
  const dir = path.join(harness.dir, id);
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  harness.addSource({ id, type: 'folder', path: dir });
}

beforeAll(async () => {
  postings = JSON.parse(
    await readFile(path.join(fixturesDir, 'sources/lever/metabase-remote-postings.json'), 'utf8'),
  ) as LeverPosting[];
  lever = await startLoopbackServer();
  harness = await startPollHarness();
  harness.addSource({ id: 'metabase', type: 'lever', url: lever.url('/v0/postings/metabase?mode=json') });
});

afterAll(async () => {
  await harness?.close();
  await lever?.close();
});

describe('a posting seen again', () => {
  it('is stored once and then updates nothing while it is unchanged', async () => {
    serve(postings);
    expect(byId(await harness.poll('metabase'), 'metabase')).toMatchObject({ new: 2, duplicate: 0 });
    const before = await stored(postings[0]!.id);

    harness.advance(15);
    const again = await harness.poll('metabase');

    expect(byId(again, 'metabase')).toMatchObject({ new: 0, duplicate: 2, updated: 0, closed: 0 });
    expect(again.newPostingIds).toEqual([]);
    expect(await stored(postings[0]!.id)).toEqual(before);
  });

  it('is updated in place, not stored or mailed as new, when its text changed', async () => {
    const edited = postings.map((p, i) =>
      i === 0 ? { ...p, descriptionPlain: `${p.descriptionPlain}\nThis role now also covers dbt models.` } : p,
    );
    serve(edited);
    const before = await stored(postings[0]!.id);
    harness.advance(15);

    const summary = await harness.poll('metabase');

    expect(byId(summary, 'metabase')).toMatchObject({ new: 0, updated: 1, duplicate: 1 });
    expect(summary.newPostingIds).toEqual([]);
    const after = await stored(postings[0]!.id);
    expect(after?.text).toContain('This role now also covers dbt models.');
    expect(after?.firstSeenAt).toBe(before?.firstSeenAt);
    expect(after?.status).toBe('open');
  });
});

describe('one job, many addresses and copies', () => {
  it('the same job linked with tracking parameters from another source is one posting', async () => {
    const job = postings[0]!;
    await folder('newsletter', {
      'analytics.md': [
        '---',
        `title: "${job.text} (remote)"`,
        'company: Metabase',
        `url: "${job.hostedUrl}/?utm_source=newsletter&utm_medium=email&gclid=abc#apply"`,
        '---',
        'Metabase is hiring an analytics engineer to own our internal data models. Apply through the link.',
      ].join('\n'),
    });

    expect(byId(await harness.poll('newsletter'), 'newsletter')).toMatchObject({ parsed: 1, new: 0, duplicate: 1 });
  });

  it("an agency's repost with one sentence changed collapses into the first", async () => {
    const seed = await readFile(path.join(seedsDir, '000_1749e7e31bab95be.txt'), 'utf8');
    const sentences = seed.split(/(?<=[.!?])\s+/);
    sentences[Math.floor(sentences.length / 2)] = 'Relocation support and a friendly team are part of the offer.';
    await folder('agency', { 'original.txt': seed, 'repost.txt': sentences.join(' ') });

    expect(byId(await harness.poll('agency'), 'agency')).toMatchObject({ parsed: 2, new: 1, duplicate: 1 });
  });

  it('two different jobs of the same company under the same title both land', async () => {
    const body = (p: LeverPosting) =>
      [p.descriptionPlain, ...p.lists.map((l) => `## ${l.text}\n${l.content}`), p.additionalPlain].join('\n\n');
    const file = (p: LeverPosting) =>
      ['---', 'title: Engineer', 'company: Metabase', 'location: Remote', '---', body(p)].join('\n');
    await folder('careers', { 'a.md': file(postings[0]!), 'b.md': file(postings[1]!) });

    expect(byId(await harness.poll('careers'), 'careers')).toMatchObject({ parsed: 2, new: 2, duplicate: 0 });
  });
});

describe('a posting its source no longer lists', () => {
  const [first, second] = [0, 1];

  it('stays open after a failed fetch and after a 304', async () => {
    lever.respond((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down'));
    expect(byId(await harness.poll('metabase'), 'metabase')?.ok).toBe(false);
    lever.respond((_req, res) => res.writeHead(304).end());
    expect(byId(await harness.poll('metabase'), 'metabase')).toMatchObject({ ok: true, notModified: true });

    expect((await stored(postings[second]!.id))?.status).toBe('open');
    expect(await harness.deps.postings.listOpenPostingIds('metabase')).toHaveLength(2);
  });

  it('is closed after a full fetch without it, and is never listed as open again', async () => {
    serve([postings[first]]);
    harness.advance(15);

    expect(byId(await harness.poll('metabase'), 'metabase')).toMatchObject({ ok: true, closed: 1 });
    const closed = await stored(postings[second]!.id);
    expect(closed).toMatchObject({ status: 'closed', closedAt: harness.now().toISOString() });
    expect((await stored(postings[first]!.id))?.status).toBe('open');
    expect(await harness.deps.postings.listOpenPostingIds('metabase')).toHaveLength(1);

    expect(byId(await harness.poll('metabase'), 'metabase')).toMatchObject({ closed: 0 });
  });

  it('is not closed when a posting in the payload cannot even be identified', async () => {
    serve([{ text: 'no id', hostedUrl: 'https://example.com/x' }]);

    expect(byId(await harness.poll('metabase'), 'metabase')).toMatchObject({ ok: true, rejected: 1, closed: 0 });
    expect((await stored(postings[first]!.id))?.status).toBe('open');
  });

  it('opens again, without being mailed as new, when its source lists it again', async () => {
    serve(postings);
    const summary = await harness.poll('metabase');

    expect(byId(summary, 'metabase')).toMatchObject({ new: 0, updated: 1 });
    expect(summary.newPostingIds).toEqual([]);
    expect((await stored(postings[second]!.id))?.status).toBe('open');
  });
});
