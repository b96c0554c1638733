import { countryName, languageName } from '../places/codes';
import { CATALOGS } from './catalogs';
import { fillText } from './fill-template';
import { intlTag, type Locale, toLocale } from './locale';
import type { Messages, Plural } from './messages';

export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
export type PluralKey = { [K in keyof Messages]: Messages[K] extends Plural ? K : never }[keyof Messages];

/** One locale's messages and the Intl formatting that goes with them. */
export interface Translator {
  locale: Locale;
  /** A message with its placeholders filled (plain text, not escaped). */
  t(key: TextKey, values?: Record<string, string | number>): string;
  /** A count-dependent message; `{count}` is the count. */
  plural(key: PluralKey, count: number, values?: Record<string, string | number>): string;
  /** "a, b and c" / "a, b or c" in the locale's words. */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /** A date as "20 Nov 2026" / "20.11.2026", on the calendar day of `timeZone`. */
  date(iso: string, timeZone?: string): string;
  language(code: string): string;
  country(code: string): string;
  quote(text: string): string;
}

const cache = new Map<Locale, Translator>();

/** The translator for a locale; an unsupported value falls back to English. */
export function translator(value: Locale | string | undefined = 'en'): Translator {
  const locale = toLocale(value);
  let found = cache.get(locale);
  if (!found) {
    found = makeTranslator(locale);
    cache.set(locale, found);
  }
  return found;
}

function makeTranslator(locale: Locale): Translator {
  const messages = CATALOGS[locale];
  const tag = intlTag(locale);
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const lists = {
    and: new Intl.ListFormat(tag, { type: 'conjunction' }),
    or: new Intl.ListFormat(tag, { type: 'disjunction' }),
  };
  // A digest asks for the same few names, lists and days again and again, and each ICU call
  // costs far more than a lookup: the answers are kept per locale.
  const languages = remembered((code) => languageName(code, tag));
  const countries = remembered((code) => countryName(code, tag));
  const andLists = remembered((key) => lists.and.format(key.split('\0')));
  const orLists = remembered((key) => lists.or.format(key.split('\0')));
  const dates = remembered((key) => {
    const [iso, timeZone] = key.split('\0') as [string, string];
    return formatDate(tag, iso, timeZone);
  });
  return {
    locale,
    t: (key, values) => fillText(messages[key], values),
    plural: (key, count, values) => {
      const forms = messages[key];
      const category = plurals.select(count);
      const form = (category === 'one' || category === 'many' ? forms[category] : undefined) ?? forms.other;
      // Intl.NumberFormat(tag).format is what count.toLocaleString(tag) does, minus building one each time.
      return fillText(form, { ...values, count: numbers.format(count) });
    },
    // Keys join their parts with a NUL; the rare value that holds one is formatted directly.
    list: (items, type = 'and') =>
      items.some(hasNul) ? lists[type].format(items) : (type === 'or' ? orLists : andLists)(items.join('\0')),
    date: (iso, timeZone = 'UTC') =>
      hasNul(iso) || hasNul(timeZone) ? formatDate(tag, iso, timeZone) : dates(`${iso}\0${timeZone}`),
    language: languages,
    country: countries,
    quote: (text) => fillText(messages.quote, { text }),
  };
}

const hasNul = (text: string) => text.includes('\0');

/** `compute` with its answers kept, up to a bound: a Lambda lives long, and the keys may be user text. */
function remembered(compute: (key: string) => string): (key: string) => string {
  const answers = new Map<string, string>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= 2000) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

// One formatter per (locale, zone): constructing them dominates rendering time otherwise.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatDate(tag: string, iso: string, timeZone: string): string {
  const key = `${tag}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
    } catch {
      // A stored subscriber's time zone ICU no longer knows: the UTC day is close enough.
      format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    }
    if (dateFormats.size < 1000) dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
