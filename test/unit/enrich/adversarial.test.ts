import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { enrichmentSchema } from '../../../shared/posting/posting';

// Hostile inputs must finish: a catastrophic regex or a quadratic rule on a megabyte runs for
// minutes, while a linear pass takes a fraction of a second, so the bound is 5 s, dozens of times
// what a busy machine needs. How fast enrichment is, is the benchmark's business (npm run bench).
// Measured here, since a test runner's timeout cannot interrupt synchronous code.
function finishes(text: string) {
  const started = performance.now();
  const e = enrichPosting({ title: 'x', text });
  expect(performance.now() - started).toBeLessThan(5_000);
  return e;
}

describe('enrichPosting on hostile input', () => {
  it('returns unknowns for empty text', () => {
    const e = enrichPosting({ title: '', text: '' });
    expect(enrichmentSchema.parse(e)).toMatchObject({ isPosting: false, requiredLanguages: [], remote: 'unknown' });
  });

  it.each([
    ['a'.repeat(1e6)],
    ['-'.repeat(1e6)],
    ['fluent in '.repeat(1e5)],
    ['Norwegian-speaking, '.repeat(1e5)],
    ['. '.repeat(5e5)],
    ['x'.repeat(10 * 1024 * 1024)],
  ])('finishes a long adversarial input with a valid enrichment (%#)', (text) => {
    const e = finishes(text);
    expect(enrichmentSchema.safeParse(e).success).toBe(true);
  });

  // Each of these took seconds at 54 KB before language reading became linear in a clause's length.
  it.each([['norsk '], ['English '], ['ikke norsk '], ['norsk språk '], ['nice to have Swedish or ']])(
    'reads a megabyte of %j repeated within the bound',
    (phrase) => {
      const e = finishes(`Vi søker en utvikler.\nKrav:\n${phrase.repeat(Math.ceil((1024 * 1024) / phrase.length))}`);
      expect(enrichmentSchema.safeParse(e).success).toBe(true);
    },
  );

  it('survives binary junk and mixed scripts', () => {
    const junk = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    const e = finishes(`${junk} Русский язык 日本語 العربية Ελληνικά ${junk}`);
    expect(enrichmentSchema.safeParse(e).success).toBe(true);
  });

  it('reads words that are also JavaScript property names as plain words', () => {
    const e = enrichPosting({
      title: 'constructor',
      text: 'constructor toString __proto__ hasOwnProperty valueOf '.repeat(50),
    });
    expect(enrichmentSchema.safeParse(e).success).toBe(true);
  });
});
