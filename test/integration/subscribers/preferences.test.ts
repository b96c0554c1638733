import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../local/local-stack';
import { preferencesUrl, unsubscribeUrl } from '../../../shared/email/links';
import { signToken } from '../../../shared/tokens/tokens';
import { planDigests } from '../../../shared/use-cases/plan-digests';
import { activeSubscriber, postForm, startTestStack, tableItems } from './subscriber-helpers';

let stack: LocalStack;
let close: () => Promise<void>;
const link = (id: string) => preferencesUrl(stack.deps.settings, id);

const everything = (over: Record<string, string | string[]> = {}) => {
  const form = new URLSearchParams();
  const fields: Record<string, string | string[]> = {
    action: 'save',
    languages: ['da', 'sv'],
    countries: ['EE', 'PT'],
    remote: 'true',
    keywords: 'support, billing',
    excludeKeywords: 'sales, night shift',
    excludeCompanies: 'Teleperformance',
    frequency: 'weekly',
    hour: '18',
    timeZone: 'Europe/Tallinn',
    locale: 'da',
    ...over,
  };
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
  return form;
};

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
});

afterAll(async () => {
  await close?.();
});

describe('the preference centre', () => {
  it('shows the subscriber their address and criteria in an editable form, and changes nothing', async () => {
    await activeSubscriber(stack, 'show', {
      criteria: {
        languages: ['no'],
        countries: ['PT'],
        remote: true,
        keywords: ['support'],
        excludeCompanies: ['Acme'],
      },
    });
    const res = await fetch(link('show'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('show@example.com');
    expect(html).toMatch(/<option value="no" selected>/);
    expect(html).toMatch(/<option value="PT" selected>/);
    expect(html).toMatch(/id="remote"[^>]*checked/);
    expect(html).toMatch(/name="excludeCompanies"[^>]*value="Acme"/);
    for (const button of ['save', 'pause', 'unsubscribe', 'erase']) expect(html).toContain(`value="${button}"`);
    expect((await stack.deps.subscribers.getSubscriber('show'))?.status).toBe('active');
  });

  it('saves every criterion and delivery setting, validated like the sign-up', async () => {
    await activeSubscriber(stack, 'save');
    const res = await postForm(link('save'), everything());
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/saved/i);
    const saved = await stack.deps.subscribers.getSubscriber('save');
    expect(saved).toMatchObject({
      status: 'active',
      email: 'save@example.com',
      criteria: {
        languages: ['da', 'sv'],
        countries: ['EE', 'PT'],
        remote: true,
        keywords: ['support', 'billing'],
        excludeKeywords: ['sales', 'night shift'],
        excludeCompanies: ['Teleperformance'],
      },
      frequency: 'weekly',
      hour: 18,
      timeZone: 'Europe/Tallinn',
      locale: 'da',
    });
  });

  it('refuses bad input with a 400 page naming the field, and keeps what was stored', async () => {
    await activeSubscriber(stack, 'bad');
    const before = await stack.deps.subscribers.getSubscriber('bad');
    const cases: [Record<string, string | string[]>, string, RegExp][] = [
      [{ languages: ['klingon'] }, 'languages', /ISO 639-1/],
      [{ languages: [] }, 'languages', /at least one language/],
      [{ countries: ['XX'] }, 'countries', /ISO 3166-1/],
      [{ countries: [], remote: '' }, 'countries', /remote/],
      [{ hour: '25' }, 'hour', /.+/],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', /IANA/],
      [{ excludeKeywords: 'x'.repeat(61) }, 'excludeKeywords', /.+/],
    ];
    for (const [over, field, message] of cases) {
      const res = await postForm(link('bad'), everything(over));
      expect(res.status, field).toBe(400);
      const html = await res.text();
      expect(html).toMatch(new RegExp(`id="${field}-error">[^<]*`));
      expect(html.match(new RegExp(`id="${field}-error">([^<]*)`))?.[1]).toMatch(message);
    }
    expect(await stack.deps.subscribers.getSubscriber('bad')).toEqual(before);
  });

  it('does not let the form change the address', async () => {
    await activeSubscriber(stack, 'keep');
    const res = await postForm(link('keep'), everything({ email: 'thief@example.com' }));
    expect(res.status).toBe(200);
    expect((await stack.deps.subscribers.getSubscriber('keep'))?.email).toBe('keep@example.com');
  });

  it('pauses (no digest is planned) and resumes (digests again)', async () => {
    await activeSubscriber(stack, 'pause');
    const dueIds = async () => {
      const sent: string[] = [];
      await planDigests(
        {
          subscribers: stack.deps.subscribers,
          digestQueue: { send: async (jobs) => void sent.push(...jobs.map((j) => j.subscriberId)) },
          metrics: stack.deps.metrics,
        },
        { time: new Date(), force: true },
      );
      return sent;
    };
    const paused = await postForm(link('pause'), 'action=pause');
    expect(paused.status).toBe(200);
    expect(await paused.text()).toMatch(/value="resume"/);
    expect((await stack.deps.subscribers.getSubscriber('pause'))?.status).toBe('paused');
    expect(await dueIds()).not.toContain('pause');
    expect((await postForm(link('pause'), 'action=pause')).status).toBe(200);

    const resumed = await postForm(link('pause'), 'action=resume');
    expect(resumed.status).toBe(200);
    expect((await stack.deps.subscribers.getSubscriber('pause'))?.status).toBe('active');
    expect(await dueIds()).toContain('pause');
  });

  it('a paused subscriber signing up again is told the same as anyone and gets no email', async () => {
    await activeSubscriber(stack, 'quiet', { status: 'paused' });
    await stack.ses.clear();
    const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quiet@example.com', languages: ['de'], remote: true }),
    });
    expect(res.status).toBe(202);
    expect(await stack.ses.sentEmails()).toEqual([]);
    expect((await stack.deps.subscribers.getSubscriber('quiet'))?.criteria.languages).toEqual(['no']);
  });

  it('unsubscribes at once from its button, and a replay changes nothing', async () => {
    await activeSubscriber(stack, 'leave');
    const res = await postForm(link('leave'), 'action=unsubscribe');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/unsubscribed/i);
    expect((await stack.deps.subscribers.getSubscriber('leave'))?.status).toBe('unsubscribed');
    expect((await postForm(link('leave'), 'action=unsubscribe')).status).toBe(200);
    // Resume cannot bring back an unsubscribed alert without a new confirmed sign-up.
    await postForm(link('leave'), 'action=resume');
    expect((await stack.deps.subscribers.getSubscriber('leave'))?.status).toBe('unsubscribed');
  });

  it('and the RFC 8058 one-click POST, replayed, answers the same and keeps the subscriber unsubscribed', async () => {
    await activeSubscriber(stack, 'oneclick');
    const url = unsubscribeUrl(stack.deps.settings, 'oneclick');
    const first = await postForm(url, 'List-Unsubscribe=One-Click');
    const firstPage = await first.text();
    const again = await postForm(url, 'List-Unsubscribe=One-Click');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(await again.text()).toBe(firstPage);
    const stored = await stack.deps.subscribers.getSubscriber('oneclick');
    expect(stored?.status).toBe('unsubscribed');
    expect(stored?.criteria.languages).toEqual(['no']);
  });

  it('refuses an unknown action with a 400 naming it', async () => {
    await activeSubscriber(stack, 'odd');
    const res = await postForm(link('odd'), 'action=delete-everyone');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/unknown action &quot;delete-everyone&quot;/);
  });
});

describe('erase all my data', () => {
  it('removes the profile, the email lookup and every item of the subscriber', async () => {
    await activeSubscriber(stack, 'erase');
    await activeSubscriber(stack, 'neighbour');
    const now = new Date().toISOString();
    const reason = { languages: ['no'], impliedLanguage: null, countries: ['PT'], remoteRegion: null, keywords: [] };
    for (const id of ['erase', 'neighbour']) {
      await stack.deps.matches.addMatch({ subscriberId: id, postingId: 'p1', postedAt: now, matchedAt: now, reason });
      await stack.deps.matches.claimSent(id, 'p0', 'd1');
      await stack.deps.matches.putDigest({
        subscriberId: id,
        digestId: 'd1',
        status: 'sent',
        postingIds: ['p0'],
        at: now,
      });
      await stack.deps.matches.recordNotRelevant(id, 'p0', new Date());
    }
    const before = await tableItems(stack);
    expect(before.filter((i) => i.PK === 'SUB#erase').length).toBeGreaterThanOrEqual(5);

    const res = await postForm(link('erase'), 'action=erase');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/erased/i);

    const after = await tableItems(stack);
    expect(after.filter((i) => String(i.PK).startsWith('SUB#erase'))).toEqual([]);
    expect(after.filter((i) => i.subscriberId === 'erase')).toEqual([]);
    expect(JSON.stringify(after)).not.toContain('erase@example.com');
    // Someone else's data is untouched.
    expect(after.filter((i) => i.PK === 'SUB#neighbour')).toHaveLength(
      before.filter((i) => i.PK === 'SUB#neighbour').length,
    );
  });

  it('leaves old links answering a clear 404 page, a replayed erase too', async () => {
    await activeSubscriber(stack, 'gone');
    const unsubscribe = unsubscribeUrl(stack.deps.settings, 'gone');
    expect((await postForm(link('gone'), 'action=erase')).status).toBe(200);
    for (const res of [
      await fetch(link('gone')),
      await postForm(link('gone'), 'action=erase'),
      await postForm(link('gone'), 'action=save'),
      await fetch(unsubscribe),
      await fetch(unsubscribe, { method: 'POST' }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toMatch(/no longer exists/);
    }
  });

  it('lets the address sign up afresh afterwards', async () => {
    await activeSubscriber(stack, 'again');
    await postForm(link('again'), 'action=erase');
    await stack.ses.clear();
    const res = await fetch(`${stack.urls.siteUrl}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'again@example.com', languages: ['no'], remote: true }),
    });
    expect(res.status).toBe(202);
    expect((await stack.ses.sentEmails()).map((m) => m.destination.to)).toEqual([['again@example.com']]);
  });
});

describe('bad preference links', () => {
  it('answer 400 pages naming the problem: no token, cut short, tampered, forged, wrong purpose', async () => {
    await activeSubscriber(stack, 'victim');
    const good = new URL(link('victim')).searchParams.get('token') as string;
    const [payload, signature] = good.split('.') as [string, string];
    const otherPayload = Buffer.from(JSON.stringify({ p: 'manage', s: 'someone-else' })).toString('base64url');
    const cases: [string, RegExp][] = [
      ['', /no token/],
      [payload, /incomplete/],
      [`${otherPayload}.${signature}`, /not valid/],
      [signToken('x'.repeat(32), { purpose: 'manage', subscriberId: 'victim' }), /not valid/],
      [signToken(stack.deps.settings.tokenKey, { purpose: 'unsubscribe', subscriberId: 'victim' }), /not meant/],
    ];
    for (const [token, message] of cases) {
      const url = `${stack.urls.siteUrl}/preferences${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      for (const res of [await fetch(url), await postForm(url, 'action=erase')]) {
        expect(res.status, token).toBe(400);
        expect(await res.text()).toMatch(message);
      }
    }
    expect((await stack.deps.subscribers.getSubscriber('victim'))?.status).toBe('active');
  });

  it('refuse an oversized form with a 413 and store nothing', async () => {
    await activeSubscriber(stack, 'big');
    const before = await stack.deps.subscribers.getSubscriber('big');
    const res = await postForm(link('big'), everything({ keywords: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect(await stack.deps.subscribers.getSubscriber('big')).toEqual(before);
  });
});
