import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, type Messages, type Plural } from '../../../shared/i18n';

type Entry = [key: string, form: string, text: string];

/** Every string of a catalog, plural forms included, as [key, form, text]. */
function entries(messages: Messages): Entry[] {
  return Object.entries(messages).flatMap(([key, value]: [string, string | Plural]) =>
    typeof value === 'string'
      ? [[key, '', value] as Entry]
      : Object.entries(value).map(([form, text]) => [key, form, text] as Entry),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

const english = new Map(entries(CATALOGS.en).map(([key, form, text]) => [`${key}.${form}`, text]));

describe('the message catalogs', () => {
  it('cover the ten languages the issue names', () => {
    expect([...LOCALES].sort()).toEqual(['da', 'de', 'en', 'es', 'fi', 'fr', 'nl', 'no', 'pt', 'sv']);
  });

  it.each(LOCALES)('%s has a non-empty text for every key, with the same keys as English', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    for (const [key, form, text] of entries(catalog)) {
      expect(text.trim(), `${locale} ${key} ${form}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses exactly the placeholders the English text uses', (locale) => {
    for (const [key, form, text] of entries(CATALOGS[locale])) {
      // A locale may have a plural form English lacks ("many"); it must use English's "other" placeholders.
      const reference = english.get(`${key}.${form}`) ?? english.get(`${key}.other`) ?? '';
      expect(placeholders(text), `${locale} ${key} ${form}`).toEqual(placeholders(reference));
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not English copied over', (locale) => {
    const same = entries(CATALOGS[locale]).filter(([key, form, text]) => english.get(`${key}.${form}`) === text);
    // Short codes ("EU"), "Hybrid", "optional" and the like may coincide; whole sentences may not.
    expect(same.filter(([, , text]) => text.split(' ').length > 3)).toEqual([]);
  });
});
