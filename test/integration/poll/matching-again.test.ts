import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchJob } from '../../../shared/ports/queue';
import { postingId } from '../../../shared/posting/posting-identity';
import type { Subscriber } from '../../../shared/subscriber/subscriber';
import { startPollHarness } from './poll-harness';

// Invariant 1, "a posting that reopens or changes in a way that matters is matched again", on real
// parts: folder sources, the local poll tick, the in-process match step and dynalite.
let harness: Awaited<ReturnType<typeof startPollHarness>>;
const matchJobs: MatchJob[] = [];

const ad = (title: string, language: string, more = '') =>
  `---\ntitle: ${title}\ncompany: Example Ltd\nlocation: Lisbon, Portugal\n---\nWe are hiring a customer support agent for our office in Lisbon, Portugal. Fluent ${language} is required, English is a plus. You will answer customer emails and calls. Full-time, permanent contract, competitive salary. Apply with your CV.${more}\n`;

/** Writes (or, with undefined, removes) one file of a folder source, adding the source the first time. */
async function list(sourceId: string, file: string, text: string | undefined) {
  const dir = path.join(harness.dir, sourceId);
  await mkdir(dir, { recursive: true });
  if (!harness.deps.sources.some((s) => s.id === sourceId))
    harness.addSource({ id: sourceId, type: 'folder', path: dir });
  if (text === undefined) await rm(path.join(dir, file), { force: true });
  else await writeFile(path.join(dir, file), text);
}

async function subscriber(id: string, languages: string[]): Promise<string> {
  const s: Subscriber = {
    id,
    email: `${id}@example.com`,
    status: 'active',
    criteria: { languages, countries: ['PT'], remote: false, keywords: [] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: harness.now().toISOString(),
  };
  await harness.deps.subscribers.createSubscriber(s);
  return id;
}

const pending = async (subscriberId: string) =>
  (await harness.deps.matches.listMatches(subscriberId)).map((m) => m.postingId);
const status = async (id: string) => (await harness.deps.postings.getPostings([id]))[0]?.status;

/** What a digest that went out leaves behind: the posting claimed for it, the pending match gone. */
async function mailed(subscriberId: string, digestId: string) {
  const matches = await harness.deps.matches.listMatches(subscriberId);
  for (const m of matches)
    expect(await harness.deps.matches.claimSent(subscriberId, m.postingId, digestId)).toBe('claimed');
  await harness.deps.matches.removeMatches(matches);
}

async function poll(...sourceIds: string[]) {
  harness.advance(15);
  return harness.poll(...sourceIds);
}

beforeAll(async () => {
  harness = await startPollHarness();
  const queue = harness.deps.matchQueue;
  harness.deps.matchQueue = {
    async send(jobs) {
      matchJobs.push(...jobs);
      await queue.send(jobs);
    },
  };
});

afterAll(async () => {
  await harness?.close();
});

describe('a posting that closes and is listed again', () => {
  const id = postingId({ sourceId: 'reopen', externalId: 'support.md' });

  it('reaches a subscriber who signed up while it was closed, and one who had it mailed no second time', async () => {
    const early = await subscriber('reopen-early', ['de']);
    await list('reopen', 'support.md', ad('Support Agent with German', 'German'));
    await poll('reopen');
    expect(await pending(early)).toEqual([id]);
    await mailed(early, 'reopen-digest-1');

    await list('reopen', 'support.md', undefined);
    expect((await poll('reopen')).sources[0]).toMatchObject({ closed: 1 });
    const late = await subscriber('reopen-late', ['de']);

    await list('reopen', 'support.md', ad('Support Agent with German', 'German'));
    expect((await poll('reopen')).sources[0]).toMatchObject({ new: 0, updated: 1 });
    expect(await status(id)).toBe('open');
    expect(await pending(late)).toEqual([id]);
    // Matched again for the early one too, but its sent marker names the digest that mailed it.
    expect(await harness.deps.matches.claimSent(early, id, 'reopen-digest-2')).toBe('taken');
  });
});

describe('a posting that changes', () => {
  const id = postingId({ sourceId: 'change', externalId: 'support.md' });

  it('is matched again when its required language changes, and reaches the subscriber who speaks the new one', async () => {
    const german = await subscriber('change-de', ['de']);
    const norwegian = await subscriber('change-no', ['no']);
    await list('change', 'support.md', ad('Support Agent Lisbon', 'German'));
    await poll('change');
    expect(await pending(german)).toEqual([id]);
    expect(await pending(norwegian)).toEqual([]);

    await list('change', 'support.md', ad('Support Agent Lisbon', 'Norwegian'));
    expect((await poll('change')).sources[0]).toMatchObject({ updated: 1 });
    expect(await pending(norwegian)).toEqual([id]);
    // Still one pending match for the German speaker: it goes out once, whatever its reason now.
    expect(await pending(german)).toEqual([id]);
  });

  it('is updated but not matched again when only its wording changes', async () => {
    const jobsBefore = matchJobs.length;
    await list('change', 'support.md', ad('Support Agent Lisbon', 'Norwegian', ' We look forward to meeting you.'));
    expect((await poll('change')).sources[0]).toMatchObject({ updated: 1, new: 0 });
    expect(matchJobs.slice(jobsBefore).flatMap((j) => j.postingIds)).toEqual([]);
    expect(await harness.deps.postings.listMatchMarks('change')).toEqual([]);
  });
});

describe('the same ad on two boards', () => {
  const x = postingId({ sourceId: 'board-a', externalId: 'support.md' });
  const text = ad('Support Agent with German on two boards', 'German');

  it('is stored once, and stays open while the second board still lists it', async () => {
    await list('board-a', 'support.md', text);
    await list('board-b', 'copy.md', text);
    const first = await poll('board-a', 'board-b');
    expect(first.sources.map((s) => [s.id, s.new, s.duplicate])).toEqual([
      ['board-a', 1, 0],
      ['board-b', 0, 1],
    ]);

    await list('board-a', 'support.md', undefined);
    await poll('board-a', 'board-b');
    expect(await status(x)).toBe('open');
  });

  it('closes when neither board lists it', async () => {
    await list('board-b', 'copy.md', undefined);
    expect((await poll('board-a', 'board-b')).sources.find((s) => s.id === 'board-b')).toMatchObject({ closed: 1 });
    expect(await status(x)).toBe('closed');
  });

  it('opens again when the second board lists its copy again, and is matched again', async () => {
    const late = await subscriber('boards-late', ['de']);
    await list('board-b', 'copy.md', text);
    await poll('board-a', 'board-b');
    expect(await status(x)).toBe('open');
    expect(await pending(late)).toEqual([x]);
    // The first board listing it again keeps it open once the copy goes.
    await list('board-a', 'support.md', text);
    await poll('board-a', 'board-b');
    await list('board-b', 'copy.md', undefined);
    await poll('board-a', 'board-b');
    expect(await status(x)).toBe('open');
  });
});
