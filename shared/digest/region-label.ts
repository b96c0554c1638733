import { type Locale, type TextKey, translator } from '../i18n';
import { namedRegionSchema, TIME_ZONE_WINDOW } from '../posting/posting';

const NAMED: Record<string, TextKey> = {
  EU: 'regionEU',
  EEA: 'regionEEA',
  Europe: 'regionEurope',
  EMEA: 'regionEMEA',
  DACH: 'regionDACH',
  Nordics: 'regionNordics',
  LATAM: 'regionLATAM',
  'North America': 'regionNorthAmerica',
  Americas: 'regionAmericas',
  APAC: 'regionAPAC',
  worldwide: 'regionWorldwide',
};

/** A list longer than this names its first few countries and counts the rest. */
const MAX_NAMED = 5;

/**
 * A remote region in words, in `locale`: "EU", "the Nordics", "anywhere", a country's name, a
 * list of them ("Germany, France or the UK"), or a time-zone window ("time zones UTC-1 to UTC+3").
 */
export function regionLabel(region: string, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  if (namedRegionSchema.safeParse(region).success) return tr.t(NAMED[region] as TextKey);
  const window = TIME_ZONE_WINDOW.exec(region);
  if (window) return tr.t('regionTimeZones', { from: `UTC${window[1]}`, to: `UTC${window[2]}` });
  const codes = region.split(',');
  if (codes.length === 1) return tr.country(region);
  const names = codes.map((c) => tr.country(c));
  if (names.length <= MAX_NAMED) return tr.list(names, 'or');
  return tr.t('regionAndMore', {
    names: names.slice(0, MAX_NAMED - 1).join(', '),
    count: names.length - MAX_NAMED + 1,
  });
}
