import { enrichPosting } from '../../../../shared/enrich/enrich-posting';
import { PROBE_ADS } from './ads';

/** A sentence (or "title: …") and what a careful reader takes from it (see germanic.ts). */
export type Probe = [sentence: string, expected: string];

export interface Reading {
  required: string[];
  levels: Record<string, string>;
  optional: string[];
  oneOf: string[][];
  /** The quote of each required or optional language's evidence (only from `read`). */
  quotes?: string[];
}

/** What an expectation string says, in the shape `read` returns. */
export function expected(spec: string): Reading {
  const r: Reading = { required: [], levels: {}, optional: [], oneOf: [] };
  for (const part of spec === '-' ? [] : spec.split(' ')) {
    if (part.startsWith('?')) r.optional.push(part.slice(1));
    else if (part.includes('|')) r.oneOf.push(part.split('|').sort());
    else {
      const [code = '', level] = part.split(':');
      r.required.push(code);
      if (level) r.levels[code] = level;
    }
  }
  r.required.sort();
  r.optional.sort();
  return r;
}

/** Enriches the probe's ad in `lang` and reads back the language fields (levels only where expected). */
export function read(lang: string, sentence: string, want: Reading): Reading {
  const ad = PROBE_ADS[lang];
  if (!ad) throw new Error(`no probe ad in ${lang}`);
  const title = sentence.startsWith('title: ') ? sentence.slice(7) : 'Customer Service';
  const e = enrichPosting({ title, text: ad(sentence.startsWith('title: ') ? '- Good computer skills' : sentence) });
  const levels: Record<string, string> = {};
  for (const l of e.requiredLanguages) if (l.code in want.levels) levels[l.code] = l.level ?? 'none';
  return {
    required: e.requiredLanguages.map((l) => l.code).sort(),
    levels,
    optional: [...e.optionalLanguages].sort(),
    oneOf: e.requiredOneOf.map((g) => [...g].sort()),
    quotes: e.evidence
      .filter((x) => x.field === 'requiredLanguages' || x.field === 'optionalLanguages')
      .map((x) => x.quote),
  };
}
