import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFeedbackReport } from '../../../local/commands/feedback-report';
import type { LocalStack } from '../../../local/local-stack';
import { notRelevantUrl } from '../../../shared/email/links';
import type { Posting } from '../../../shared/posting/posting';
import { signToken } from '../../../shared/tokens/tokens';
import { activeSubscriber, postForm, startTestStack } from './subscriber-helpers';

let stack: LocalStack;
let close: () => Promise<void>;
let dataDir: string;
let postings: Posting[];

const report = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFeedbackReport(argv, { out: (l) => out.push(l), err: (l) => err.push(l), dataDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

beforeAll(async () => {
  ({ stack, close, dataDir } = await startTestStack({ announce: true }));
  await stack.handlers.poll({ kind: 'poll' }, {} as never);
  postings = await stack.deps.postings.listPostingsSince(
    stack.deps.sources.map((s) => s.id),
    new Date(Date.now() - 86_400_000),
    new Date(Date.now() + 1),
  );
  expect(postings.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await close?.();
});

describe('a "not relevant" link', () => {
  it('opens a page naming the job with a button, and records nothing by itself', async () => {
    await activeSubscriber(stack, 'looker');
    const posting = postings[0]!;
    const res = await fetch(notRelevantUrl(stack.deps.settings, 'looker', posting.id));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<form method="post" action="\/not-relevant\?token=/);
    expect(html).toContain(posting.title.replaceAll('&', '&amp;'));
    expect(await stack.deps.matches.listNotRelevantCounts(10)).toEqual([]);
  });

  it('records the click once per subscriber and posting, and counts it on the posting', async () => {
    const [first, second] = postings as [Posting, Posting];
    await activeSubscriber(stack, 'clicker-a');
    await activeSubscriber(stack, 'clicker-b');
    const a = notRelevantUrl(stack.deps.settings, 'clicker-a', first.id);
    const b = notRelevantUrl(stack.deps.settings, 'clicker-b', first.id);
    for (const url of [a, a, a, b]) {
      const res = await postForm(url, '');
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/Thank you/);
    }
    await postForm(notRelevantUrl(stack.deps.settings, 'clicker-a', second.id), '');
    const counts = await stack.deps.matches.listNotRelevantCounts(10);
    expect(counts.map((c) => [c.postingId, c.count])).toEqual([
      [first.id, 2],
      [second.id, 1],
    ]);
  });

  it('refuses tampered, forged and misused links with a 400, and counts nothing', async () => {
    const before = await stack.deps.matches.listNotRelevantCounts(10);
    const good = new URL(notRelevantUrl(stack.deps.settings, 'clicker-a', postings[0]!.id)).searchParams.get('token')!;
    const [, signature] = good.split('.');
    const otherPosting = Buffer.from(
      JSON.stringify({ p: 'not-relevant', s: 'clicker-a', x: postings[1]!.id }),
    ).toString('base64url');
    const tokens = [
      `${otherPosting}.${signature}`,
      signToken('z'.repeat(32), { purpose: 'not-relevant', subscriberId: 'clicker-a', postingId: postings[1]!.id }),
      signToken(stack.deps.settings.tokenKey, { purpose: 'manage', subscriberId: 'clicker-a' }),
      'garbage',
    ];
    for (const token of tokens) {
      const res = await postForm(`${stack.urls.siteUrl}/not-relevant?token=${encodeURIComponent(token)}`, '');
      expect(res.status, token).toBe(400);
    }
    expect(await stack.deps.matches.listNotRelevantCounts(10)).toEqual(before);
  });

  it('of an erased subscriber is a 404 page', async () => {
    const url = notRelevantUrl(stack.deps.settings, 'never-stored', postings[0]!.id);
    expect((await fetch(url)).status).toBe(404);
    expect((await postForm(url, '')).status).toBe(404);
  });
});

describe('npx jobalert feedback', () => {
  it('prints the most reported postings first, with their titles', async () => {
    const { code, out } = await report();
    expect(code).toBe(0);
    const lines = out.split('\n').slice(1);
    expect(lines[0]).toMatch(new RegExp(`^\\s+2\\s+.*${postings[0]!.id}`));
    expect(lines[0]).toContain(postings[0]!.title.slice(0, 20));
    expect(lines[1]).toMatch(new RegExp(`^\\s+1\\s+.*${postings[1]!.id}`));
  });

  it('answers JSON with --json and honours --limit', async () => {
    const { code, out } = await report('--json', '--limit', '1');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { postings: { postingId: string; count: number; title: string }[] };
    expect(parsed.postings).toEqual([
      expect.objectContaining({ postingId: postings[0]!.id, count: 2, title: postings[0]!.title }),
    ]);
  });

  it('refuses a bad --limit (exit 2) and says so when no stack runs (exit 1)', async () => {
    expect((await report('--limit', 'lots')).code).toBe(2);
    const none = await runFeedbackReport([], { out: () => {}, err: () => {}, dataDir: `${dataDir}/nowhere` });
    expect(none).toBe(1);
  });
});
