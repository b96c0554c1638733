import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDigestSenderHandler } from '../../../functions/digest-sender/handler';
import type { LocalStack } from '../../../local/local-stack';
import type { Mailer } from '../../../shared/ports/mailer';
import type { DigestJob } from '../../../shared/ports/queue';
import { type Enrichment, type Posting, unknownEnrichment } from '../../../shared/posting/posting';
import { postingFingerprint, postingId } from '../../../shared/posting/posting-identity';
import { signToken } from '../../../shared/tokens/tokens';
import type { Deps } from '../../../shared/use-cases/deps';
import {
  eraseSubscriberData,
  pauseSubscription,
  resumeSubscription,
  updatePreferences,
} from '../../../shared/use-cases/manage-subscription';
import { matchPostings } from '../../../shared/use-cases/match-postings';
import { sendDigest } from '../../../shared/use-cases/send-digest';
import { unsubscribeSubscriber } from '../../../shared/use-cases/unsubscribe';
import { mailTo } from '../../support/mailbox';
import { confirmedSubscriber, startSeededStack } from '../../support/seeded-stack';
import { tableItems } from '../subscribers/subscriber-helpers';

// Invariant 3 at send time, on dynalite and the SES emulator: what a digest holds and says is what
// the subscriber wants when SES is called, not when the posting was matched or the batch began.
let stack: LocalStack;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ stack, close } = await startSeededStack('jobalert-wishes-'));
});

afterAll(async () => {
  await close?.();
});

beforeEach(() => stack.ses.clear());

const manage = (subscriberId: string) => signToken(stack.deps.settings.tokenKey, { purpose: 'manage', subscriberId });

/** A Norwegian speaker who wants jobs in Portugal, confirmed (their first digest holds the seed posting). */
const norwegianSpeaker = (id: string) =>
  confirmedSubscriber(stack, id, { languages: ['no'], countries: ['PT'], remote: false });

/** A new open job in Portugal with these language requirements, stored and run through matching. */
async function newJobInPortugal(
  sourceId: string,
  title: string,
  languages: Pick<Enrichment, 'requiredLanguages' | 'requiredOneOf'>,
): Promise<Posting> {
  const raw = { sourceId, externalId: title, title, text: `${title}. Based in Lisbon.` };
  const now = new Date().toISOString();
  const posting: Posting = {
    ...raw,
    id: postingId(raw),
    fingerprint: postingFingerprint(raw),
    enrichment: { ...unknownEnrichment(true, 'en'), countries: ['PT'], ...languages },
    status: 'open',
    firstSeenAt: now,
    lastSeenAt: now,
  };
  await stack.deps.postings.savePosting(posting);
  await matchPostings(stack.deps, { postingIds: [posting.id] });
  return posting;
}

const norwegian = { requiredLanguages: [{ code: 'no', level: null }], requiredOneOf: [] };
const norwegianOrGerman = { requiredLanguages: [], requiredOneOf: [['no', 'de']] };

/** Switches the subscriber's languages in the preference centre, the rest kept. */
async function speakOnly(subscriberId: string, languages: string[]) {
  const s = await stack.deps.subscribers.getSubscriber(subscriberId);
  if (!s) throw new Error(`no subscriber ${subscriberId}`);
  const { frequency, hour, timeZone, locale } = s;
  await updatePreferences(stack.deps, manage(subscriberId), {
    ...s.criteria,
    languages,
    frequency,
    hour,
    timeZone,
    locale,
  });
}

const pendingIds = async (subscriberId: string) =>
  (await stack.deps.matches.listMatches(subscriberId)).map((m) => m.postingId);

/** The real mailer, doing `first` once just before its first send (as if it happened during the pacer's wait). */
function mailerThatFirst(first: () => Promise<unknown>): Mailer {
  let done = false;
  return {
    send: async (email, options) => {
      if (!done) {
        done = true;
        await first();
      }
      return stack.deps.mailer.send(email, options);
    },
  };
}

describe('a digest sends what the subscriber wants now', () => {
  it('drops a posting that no longer matches the changed criteria, and gives the new reason for the others', async () => {
    const sub = await norwegianSpeaker('wish-switch');
    const onlyNo = await newJobInPortugal('wishes', 'Norwegian-speaking sales agent', norwegian);
    const either = await newJobInPortugal('wishes', 'Norwegian- or German-speaking support agent', norwegianOrGerman);
    expect(await pendingIds(sub.id)).toEqual(expect.arrayContaining([onlyNo.id, either.id]));

    await speakOnly(sub.id, ['de']);
    expect(await sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'daily-switch' })).toMatchObject({
      sent: true,
      postings: 1,
    });
    const [mail, ...more] = mailTo(await stack.ses.sentEmails(), sub.email);
    expect(more).toEqual([]);
    expect(mail?.body.text).toContain(either.title);
    expect(mail?.body.text).not.toContain(onlyNo.title);
    expect(mail?.body.text).toMatch(/you speak German/);
    expect(mail?.body.text).not.toMatch(/you speak Norwegian/);
    // The dropped posting's match is gone too: no later digest sends it.
    expect(await pendingIds(sub.id)).toEqual([]);
  });

  it('rebuilds a digest whose subscriber changed their criteria while it waited for SES', async () => {
    const sub = await norwegianSpeaker('wish-race');
    const onlyNo = await newJobInPortugal('wishes', 'Norwegian-speaking account manager', norwegian);
    const either = await newJobInPortugal('wishes', 'Norwegian- or German-speaking booking agent', norwegianOrGerman);
    const deps = { ...stack.deps, mailer: mailerThatFirst(() => speakOnly(sub.id, ['de'])) };

    expect(await sendDigest(deps, { subscriberId: sub.id, digestId: 'daily-race' })).toMatchObject({ sent: true });
    const mails = mailTo(await stack.ses.sentEmails(), sub.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body.text).toContain(either.title);
    expect(mails[0]?.body.text).not.toContain(onlyNo.title);
    expect(mails[0]?.body.text).toMatch(/you speak German/);
  });

  it('a criteria change backfills the recent postings that now match', async () => {
    const sub = await norwegianSpeaker('wish-backfill');
    // Stored by the configured source before the change, matching nobody who speaks only Norwegian.
    const german = await newJobInPortugal('seeds', 'German-speaking claims handler', {
      requiredLanguages: [{ code: 'de', level: null }],
      requiredOneOf: [],
    });
    expect(await pendingIds(sub.id)).not.toContain(german.id);

    await speakOnly(sub.id, ['no', 'de']);
    expect(await pendingIds(sub.id)).toContain(german.id);
    await sendDigest(stack.deps, { subscriberId: sub.id, digestId: 'daily-backfill' });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)[0]?.body.text).toContain(german.title);
  });
});

describe('a subscriber who is not active gets nothing, and loses nothing', () => {
  it('a digest that finds its subscriber paused consumes nothing; after resume the postings arrive once', async () => {
    const sub = await norwegianSpeaker('wish-paused');
    await newJobInPortugal('wishes', 'Norwegian-speaking travel consultant', norwegian);
    const pending = await pendingIds(sub.id);
    expect(pending.length).toBeGreaterThanOrEqual(2);

    // Paused while the first delivery waited for its SES slot: it had claimed the postings already.
    const pausing = { ...stack.deps, mailer: mailerThatFirst(() => pauseSubscription(stack.deps, manage(sub.id))) };
    const job = { subscriberId: sub.id, digestId: 'daily-paused-1' };
    expect(await sendDigest(pausing, job)).toEqual({ sent: false, why: 'not-active' });
    // Its redelivery and the next day's digest find the subscriber paused, and take nothing.
    expect(await sendDigest(stack.deps, job)).toEqual({ sent: false, why: 'not-active' });
    expect(await sendDigest(stack.deps, { ...job, digestId: 'daily-paused-2' })).toEqual({
      sent: false,
      why: 'not-active',
    });
    expect((await pendingIds(sub.id)).sort()).toEqual([...pending].sort());

    await resumeSubscription(stack.deps, manage(sub.id));
    expect(await sendDigest(stack.deps, { ...job, digestId: 'daily-paused-3' })).toMatchObject({
      sent: true,
      postings: pending.length,
    });
    // The first digest, redelivered once more, finds its postings sent by the later one.
    expect(await sendDigest(stack.deps, job)).toEqual({ sent: false, why: 'nothing-new' });
    expect(mailTo(await stack.ses.sentEmails(), sub.email)).toHaveLength(1);
  });

  it('unsubscribe and erase during a paced batch: no email after, and nothing written into the erased partition', async () => {
    const subs = await Promise.all([1, 2, 3, 4, 5].map((i) => norwegianSpeaker(`wish-batch-${i}`)));
    const jobs: DigestJob[] = subs.map((s) => ({ subscriberId: s.id, digestId: 'daily-batch' }));
    const event = {
      Records: jobs.map((job, i) => ({ messageId: `m-${i}`, body: JSON.stringify(job) })),
    } as SQSEvent;
    // One email every two seconds after the pacer's first burst: the digests are built at once,
    // then wait for their slots.
    const paced: Deps = { ...stack.deps, settings: { ...stack.deps.settings, sesRatePerSecond: 0.5 } };
    const batch = makeDigestSenderHandler(async () => paced)(event, {} as never);

    // Who the first burst reached: the mailbox once it has held the same addresses for 300 ms.
    let mailed: typeof subs = [];
    for (let stableSince = Date.now(); mailed.length === 0 || Date.now() - stableSince < 300; ) {
      const sent = await stack.ses.sentEmails();
      const now = subs.filter((s) => mailTo(sent, s.email).length > 0);
      if (now.length !== mailed.length) stableSince = Date.now();
      mailed = now;
      await new Promise((r) => setTimeout(r, 20));
    }
    const [erased, ...leaving] = subs.filter((s) => !mailed.includes(s));
    expect(leaving.length).toBeGreaterThan(0);
    await eraseSubscriberData(stack.deps, manage(erased!.id));
    for (const s of leaving) await unsubscribeSubscriber(stack.deps, s.id);

    expect((await batch).batchItemFailures).toEqual([]);
    const sent = await stack.ses.sentEmails();
    expect(sent).toHaveLength(mailed.length);
    for (const s of [erased!, ...leaving]) expect(mailTo(sent, s.email)).toEqual([]);
    const items = await tableItems(stack);
    expect(items.filter((i) => i.PK === `SUB#${erased!.id}`)).toEqual([]);
    // Only the tombstone that keeps senders away, with no personal data, is left of the erased subscriber.
    expect(items.filter((i) => String(i.PK).includes(erased!.id))).toEqual([
      expect.objectContaining({ PK: `DIGESTLEASE#${erased!.id}`, erased: true }),
    ]);
    // And a late redelivery writes nothing there either.
    expect(await sendDigest(stack.deps, jobs[subs.indexOf(erased!)]!)).toEqual({ sent: false, why: 'not-active' });
    expect((await tableItems(stack)).filter((i) => i.PK === `SUB#${erased!.id}`)).toEqual([]);
  });
});
