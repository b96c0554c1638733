import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../shared/digest/render-digest';
import type { MatchReason } from '../../../shared/match/match';
import { matchPosting } from '../../../shared/match/match-posting';
import { labelledPosting } from '../../support/labelled-postings';
import { norwegianSpeaker } from '../../support/subscribers';

const UNSUBSCRIBE = 'https://jobs.example.com/unsubscribe?token=abc.def';
const SITE = 'https://jobs.example.com/';

describe('the digest for a job that states no language', () => {
  it('says a job that states no language matched because its ad is in the subscriber’s language', () => {
    // A Danish ad in Denmark that asks for no language, matched by the matcher itself.
    const posting = labelledPosting('p066');
    const dane = norwegianSpeaker({
      criteria: { languages: ['da'], countries: ['DK'], remote: false, keywords: [] },
    });
    const reason = matchPosting(dane.criteria, posting, new Date('2026-11-23T10:00:00Z'));
    expect(reason?.impliedLanguage).toBe('da');
    const { html, text, subject } = renderDigest({
      subscriber: dane,
      items: [{ posting, reason: reason as MatchReason }],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: SITE,
    });
    expect(html).toContain('<strong>Why:</strong> the ad is in Danish; in Denmark</p>');
    expect(text).toContain('   Why: the ad is in Danish; in Denmark\n');
    expect(`${html}${text}`).not.toContain('you speak');
    expect(subject).toBe('1 new Danish-speaking job in Denmark');
  });
});
