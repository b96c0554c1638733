import { type NamedRegion, namedRegionSchema, type RemoteRegion, TIME_ZONE_WINDOW } from '../posting/posting';
import { countriesInWindow } from './time-zones';

// A set, not namedRegionSchema.safeParse: a failed parse builds an error, and most regions asked are countries.
const NAMED_REGIONS: ReadonlySet<string> = new Set(namedRegionSchema.options);

const codes = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** EU member states (2026). */
export const EU = codes('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE');

/** European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA = new Set([...EU, 'IS', 'LI', 'NO']);

/** Geographic Europe as job ads mean it: the EEA, Switzerland, the UK, the Balkans and the east. */
export const EUROPE = new Set([
  ...EEA,
  ...codes('CH GB AD MC SM VA AL BA ME MK RS XK MD UA BY GE AM TR GI FO IM JE GG AX'),
]);

const MIDDLE_EAST = codes('AE BH IL IQ IR JO KW LB OM PS QA SA SY YE');
const AFRICA = codes(`
  DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ
  NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH RE YT SH
`);
const NORTH_AMERICA = codes('US CA');
const LATAM = codes('MX GT SV HN NI CR PA CU DO PR HT CO VE EC PE BO BR PY UY AR CL');

/** Which countries each named region holds; "worldwide" holds every one and is not listed. */
const NAMED: Record<Exclude<NamedRegion, 'worldwide'>, ReadonlySet<string>> = {
  EU,
  EEA,
  Europe: EUROPE,
  EMEA: new Set([...EUROPE, ...MIDDLE_EAST, ...AFRICA]),
  DACH: codes('DE AT CH'),
  Nordics: codes('DK FI IS NO SE FO GL AX'),
  LATAM,
  'North America': NORTH_AMERICA,
  Americas: new Set([
    ...NORTH_AMERICA,
    ...LATAM,
    ...codes('BZ GY SR GF JM TT BS BB LC VC GD AG DM KN AW CW BM KY TC VG VI GP MQ PM GL'),
  ]),
  APAC: codes(`
    CN HK MO TW JP KR MN SG MY ID TH VN PH KH LA MM BN TL IN PK BD LK NP BT MV AU NZ PG FJ SB VU NC PF WS TO
    KI FM MH PW NR TV
  `),
};

/**
 * The countries a remote region admits: a named region's members, a list's codes, the countries
 * with a time zone in a window, or the one country; null for "worldwide" (every country).
 */
export function regionCountries(region: RemoteRegion): ReadonlySet<string> | null {
  if (region === 'worldwide') return null;
  if (NAMED_REGIONS.has(region)) return NAMED[region as Exclude<NamedRegion, 'worldwide'>];
  if (TIME_ZONE_WINDOW.test(region)) return countriesInWindow(region);
  return listed(region);
}

// A list's set is built once per list: the index asks the same region for every subscriber.
const lists = new Map<string, ReadonlySet<string>>();
function listed(region: string): ReadonlySet<string> {
  let set = lists.get(region);
  if (!set) {
    set = new Set(region.split(','));
    if (lists.size > 10_000) lists.clear();
    lists.set(region, set);
  }
  return set;
}

/** Whether a region is one country ("PT"), not a named region ("EU"), a list or a window. */
export function isCountryRegion(region: RemoteRegion): boolean {
  return /^[A-Z]{2}$/.test(region) && !NAMED_REGIONS.has(region);
}

/** Whether a remote job open to `region` may be done from `country`. */
export function regionContains(region: RemoteRegion, country: string): boolean {
  return regionCountries(region)?.has(country) ?? true;
}
