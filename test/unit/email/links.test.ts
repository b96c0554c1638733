import { describe, expect, it } from 'vitest';
import { listUnsubscribeHeaders } from '../../../shared/email/email-headers';
import { confirmUrl, notRelevantUrl, preferencesUrl, unsubscribeUrl } from '../../../shared/email/links';

const tokenKey = 'k'.repeat(40);
const linksOf = (siteUrl: string) => {
  const settings = { siteUrl, tokenKey };
  return [
    confirmUrl(settings, 'sub-1', new Date()),
    unsubscribeUrl(settings, 'sub-1'),
    preferencesUrl(settings, 'sub-1'),
    notRelevantUrl(settings, 'sub-1', 'board.0123456789abcdef0123456789abcdef'),
  ];
};

describe('links into the site', () => {
  it.each(['https://example.org/jobs', 'https://example.org/jobs/'])(
    'keep the path of a siteUrl such as %s in every link',
    (siteUrl) => {
      const pages = linksOf(siteUrl).map((link) => link.replace(/\?token=.*$/, ''));
      expect(pages).toEqual([
        'https://example.org/jobs/confirm',
        'https://example.org/jobs/unsubscribe',
        'https://example.org/jobs/preferences',
        'https://example.org/jobs/not-relevant',
      ]);
    },
  );

  it('keep the path in the List-Unsubscribe header too', () => {
    const [header] = listUnsubscribeHeaders(unsubscribeUrl({ siteUrl: 'https://example.org/jobs', tokenKey }, 'sub-1'));
    expect(header?.value).toMatch(/^<https:\/\/example\.org\/jobs\/unsubscribe\?token=[^>]+>$/);
  });

  it('sit at the root of a siteUrl without a path', () => {
    expect(linksOf('https://example.org')[1]).toMatch(/^https:\/\/example\.org\/unsubscribe\?token=/);
  });
});
