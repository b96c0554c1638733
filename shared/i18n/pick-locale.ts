import { DEFAULT_LOCALE, isLocale, type Locale } from './locale';

/**
 * The page language: `requested` (a `?lang=` or form value) when supported, else the first
 * supported language of an `Accept-Language` header by preference, else English.
 * "nb", "nn" and "no-NO" count as Norwegian; "pt-BR" as Portuguese.
 */
export function pickLocale(acceptLanguage?: string, requested?: string): Locale {
  const asked = normalize(requested);
  if (asked) return asked;
  const ranges = (acceptLanguage ?? '')
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    // Array.prototype.sort is stable: equal weights keep the header's order.
    .sort((a, b) => b.weight - a.weight);
  for (const range of ranges) {
    const locale = normalize(range.tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

function normalize(tag: string | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn') return 'no';
  return isLocale(primary) ? primary : null;
}
