import { lazy } from './lazy';
import { NAME_LOCALES } from './name-locales';
import { holdsClass, phraseWordClass } from './phrase-words';
import { type Clause, fold } from './tokenize';

const PHRASES = [
  'deadline',
  'closing date',
  'apply by',
  'apply before',
  'ansøgningsfrist',
  'søknadsfrist',
  'sista ansökningsdag',
  'sista dag att ansöka',
  'ansök senast',
  'bewerbungsfrist',
  'bewerbungsschluss',
  'date limite',
  'fecha límite',
  'fecha limite',
  'prazo',
  'scadenza',
  'termin składania',
  'hakuaika päättyy',
  'viimeinen hakupäivä',
  'срок подачи',
];
const KEYWORDS = new RegExp(`(${PHRASES.join('|')})`, 'gi');

/** The words a deadline phrase may stand in: a text with none skips the search. */
const DEADLINE_WORD = phraseWordClass(PHRASES);
const NUMERIC = /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4})/;
const WORDY = /(\d{1,2})\.? ([\p{L}]{3,12}),? (\d{4})|([\p{L}]{3,12}) (\d{1,2}),? (\d{4})/u;

/** Month names in every ad locale, from ICU ("april", "marts", "März", "juin"). */
const months = lazy(() => {
  const found = new Map<string, number>();
  for (const locale of NAME_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = fold(format.format(new Date(Date.UTC(2020, m, 15)))).replace(/\.$/, '');
        if (name.length >= 3 && !/\d/.test(name)) found.set(name, m + 1);
      }
    }
  }
  // Genitive month names (Russian, Polish) are not what format() gives for a lone month.
  for (const locale of ['ru', 'pl']) {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const part = format.formatToParts(new Date(Date.UTC(2020, m, 15))).find((p) => p.type === 'month');
      if (part) found.set(fold(part.value), m + 1);
    }
  }
  return found;
});

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

function dateIn(window: string): string | null {
  const n = NUMERIC.exec(window);
  if (n) {
    if (n[1]) return iso(Number(n[1]), Number(n[2]), Number(n[3]));
    const a = Number(n[4]);
    const b = Number(n[5]);
    // Europe writes day first; only a second number above 12 says month first.
    return b > 12 ? iso(Number(n[6]), a, b) : iso(Number(n[6]), b, a);
  }
  const w = WORDY.exec(window);
  if (w) {
    if (w[1]) {
      const month = months().get(fold(w[2] ?? ''));
      return month ? iso(Number(w[3]), month, Number(w[1])) : null;
    }
    const month = months().get(fold(w[4] ?? ''));
    return month ? iso(Number(w[6]), month, Number(w[5])) : null;
  }
  return null;
}

/**
 * The application deadline (YYYY-MM-DD) when a deadline phrase is followed by a date. `clauses`,
 * the text's own (tokenize(text)), let a text without a deadline word skip the search.
 */
export function findDeadline(text: string, clauses?: Clause[]): string | null {
  if (clauses && !holdsClass(clauses, DEADLINE_WORD)) return null;
  const src = text.length > 50_000 ? text.slice(0, 50_000) : text;
  for (const m of src.matchAll(KEYWORDS)) {
    const start = (m.index ?? 0) + m[0].length;
    const date = dateIn(src.slice(start, start + 60));
    if (date) return date;
  }
  return null;
}
