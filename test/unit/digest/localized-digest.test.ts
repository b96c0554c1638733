import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../shared/digest/render-digest';
import { describeLanguages } from '../../../shared/digest/summarize-posting';
import { renderConfirmation } from '../../../shared/email/render-confirmation';
import { escapeHtml } from '../../../shared/html/escape-html';
import { CATALOGS, LOCALES, translator } from '../../../shared/i18n';
import type { MatchReason } from '../../../shared/match/match';
import { criteriaSchema } from '../../../shared/subscriber/subscriber';
import { labelledPosting } from '../../support/labelled-postings';
import { norwegianSpeaker } from '../../support/subscribers';

const UNSUBSCRIBE = 'https://jobs.example.com/unsubscribe?token=abc.def';
const SITE = 'https://jobs.example.com/';
const PREFERENCES = 'https://jobs.example.com/preferences?token=abc.def';
const REASON: MatchReason = {
  languages: ['no'],
  impliedLanguage: null,
  countries: ['PT'],
  remoteRegion: null,
  keywords: ['support'],
};
const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1] as string);
}

function hostileDigest(locale: string) {
  const posting = labelledPosting('p087', {
    title: `Title ${EVIL}`,
    company: `Company ${EVIL}`,
    text: `Text ${EVIL}`,
    url: 'javascript:alert(document.cookie)',
  });
  posting.enrichment.cities = [`City ${EVIL}`];
  return renderDigest({
    subscriber: norwegianSpeaker({ locale }),
    items: [{ posting, reason: { ...REASON, keywords: [`kw ${EVIL}`] } }],
    unsubscribeUrl: UNSUBSCRIBE,
    siteUrl: SITE,
    preferencesUrl: PREFERENCES,
    notRelevantUrl: (id) => `https://jobs.example.com/not-relevant?posting=${encodeURIComponent(id)}`,
    moreCount: 3,
  });
}

describe.each(LOCALES)('the digest in %s', (locale) => {
  it('escapes every hostile posting field and links only http(s) URLs', () => {
    const { html, text, subject } = hostileDigest(locale);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
    for (const field of ['Title', 'Company', 'City', 'Text', 'kw']) {
      expect(html).toContain(`${field} &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;`);
    }
    expect(html).not.toContain('javascript:');
    expect(text).not.toContain('javascript:');
    expect(links(html).length).toBeGreaterThanOrEqual(4);
    expect(links(html).every((href) => href.startsWith('https://'))).toBe(true);
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('says in the subscriber’s language that a job stating no language matched on the language of its ad', () => {
    const posting = labelledPosting('p066');
    const { html, text } = renderDigest({
      subscriber: norwegianSpeaker({ locale }),
      items: [
        { posting, reason: { ...REASON, languages: ['da'], impliedLanguage: 'da', countries: ['DK'], keywords: [] } },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    const why = CATALOGS[locale].reasonAdIn.replace('{language}', translator(locale).language('da'));
    expect(why).not.toContain('{');
    expect(html).toContain(escapeHtml(why));
    expect(text).toContain(why);
    expect(text).not.toContain(CATALOGS[locale].reasonSpeak.replace('{languages}', ''));
  });

  it('speaks the subscriber’s language, with the unsubscribe link in both parts', () => {
    const { html, text } = hostileDigest(locale);
    const m = CATALOGS[locale];
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
    for (const part of [html, text]) {
      expect(part).toContain(m.posted);
      expect(part).toContain(m.languagesRequired);
      expect(part).toContain(m.notRelevant);
      expect(part).toContain(m.manageAlert);
    }
    expect(links(html)).toContain(UNSUBSCRIBE);
    expect(text).toContain(UNSUBSCRIBE);
  });
});

describe('the digest layout', () => {
  const render = (extra: object = {}) =>
    renderDigest({
      subscriber: norwegianSpeaker({ locale: 'de' }),
      items: [{ posting: labelledPosting('p001'), reason: REASON }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
      ...extra,
    });

  it('declares light and dark support and restyles for dark mode', () => {
    const { html } = render();
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toMatch(/@media \(prefers-color-scheme:dark\)\{[^}]*\.bg\{background:#121417!important\}/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('formats the date, the place and the reason in German', () => {
    const { text } = render();
    expect(text).toContain('Veröffentlicht: 20.11.2026');
    expect(text).toContain('Remote (Portugal)');
    expect(text).toContain('Warum: Sie sprechen Norwegisch; in Portugal; Stichwort „support“');
    expect(text).toContain('Verlangte Sprachen: Norwegisch (C1), Englisch');
  });

  it('names a level stated in words in the subscriber’s language, a CEFR level as written', () => {
    const enrichment = {
      ...labelledPosting('p087').enrichment,
      requiredLanguages: [
        { code: 'no', level: 'fluent' as const },
        { code: 'en', level: 'B2' as const },
        { code: 'de', level: 'basic' as const },
      ],
      requiredOneOf: [],
    };
    expect(describeLanguages(enrichment, 'de')).toBe('Norwegisch (fließend), Englisch (B2), Deutsch (Grundkenntnisse)');
    expect(describeLanguages(enrichment, 'fr')).toBe('norvégien (courant), anglais (B2), allemand (notions)');
    for (const locale of LOCALES.filter((l) => l !== 'en'))
      expect(describeLanguages(enrichment, locale)).not.toMatch(/\b(fluent|basic)\b/);
  });

  it('links "and N more" to the preference centre when there is one, else to the site', () => {
    const withPreferences = render({ moreCount: 2, preferencesUrl: PREFERENCES }).html;
    expect(withPreferences).toMatch(
      /<a href="https:\/\/jobs\.example\.com\/preferences\?token=abc\.def"[^>]*>…und 2 weitere passende Stellen/,
    );
    expect(render({ moreCount: 1 }).html).toMatch(
      /<a href="https:\/\/jobs\.example\.com\/"[^>]*>…und 1 weitere passende Stelle,/,
    );
  });

  it('leaves out "Not relevant" and "Manage your alert" when not given, or not http(s)', () => {
    const plain = render();
    expect(plain.text).not.toContain('Nicht relevant');
    expect(plain.text).not.toContain('Jobalarm bearbeiten');
    const unsafe = render({ preferencesUrl: 'javascript:x', notRelevantUrl: () => 'data:text/html,x' });
    expect(unsafe.html).not.toMatch(/javascript:|data:text/);
    expect(unsafe.text).not.toContain('Nicht relevant');
  });

  it('gives each job its own "Not relevant" link', () => {
    const { html } = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [
        { posting: labelledPosting('p001'), reason: REASON },
        { posting: labelledPosting('p002'), reason: REASON },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
      notRelevantUrl: (id) => `https://jobs.example.com/not-relevant/${encodeURIComponent(id)}`,
    });
    expect(links(html).filter((l) => l.includes('/not-relevant/'))).toEqual([
      'https://jobs.example.com/not-relevant/labelled%3Ap001',
      'https://jobs.example.com/not-relevant/labelled%3Ap002',
    ]);
  });
});

describe('the confirmation email in the subscriber’s language', () => {
  const criteria = criteriaSchema.parse({ languages: ['no'], countries: ['PT'], keywords: [EVIL] });

  it.each(LOCALES)('%s: localized subject and text, escaped keywords, only the confirm link', (locale) => {
    const confirmUrl = 'https://jobs.example.com/confirm?token=abc.def';
    const { subject, html, text } = renderConfirmation({ confirmUrl, criteria, locale });
    expect(subject).toBe(CATALOGS[locale].confirmSubject);
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain(CATALOGS[locale].confirmButton);
    expect(text).toContain(confirmUrl);
    expect(html).not.toMatch(/<script|<img/);
    expect(new Set(links(html))).toEqual(new Set([confirmUrl]));
  });

  it('describes the alert in French', () => {
    const { text } = renderConfirmation({
      confirmUrl: 'https://jobs.example.com/confirm?token=a',
      criteria: criteriaSchema.parse({ languages: ['no', 'da'], countries: ['PT'], remote: true }),
      locale: 'fr',
    });
    expect(text).toContain(
      'au sujet des offres qui demandent norvégien ou danois, pays : Portugal, ou en télétravail.',
    );
  });
});
