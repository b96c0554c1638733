import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchDocumentError, fetchDocument } from '../../../shared/adapters/http/fetch-document';
import type { RetryPolicy } from '../../../shared/adapters/http/retry-policy';
import { startLoopbackServer } from '../../support/loopback-server';

let server: Awaited<ReturnType<typeof startLoopbackServer>>;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server?.close();
});

/** A policy whose waits are recorded instead of slept, with no jitter (random = 0). */
function recordedWaits(overrides: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const retry: Partial<RetryPolicy> = {
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0,
    ...overrides,
  };
  return { waits, retry };
}

/** Answers each request with the next status in the list (the last one repeats). */
function answerInTurn(answers: { status: number; headers?: Record<string, string> }[]) {
  let served = 0;
  server.respond((_req, res) => {
    const answer = answers[Math.min(served++, answers.length - 1)] as (typeof answers)[number];
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers }).end(`answer ${served}`);
  });
}

describe('fetchDocument retrying politely', () => {
  it('retries a 503 twice with growing jittered waits and returns the 200 that follows', async () => {
    answerInTurn([{ status: 503 }, { status: 503 }, { status: 200 }]);
    const { waits, retry } = recordedWaits();
    const doc = await fetchDocument(server.url('/flaky'), { retry });
    expect(doc).toMatchObject({ status: 200, body: 'answer 3' });
    expect(server.requests).toHaveLength(3);
    // Equal jitter with random = 0: half of 500 ms, then half of 1000 ms.
    expect(waits).toEqual([250, 500]);
  });

  it('keeps the waits between half and all of the doubled ceiling whatever the jitter', async () => {
    answerInTurn([{ status: 502 }, { status: 500 }, { status: 200 }]);
    const { waits, retry } = recordedWaits({ random: () => 0.999 });
    await fetchDocument(server.url('/flaky'), { retry });
    expect(waits).toEqual([500, 1000]);
  });

  it('waits as long as a 429 Retry-After in seconds asks before trying again', async () => {
    answerInTurn([{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    const { waits, retry } = recordedWaits();
    const doc = await fetchDocument(server.url('/limited'), { retry });
    expect(doc.status).toBe(200);
    expect(waits).toEqual([1000]);
  });

  it('reads a Retry-After given as an HTTP date against the clock', async () => {
    const now = Date.parse('2026-11-02T08:00:00Z');
    answerInTurn([{ status: 503, headers: { 'retry-after': 'Mon, 02 Nov 2026 08:00:07 GMT' } }, { status: 200 }]);
    const { waits, retry } = recordedWaits({ now: () => now });
    await fetchDocument(server.url('/maintenance'), { retry });
    expect(waits).toEqual([7000]);
  });

  it('gives up at once when Retry-After asks for longer than the cap, leaving it to the next poll', async () => {
    answerInTurn([{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200 }]);
    const { waits, retry } = recordedWaits();
    const error = await fetchDocument(server.url('/later'), { retry }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('does not retry a 404', async () => {
    answerInTurn([{ status: 404 }, { status: 200 }]);
    const { waits, retry } = recordedWaits();
    await expect(fetchDocument(server.url('/gone'), { retry })).rejects.toMatchObject({ status: 404, attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('stops after three attempts and reports the last error with the attempt count', async () => {
    answerInTurn([{ status: 503 }]);
    const { waits, retry } = recordedWaits();
    const error = await fetchDocument(server.url('/down'), { retry }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchDocumentError);
    expect(error).toMatchObject({ message: `HTTP 503 from ${server.url('/down')}`, attempts: 3 });
    expect(server.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('retries a network error', async () => {
    const closed = await startLoopbackServer();
    const url = closed.url('/nobody');
    await closed.close();
    const { waits, retry } = recordedWaits();
    await expect(fetchDocument(url, { retry })).rejects.toMatchObject({ code: 'http.network', attempts: 3 });
    expect(waits).toHaveLength(2);
  });

  it('does not retry a body over the size cap', async () => {
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(2048)));
    const { waits, retry } = recordedWaits();
    await expect(fetchDocument(server.url('/big'), { maxBytes: 1024, retry })).rejects.toMatchObject({
      code: 'http.too-large',
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('times out a body that trickles forever', async () => {
    const timers: NodeJS.Timeout[] = [];
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      timers.push(setInterval(() => res.destroyed || res.write('.'), 20));
    });
    try {
      await expect(
        fetchDocument(server.url('/trickle'), { timeoutMs: 300, retry: { attempts: 1 } }),
      ).rejects.toMatchObject({
        code: 'http.timeout',
        message: `timed out after 0.3 s fetching ${server.url('/trickle')}`,
      });
    } finally {
      for (const t of timers) clearInterval(t);
    }
  });

  it('ends every attempt and wait at the overall deadline, even inside a longer per-attempt timeout', async () => {
    server.respond(() => undefined);
    const { waits, retry } = recordedWaits({ deadlineMs: 400 });
    const started = Date.now();
    await expect(fetchDocument(server.url('/silent'), { timeoutMs: 20_000, retry })).rejects.toMatchObject({
      code: 'http.timeout',
      attempts: 1,
    });
    // A sanity bound against hangs, not a timing assertion: the per-attempt timeout is 20 s.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(waits).toEqual([]);
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    answerInTurn([{ status: 503 }, { status: 200 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      fetchDocument(server.url('/abort'), {
        signal: controller.signal,
        retry: { baseDelayMs: 60_000, maxDelayMs: 60_000, deadlineMs: 120_000 },
      }),
    ).rejects.toMatchObject({ code: 'http.aborted' });
    expect(server.requests).toHaveLength(1);
  });

  it('names the product in its User-Agent, and sends the one it is given', async () => {
    answerInTurn([{ status: 200 }]);
    await fetchDocument(server.url('/ua'));
    expect(server.requests[0]?.headers['user-agent']).toMatch(/^jobalert\/0\.1 \(\+https?:\/\/\S+\)$/);
    answerInTurn([{ status: 200 }]);
    await fetchDocument(server.url('/ua'), { userAgent: 'jobalert/0.1 (+https://jobs.example.com)' });
    expect(server.requests[0]?.headers['user-agent']).toBe('jobalert/0.1 (+https://jobs.example.com)');
  });
});
