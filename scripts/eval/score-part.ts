import { fold } from '../../shared/enrich/tokenize';
import type { Enrichment } from '../../shared/posting/posting';
import type { LabelledItem } from './labelled';
import { admitted, labelsAsEnrichment, routeTo, routingF1, type SubscriberKind } from './routing';
import { Accuracy, Mean, SetScore } from './scores';

export interface Miss {
  id: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface Scored {
  item: LabelledItem;
  got: Enrichment;
}

const groupKey = (groups: string[][]) =>
  groups
    .map((g) => [...g].sort().join('|'))
    .sort()
    .join(' ');

const workModel = (remote: string) => (remote === 'remote' || remote === 'hybrid' ? remote : 'onsite/unstated');

/**
 * Scores one part: per-field figures, alert routing, per ad language, and every miss (shown for
 * development only). `grid` is the subscriber grid, or the grid each document is routed on.
 */
export function scorePart(scored: Scored[], grid: SubscriberKind[] | ((item: LabelledItem) => SubscriberKind[])) {
  const gridOf = typeof grid === 'function' ? grid : () => grid;
  const sets = new Map<string, SetScore>();
  const accs = new Map<string, Accuracy>();
  const byLanguage = new Map<string, { required: SetScore; countries: Accuracy; remote: Accuracy }>();
  const misses: Miss[] = [];
  const setScore = (name: string) => sets.get(name) ?? (sets.set(name, new SetScore()).get(name) as SetScore);
  const accuracy = (name: string) => accs.get(name) ?? (accs.set(name, new Accuracy()).get(name) as Accuracy);
  const routingMean = new Mean();
  const routedExactly = new Accuracy();

  for (const { item, got } of scored) {
    const want = item.labels;
    const miss = (field: string, expected: unknown, value: unknown) =>
      misses.push({ id: `${item.set}/${item.id}`, field, expected, got: value });

    const labelled = labelsAsEnrichment(want);
    const wantRoute = routeTo(item.input, labelled, gridOf(item));
    const gotRoute = routeTo(item.input, got, gridOf(item));
    const routeF1 = routingF1(wantRoute, gotRoute);
    routingMean.add(routeF1);
    if (!routedExactly.add(routeF1 === 1 && wantRoute.size === gotRoute.size)) {
      const missing = [...wantRoute].filter((k) => !gotRoute.has(k)).length;
      const extra = [...gotRoute].filter((k) => !wantRoute.has(k)).length;
      miss(
        'routing',
        `${wantRoute.size} kinds`,
        `${missing} missed, ${extra} wrongly reached (F1 ${routeF1.toFixed(2)})`,
      );
    }

    const wantPosting = want.is_posting !== false;
    if (!accuracy('isPosting').add(got.isPosting === wantPosting)) miss('isPosting', wantPosting, got.isPosting);
    if (want.ad_language !== undefined && !accuracy('adLanguage').add(got.adLanguage === want.ad_language))
      miss('adLanguage', want.ad_language, got.adLanguage);
    // An article's place labels describe its story, not a job: only postings are scored beyond this.
    if (!wantPosting) continue;
    const lang = want.ad_language ?? 'unknown';
    const per =
      byLanguage.get(lang) ??
      (byLanguage
        .set(lang, { required: new SetScore(), countries: new Accuracy(), remote: new Accuracy() })
        .get(lang) as NonNullable<ReturnType<typeof byLanguage.get>>);
    const gotRequired = got.requiredLanguages.map((l) => l.code);
    if (!setScore('requiredLanguages').add(want.required_languages, gotRequired))
      miss('requiredLanguages', want.required_languages, gotRequired);
    per.required.add(want.required_languages, gotRequired);
    if (!setScore('optionalLanguages').add(want.optional_languages ?? [], got.optionalLanguages))
      miss('optionalLanguages', want.optional_languages ?? [], got.optionalLanguages);
    const wantGroups = [...(want.required_one_of ?? []), ...(want.required_k_of ?? []).map((g) => g.langs)];
    if (!accuracy('requiredOneOf').add(groupKey(wantGroups) === groupKey(got.requiredOneOf)))
      miss('requiredOneOf', wantGroups, got.requiredOneOf);
    // What the labels imply by the product's own rule (they keep it out of required_languages).
    if (!accuracy('impliedLanguage').add(got.impliedLanguage === labelled.impliedLanguage))
      miss('impliedLanguage', labelled.impliedLanguage, got.impliedLanguage);
    for (const l of got.requiredLanguages) {
      const level = want.levels?.[l.code];
      if (level && want.required_languages.includes(l.code) && !accuracy('levels').add(l.level === level))
        miss(`level(${l.code})`, level, l.level);
    }
    const countriesExact = setScore('countries').add(want.countries, got.countries);
    if (!accuracy('countries (exact)').add(countriesExact)) miss('countries', want.countries, got.countries);
    per.countries.add(countriesExact);
    // The labels write one city with and without its marks ("Kraków", "Krakow"): compared folded.
    if (!setScore('cities').add((want.cities ?? []).map(fold), got.cities.map(fold)))
      miss('cities', want.cities ?? [], got.cities);
    if (!accuracy('workModel').add(workModel(got.remote) === workModel(want.remote)))
      miss('workModel', want.remote, got.remote);
    if (!accuracy('remote').add(got.remote === want.remote)) miss('remote', want.remote, got.remote);
    per.remote.add(got.remote === want.remote);
    // By meaning: the countries each side admits ("GB, DE, FR" is "DE,FR,GB"; "CET ± 3h" its countries).
    const wantAdmits = admitted(labelled);
    if (!accuracy('remoteRegion').add(admitted(got) === wantAdmits))
      miss('remoteRegion', want.remote_region ?? null, got.remoteRegion);
  }

  return {
    documents: scored.length,
    routing: { meanF1: routingMean.result.mean, exact: routedExactly.result.accuracy, n: routingMean.result.n },
    sets,
    accs,
    fields: {
      ...Object.fromEntries([...sets].map(([k, v]) => [k, v.result])),
      ...Object.fromEntries([...accs].map(([k, v]) => [k, v.result])),
    },
    perLanguage: Object.fromEntries(
      [...byLanguage].map(([k, v]) => [
        k,
        { requiredF1: v.required.result.f1, countries: v.countries.result, remote: v.remote.result, n: v.remote.total },
      ]),
    ),
    misses,
  };
}
export type PartScore = ReturnType<typeof scorePart>;
