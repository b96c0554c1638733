import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../shared/digest/render-digest';
import type { MatchReason } from '../../../shared/match/match';
import { labelledPosting } from '../../support/labelled-postings';
import { matchReason } from '../../support/match-reasons';
import { norwegianSpeaker } from '../../support/subscribers';

const UNSUBSCRIBE = 'https://jobs.example.com/unsubscribe?token=abc.def';
const SITE = 'https://jobs.example.com/';
const NORWEGIAN_IN_PORTUGAL = matchReason({ languages: ['no'], countries: ['PT'] });

function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1] as string);
}

describe('renderDigest', () => {
  it('says in the subject how many jobs it holds and for which language', () => {
    const one = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(one.subject).toBe('1 new Norwegian-speaking job in Portugal');
    const many = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
      moreCount: 2,
    });
    expect(many.subject).toBe('3 new Norwegian-speaking jobs in Portugal');
    expect(many.text).toContain('2 more matching jobs');
  });

  it('names only the languages the jobs matched on when the subscriber speaks several', () => {
    const subscriber = norwegianSpeaker({
      criteria: { languages: ['da', 'no', 'de'], countries: ['PT'], remote: false, keywords: [] },
    });
    const { subject } = renderDigest({
      subscriber,
      items: [
        { posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL },
        { posting: labelledPosting('p087'), reason: { ...NORWEGIAN_IN_PORTUGAL, languages: ['de'] } },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(subject).toBe('2 new jobs for Norwegian or German speakers in Portugal');
  });

  it("quotes the ad's own words for the language requirement that matched, and only for it", () => {
    const base = labelledPosting('p001');
    const posting = {
      ...base,
      enrichment: {
        ...base.enrichment,
        evidence: [
          {
            field: 'requiredLanguages' as const,
            value: 'no',
            quote: 'Fluent Norwegian (C1) is required',
            rule: 'requirement cue',
          },
        ],
      },
    };
    const render = (reason: MatchReason) =>
      renderDigest({
        subscriber: norwegianSpeaker(),
        items: [{ posting, reason }],
        unsubscribeUrl: UNSUBSCRIBE,
        siteUrl: SITE,
      });
    const norwegian = render(NORWEGIAN_IN_PORTUGAL);
    expect(norwegian.text).toContain(
      'you speak Norwegian; in Portugal; the ad says “Fluent Norwegian (C1) is required”',
    );
    expect(norwegian.html).toContain('the ad says “Fluent Norwegian (C1) is required”');
    expect(render({ ...NORWEGIAN_IN_PORTUGAL, languages: ['en'] }).text).not.toContain('the ad says');
  });

  it('shows title, company, place, languages, posted date, snippet and why for each job', () => {
    const { html, text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [
        {
          posting: labelledPosting('p001'),
          reason: { ...NORWEGIAN_IN_PORTUGAL, remoteRegion: 'PT', keywords: ['support'] },
        },
        { posting: labelledPosting('p087'), reason: { ...NORWEGIAN_IN_PORTUGAL, languages: ['de'] } },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    for (const part of [html, text]) {
      expect(part).toContain('Norwegian-Speaking Customer Care Specialist - Remote within Portugal');
      expect(part).toContain('KATS Recruitment');
      expect(part).toContain('Remote (Portugal)');
      expect(part).toContain('Norwegian (C1), English');
      expect(part).toContain('20 Nov 2026');
      expect(part).toContain('Introduction A global leader in customer experience is seeking Norwegian-speaking');
      expect(part).toContain('you speak Norwegian; in Portugal; remote within Portugal; keyword “support”');
      expect(part).toContain('Porto, Portugal · On-site');
      expect(part).toContain('German (C2), English (B2)');
    }
    expect(links(html)).toContain('https://careers-page.com/kats-recruitment-2/job/63VW5335');
  });

  it('says "Remote (EU)" for a job that may be done from anywhere in the EU', () => {
    const posting = labelledPosting('p001');
    posting.enrichment.remoteRegion = 'EU';
    const { html } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting, reason: { ...NORWEGIAN_IN_PORTUGAL, countries: [], remoteRegion: 'EU' } }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(html).toContain('Remote (EU)');
    expect(html).toContain('remote within EU');
  });

  it('names a one-of language group as such', () => {
    const { text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: labelledPosting('p002'), reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(text).toContain('one of Swedish, Norwegian, Danish or Finnish');
    expect(text).toContain('Lisbon, Portugal · Hybrid');
  });

  it('starts the snippet at the first line of prose, past headings and the repeated title', () => {
    const { text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [
        { posting: labelledPosting('p002'), reason: NORWEGIAN_IN_PORTUGAL },
        { posting: labelledPosting('p087'), reason: NORWEGIAN_IN_PORTUGAL },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(text).toMatch(/\n {3}We are looking for an experienced and people-focused Customer Service Manager/);
    expect(text).toMatch(/\n {3}Imagine waking up in Porto/);
    expect(text).not.toContain('About the job');
  });

  it('starts the snippet at the beginning of a hard-wrapped sentence, not at its second line', () => {
    const wrapped = {
      ...labelledPosting('p001'),
      title: 'Support agent',
      text: '# Support agent\n\nExample Payments builds card terminals and a payment app for cafes and\nsmall shops across the Nordics. Our team helps shop owners get paid.\n',
    };
    const { text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: wrapped, reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(text).toMatch(/\n {3}Example Payments builds card terminals/);
  });

  it('keeps the snippet short', () => {
    const { text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    const snippetLine = text.split('\n').find((l) => l.trim().startsWith('Introduction A global')) ?? '';
    expect(snippetLine.trim().length).toBeLessThanOrEqual(201);
    expect(snippetLine.trim().endsWith('…')).toBe(true);
    expect(text).not.toContain('Omnichannel Support');
  });

  it('finds the whole snippet past a long stretch of blank space in the opening prose', () => {
    const spaced = {
      ...labelledPosting('p001'),
      title: 'Support agent',
      text: `Example Payments builds card terminals and a payment app for small shops.${' \n'.repeat(800)}${'Our team helps shop owners across the Nordics get paid. '.repeat(8)}`,
    };
    const { text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: spaced, reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    const snippetLine = text.split('\n').find((l) => l.trim().startsWith('Example Payments')) ?? '';
    expect(snippetLine).toContain('small shops. Our team helps shop owners across the Nordics get paid. Our team');
    expect(snippetLine.trim().length).toBeGreaterThan(180);
    expect(snippetLine.trim().endsWith('…')).toBe(true);
  });

  it('shows the edited text of a posting that was shown before under the same id', () => {
    const render = (text: string) =>
      renderDigest({
        subscriber: norwegianSpeaker(),
        items: [
          { posting: { ...labelledPosting('p001'), title: 'Support agent', text }, reason: NORWEGIAN_IN_PORTUGAL },
        ],
        unsubscribeUrl: UNSUBSCRIBE,
        siteUrl: SITE,
      }).text;
    expect(render('Example Payments builds card terminals and a payment app for small shops.')).toContain(
      'Example Payments builds card terminals',
    );
    const edited = render('Example Payments now builds a payment app for cafes, bakeries and small shops.');
    expect(edited).toContain('Example Payments now builds a payment app');
    expect(edited).not.toContain('card terminals');
  });

  it('says "or" where the subject offers languages and "and" where the reason lists them', () => {
    const { subject, text } = renderDigest({
      subscriber: norwegianSpeaker({
        criteria: { languages: ['no', 'da'], countries: ['PT'], remote: false, keywords: [] },
      }),
      items: [
        { posting: labelledPosting('p001'), reason: { ...NORWEGIAN_IN_PORTUGAL, languages: ['no', 'da'] } },
        { posting: labelledPosting('p002'), reason: { ...NORWEGIAN_IN_PORTUGAL, languages: ['no', 'da'] } },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(subject).toBe('2 new jobs for Norwegian or Danish speakers in Portugal');
    expect(text.match(/Why: you speak Norwegian and Danish; in Portugal/g)).toHaveLength(2);
  });

  it('escapes markup in every posting field of the HTML part', () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const posting = labelledPosting('p087', {
      title: `Title ${evil}`,
      company: `Company ${evil}`,
      text: `Text ${evil}`,
    });
    posting.enrichment.cities = [`City ${evil}`];
    const { html, text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting, reason: { ...NORWEGIAN_IN_PORTUGAL, keywords: [`kw ${evil}`] } }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
    expect(html).toContain('Title &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Company &quot;&gt;&lt;script&gt;');
    expect(html).toContain('City &quot;&gt;&lt;script&gt;');
    expect(html).toContain('Text &quot;&gt;&lt;script&gt;');
    // The text part is plain text: shown as written, not entity-encoded.
    expect(text).toContain(`Title ${evil}`);
  });

  it('does not turn a javascript: URL into a link', () => {
    const posting = labelledPosting('p087', { url: 'javascript:alert(document.cookie)' as string });
    const { html, text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting, reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(html).not.toContain('javascript:');
    expect(text).not.toContain('javascript:');
    expect(links(html).every((href) => href.startsWith('https://'))).toBe(true);
    expect(html).toContain('German-Speaking customer support');
  });

  it('ends with an unsubscribe link in both parts', () => {
    const { html, text } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [{ posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(html).toMatch(/<a href="https:\/\/jobs\.example\.com\/unsubscribe\?token=abc\.def"[^>]*>Unsubscribe<\/a>/);
    expect(text).toContain(`Unsubscribe at any time, no login needed: ${UNSUBSCRIBE}`);
  });

  it('refuses to render without a usable unsubscribe URL', () => {
    expect(() =>
      renderDigest({
        subscriber: norwegianSpeaker(),
        items: [{ posting: labelledPosting('p001'), reason: NORWEGIAN_IN_PORTUGAL }],
        unsubscribeUrl: 'javascript:void(0)',
        siteUrl: SITE,
      }),
    ).toThrow(/unsubscribe URL/);
  });

  it('shows the posted date in the subscriber’s time zone', () => {
    const posting = labelledPosting('p001', { postedAt: '2026-11-20T23:30:00Z' });
    const render = (timeZone: string) =>
      renderDigest({
        subscriber: norwegianSpeaker({ timeZone }),
        items: [{ posting, reason: NORWEGIAN_IN_PORTUGAL }],
        unsubscribeUrl: UNSUBSCRIBE,
        siteUrl: SITE,
      }).text;
    expect(render('UTC')).toContain('Posted: 20 Nov 2026');
    expect(render('Europe/Oslo')).toContain('Posted: 21 Nov 2026');
  });
});
