import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../shared/posting/canonical-url';

const job = 'https://jobs.lever.co/metabase/5eca795c-48dd-496a-be23-2181068a5450';

describe('canonical URL', () => {
  it.each([
    `${job}?utm_source=linkedin&utm_medium=social&utm_campaign=q3`,
    `${job}?gclid=abc123`,
    `${job}?fbclid=IwAR0xyz&ref=newsletter`,
    `${job}?lever-source=LinkedIn&source=feed`,
    `${job}/`,
    `${job}#apply`,
    'HTTPS://JOBS.LEVER.CO/metabase/5eca795c-48dd-496a-be23-2181068a5450',
    'http://jobs.lever.co:80/metabase/5eca795c-48dd-496a-be23-2181068a5450',
  ])('%s is the same job', (url) => {
    expect(canonicalUrl(url)).toBe(job);
  });

  it('keeps the parameters that name the job, in one order', () => {
    expect(canonicalUrl('https://example.com/careers?gh_jid=42&utm_source=x&dept=7')).toBe(
      'https://example.com/careers?dept=7&gh_jid=42',
    );
    expect(canonicalUrl('https://example.com/careers?gh_jid=42')).not.toBe(
      canonicalUrl('https://example.com/careers?gh_jid=43'),
    );
  });

  it('keeps the path case: only the host is case-insensitive', () => {
    expect(canonicalUrl('https://example.com/Jobs/A1')).not.toBe(canonicalUrl('https://example.com/jobs/a1'));
  });

  it('is undefined for what is not an http(s) URL', () => {
    expect(canonicalUrl('mailto:jobs@example.com')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });

  it('folds a bare origin with and without its slash', () => {
    expect(canonicalUrl('https://example.com/')).toBe(canonicalUrl('https://example.com'));
  });
});
