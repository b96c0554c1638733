import { parseRemoteRegion } from '../../shared/enrich/remote-region';
import { matchWhere, preparePosting } from '../../shared/match/match-posting';
import { regionCountries } from '../../shared/places/regions';
import { impliedLanguage } from '../../shared/posting/implied-language';
import {
  type Enrichment,
  languageLevelSchema,
  namedRegionSchema,
  type RemoteRegion,
  remotePolicySchema,
} from '../../shared/posting/posting';

const isNamed = (region: string) => namedRegionSchema.safeParse(region).success;

import type { Criteria } from '../../shared/subscriber/subscriber';
import type { Labels } from './labelled';
import { f1 } from './scores';

/**
 * Alert routing, the figure subscribers feel: a posting is sent, once as labelled and once as
 * enrichment read it, to a grid of subscriber kinds by the matcher's own rules (matchWhere), and
 * the two sets of kinds it reaches are compared.
 */

type Where = Pick<Criteria, 'languages' | 'countries' | 'remote'>;

/** One subscriber kind of the grid, and the key that names it. */
export interface SubscriberKind {
  key: string;
  criteria: Where;
}

/**
 * A label's remote region (free text as the guide allows: "PT", "EU", "CET +/- 3h", "BR, PT") in
 * the product's terms, read by the product's own parser; null where it names no region it knows.
 */
export function labelRemoteRegion(text: string | null | undefined): RemoteRegion | null {
  return text ? parseRemoteRegion(text) : null;
}

/**
 * Who may apply to a remote job, as the matcher routes it: its region's countries, or its one
 * country when it names no region ("*" for anywhere, null when not remote or not said).
 */
export function admitted(e: Pick<Enrichment, 'remote' | 'remoteRegion' | 'countries'>): string | null {
  if (e.remote !== 'remote') return null;
  const region = e.remoteRegion ?? (e.countries.length === 1 ? (e.countries[0] as string) : null);
  if (!region) return null;
  const countries = regionCountries(region);
  return countries ? [...countries].sort().join(',') : '*';
}

/** What the labels say, as an enrichment: the matcher reads both sides the same way. */
export function labelsAsEnrichment(labels: Labels): Enrichment {
  const level = (code: string) => {
    const parsed = languageLevelSchema.safeParse(labels.levels?.[code]);
    return parsed.success ? parsed.data : null;
  };
  const remote = remotePolicySchema.safeParse(labels.remote);
  const stated = {
    isPosting: labels.is_posting !== false,
    adLanguage: labels.ad_language ?? null,
    requiredLanguages: labels.required_languages.map((code) => ({ code, level: level(code) })),
    requiredOneOf: [...(labels.required_one_of ?? []), ...(labels.required_k_of ?? []).map((g) => g.langs)],
  };
  return {
    ...stated,
    // Labels keep what an ad implies out of required_languages; the product's rule reads it from them.
    impliedLanguage: impliedLanguage(stated),
    optionalLanguages: labels.optional_languages ?? [],
    countries: labels.countries,
    cities: labels.cities ?? [],
    remote: remote.success ? remote.data : 'unknown',
    remoteRegion: labelRemoteRegion(labels.remote_region),
    deadline: null,
    evidence: [],
  };
}

/** Every language alone and (besides English) with English; every country with and without "remote too"; remote anywhere. */
export function subscriberGrid(languages: Iterable<string>, countries: Iterable<string>): SubscriberKind[] {
  const langSets: string[][] = [];
  for (const l of [...new Set(languages)].sort()) {
    langSets.push([l]);
    if (l !== 'en') langSets.push([l, 'en']);
  }
  const places: { key: string; countries: string[]; remote: boolean }[] = [
    { key: 'remote', countries: [], remote: true },
  ];
  for (const c of [...new Set(countries)].sort()) {
    places.push({ key: c, countries: [c], remote: false }, { key: `${c}+remote`, countries: [c], remote: true });
  }
  return langSets.flatMap((langs) =>
    places.map((p) => ({
      key: `${langs.join('+')} ${p.key}`,
      criteria: { languages: langs, countries: p.countries, remote: p.remote },
    })),
  );
}

const NOW = new Date('2026-01-01T00:00:00Z');

/** The kinds of subscriber a posting with this enrichment reaches (deadlines aside: labels carry none). */
export function routeTo(
  doc: { title: string; text: string; company?: string },
  enrichment: Enrichment,
  grid: SubscriberKind[],
): Set<string> {
  const prepared = preparePosting({ ...doc, enrichment: { ...enrichment, deadline: null } }, NOW);
  const reached = new Set<string>();
  for (const kind of grid) if (matchWhere(kind.criteria, prepared)) reached.add(kind.key);
  return reached;
}

/** F1 of the subscribers reached as enrichment read it against those reached as labelled (1 when both are empty). */
export function routingF1(want: Set<string>, got: Set<string>): number {
  let tp = 0;
  for (const k of got) if (want.has(k)) tp++;
  return f1(tp, got.size - tp, want.size - tp).f1;
}

/** Languages and countries an enrichment names: the grid is built from both sides of every document. */
export function gridTerms(e: Enrichment): { languages: string[]; countries: string[] } {
  const languages = [
    ...e.requiredLanguages.map((l) => l.code),
    ...e.requiredOneOf.flat(),
    ...e.optionalLanguages,
    ...(e.adLanguage ? [e.adLanguage] : []),
  ];
  // A country or a list of them names subscribers' countries; a named region's come from elsewhere.
  const region =
    e.remoteRegion && /^[A-Z]{2}(,[A-Z]{2})*$/.test(e.remoteRegion) && !isNamed(e.remoteRegion)
      ? e.remoteRegion.split(',')
      : [];
  return { languages, countries: [...e.countries, ...region] };
}
