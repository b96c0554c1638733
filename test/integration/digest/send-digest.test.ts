import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../local/local-stack';
import type { Mailer } from '../../../shared/ports/mailer';
import { type Posting, unknownEnrichment } from '../../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../../shared/posting/posting-identity';
import { DigestBusyError, sendDigest } from '../../../shared/use-cases/send-digest';
import { mailTo } from '../../support/mailbox';
import { confirmedSubscriber, startSeededStack } from '../../support/seeded-stack';

// Invariant 1 under faults, on dynalite and the SES emulator: the mailer is the real SES adapter,
// wrapped only to inject the failure.
let stack: LocalStack;
let close: (() => Promise<void>) | undefined;
let n = 0;

function activeSubscriber(languages: string[], countries: string[], remote = false) {
  return confirmedSubscriber(stack, `sub-${++n}`, { languages, countries, remote });
}

/** The real mailer, failing the first `failures` sends the way a timed-out SES call does. */
function flakyMailer(failures: number): Mailer {
  const real = stack.deps.mailer;
  let left = failures;
  return {
    send: async (email) => {
      if (left-- > 0) throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      return real.send(email);
    },
  };
}

/** A new open posting in one country that requires one language (Finnish unless told), its external id from its title. */
function postingIn(
  country: string,
  fields: { sourceId: string; title: string; text: string; url: string },
  language = 'fi',
): Posting {
  const raw = { ...fields, externalId: fields.title };
  const now = new Date().toISOString();
  return {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment: {
      ...unknownEnrichment(true, 'en'),
      countries: [country],
      requiredLanguages: [{ code: language, level: null }],
    },
    status: 'open',
    firstSeenAt: now,
    lastSeenAt: now,
  };
}

/** Stores each posting (all new) and the subscriber's match with it, for its languages and country. */
async function storeMatched(subscriberId: string, postings: Posting[]): Promise<void> {
  for (const p of postings) {
    expect((await stack.deps.postings.savePosting(p)).outcome).toBe('new');
    await stack.deps.matches.addMatch({
      subscriberId,
      postingId: p.id,
      postedAt: p.firstSeenAt,
      matchedAt: p.firstSeenAt,
      reason: {
        languages: p.enrichment.requiredLanguages.map((l) => l.code),
        impliedLanguage: null,
        countries: p.enrichment.countries,
        remoteRegion: null,
        keywords: [],
      },
    });
  }
}

beforeAll(async () => {
  ({ stack, close } = await startSeededStack('jobalert-digest-'));
});

afterAll(async () => {
  await close?.();
});

beforeEach(() => stack.ses.clear());

describe('sending a digest', () => {
  it('retried after SES failed, sends exactly one email with the same postings', async () => {
    const sub = await activeSubscriber(['no'], ['PT']);
    expect(sub.backfilled).toBe(1);
    const job = { subscriberId: sub.id, digestId: 'daily-2026-11-23' };
    const deps = { ...stack.deps, mailer: flakyMailer(1) };
    await expect(sendDigest(deps, job)).rejects.toThrow(/socket hang up/);
    expect(await stack.ses.sentEmails()).toEqual([]);
    expect(await sendDigest(deps, job)).toMatchObject({ sent: true, postings: 1 });
    expect(await sendDigest(deps, job)).toEqual({ sent: false, why: 'already-sent' });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it('a retry resends the digest it started, and leaves a match that arrived meanwhile for the next one', async () => {
    const sub = await activeSubscriber(['pt'], ['PT'], true);
    const job = { subscriberId: sub.id, digestId: 'daily-2026-11-24' };
    await expect(sendDigest({ ...stack.deps, mailer: flakyMailer(1) }, job)).rejects.toThrow();
    const late = postingIn(
      'PT',
      {
        sourceId: 'late-feed',
        title: 'Portuguese-speaking billing clerk',
        text: 'Billing in Lisbon, Portuguese required.',
        url: 'https://jobs.example.com/billing/1',
      },
      'pt',
    );
    await storeMatched(sub.id, [late]);
    expect(await sendDigest(stack.deps, job)).toMatchObject({ sent: true, postings: 1 });
    expect(await sendDigest(stack.deps, { ...job, digestId: 'daily-2026-11-25' })).toMatchObject({
      sent: true,
      postings: 1,
    });
    const mails = mailTo(await stack.ses.sentEmails(), sub.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body.text).toMatch(/Customer Support Specialist - Portuguese/);
    expect(mails[1]?.body.text).toMatch(/Portuguese-speaking billing clerk/);
  });

  it('sends a posting once when two digests for the same subscriber race: the second is told to come back', async () => {
    const sub = await activeSubscriber(['no'], ['PT']);
    const results = await Promise.allSettled([
      sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'now-a' }),
      sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'now-b' }),
    ]);
    const sent = results.filter((r) => r.status === 'fulfilled' && r.value.sent);
    expect(sent).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DigestBusyError);
    // SQS brings the refused job back; by then its posting went out in the other digest.
    for (const digestId of ['now-a', 'now-b']) await sendDigest(stack.deps, { subscriberId: sub.id, digestId });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it("sends a job once when a board's retitled copy links to the same address", async () => {
    const sub = await activeSubscriber(['fi'], ['IS']);
    const original = postingIn('IS', {
      sourceId: 'employer',
      title: 'Finnish-speaking guide in Reykjavik',
      text: 'Guide our Finnish guests through Iceland. Finnish required.',
      url: 'https://jobs.example.com/guide/1',
    });
    const copy = postingIn('IS', {
      sourceId: 'board',
      title: 'Tour guide wanted: Finnish',
      text: 'See the employer page.',
      url: 'https://jobs.example.com/guide/1?utm_source=board',
    });
    await storeMatched(sub.id, [original, copy]);

    expect(await sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'daily-guide' })).toMatchObject({
      sent: true,
      postings: 1,
    });
    const [mail] = mailTo(await stack.ses.sentEmails(), sub.email);
    expect(mail?.body.text).toContain(original.title);
    expect(mail?.body.text).not.toContain(copy.title);
    expect(await stack.deps.matches.listMatches(sub.id)).toEqual([]);
  });

  it('sends every job of one source that links to the same generic page', async () => {
    const sub = await activeSubscriber(['fi'], ['EE']);
    const jobs = ['Finnish-speaking accountant', 'Finnish-speaking recruiter'].map((title) =>
      postingIn('EE', {
        sourceId: 'generic-feed',
        title,
        text: `${title} in Tallinn.`,
        url: 'https://jobs.example.com/careers',
      }),
    );
    await storeMatched(sub.id, jobs);

    expect(await sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'daily-generic' })).toMatchObject({
      sent: true,
      postings: 2,
    });
  });

  it('sends nothing to an unsubscribed subscriber, even for a digest already planned', async () => {
    const sub = await activeSubscriber(['no'], ['PT']);
    await stack.deps.subscribers.updateSubscriber(sub.id, { status: 'unsubscribed' });
    expect(await sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'daily-x' })).toEqual({
      sent: false,
      why: 'not-active',
    });
    expect(await stack.ses.sentEmails()).toEqual([]);
  });
});
