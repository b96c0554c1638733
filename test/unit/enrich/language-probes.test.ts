import { describe, expect, it } from 'vitest';
import { FORMS } from './probes/forms';
import { GERMANIC } from './probes/germanic';
import { HEADINGS } from './probes/headings';
import { LEVELS } from './probes/levels';
import { NICE_TO_HAVE } from './probes/nice-to-have';
import { OTHER } from './probes/other';
import { PHRASINGS } from './probes/phrasings';
import { NEGATED, OWN_LANGUAGE, PLUS_LABELS, STATED_LEVELS, WHOSE_AND_HOW_MANY } from './probes/plus-labels';
import { expected, read } from './probes/probe';
import { ROMANCE } from './probes/romance';
import { SENTENCE_FORMS } from './probes/sentence-forms';
import { SLAVIC } from './probes/slavic';

// Requirement, "a plus", negation, courses, levels and "one of" said the ways ads in each language
// say them: sentences written for these tests, never copied from an ad.
const ALL = { ...GERMANIC, ...ROMANCE, ...SLAVIC, ...OTHER };

describe.each([
  ...Object.entries(ALL),
  ...Object.entries(PHRASINGS),
  ...Object.entries(HEADINGS),
  ...Object.entries(LEVELS),
  ...Object.entries(FORMS),
  ...Object.entries(NICE_TO_HAVE),
  ...Object.entries(SENTENCE_FORMS),
  ...Object.entries(PLUS_LABELS),
  ...Object.entries(WHOSE_AND_HOW_MANY),
  ...Object.entries(STATED_LEVELS),
  ...Object.entries(NEGATED),
  ...Object.entries(OWN_LANGUAGE),
])('language requirements in %s ads', (lang, probes) => {
  it.each(probes)('"%s" reads as %s', (sentence, spec) => {
    const want = expected(spec);
    const { quotes, ...got } = read(lang, sentence, want);
    expect(got).toEqual(want);
    // Each language read carries the words that decided it: the probe's own sentence.
    const words = sentence.replace(/^(title: |- )/, '');
    expect(quotes?.length).toBe(got.required.length + got.optional.length);
    for (const quote of quotes ?? []) expect(words).toContain(quote);
  });
});
