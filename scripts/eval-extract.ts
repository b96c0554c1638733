import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EnrichInput, enrichPosting } from '../shared/enrich/enrich-posting';
import type { Enrichment } from '../shared/posting/posting';
import { seedInput } from './seed-input';

// npm run eval:extract [-- --json]: scores enrichPosting against every labelled document we have
// (the five seeds, ../shared's labelled real postings, our own hard cases) and lists every miss.

interface Labels {
  required_languages: string[];
  optional_languages?: string[];
  levels?: Record<string, string>;
  ad_language?: string | null;
  countries: string[];
  cities?: string[];
  remote: string;
  remote_region?: string | null;
  required_one_of?: string[][];
  is_posting?: boolean;
}
interface Item {
  id: string;
  set: string;
  input: EnrichInput;
  labels: Labels;
}
interface Miss {
  id: string;
  field: string;
  expected: unknown;
  got: unknown;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function readJsonl(file: string, set: string): Item[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const d = JSON.parse(l) as { id: string; title: string; text: string; location?: string; labels: Labels };
      return { id: d.id, set, input: { title: d.title, text: d.text, locationText: d.location }, labels: d.labels };
    });
}

function readSeeds(): Item[] {
  const file = here('../test/fixtures/extraction/seeds.json');
  const seeds = JSON.parse(readFileSync(file, 'utf8')) as { id: string; file: string; labels: Labels }[];
  return seeds.map((s) => ({ id: s.id, set: 'seeds', input: seedInput(s.file), labels: s.labels }));
}

/** Micro-averaged set counts. */
class SetScore {
  tp = 0;
  fp = 0;
  fn = 0;
  add(want: Iterable<string>, got: Iterable<string>): boolean {
    const w = new Set(want);
    const g = new Set(got);
    let exact = true;
    for (const x of g) {
      if (w.has(x)) this.tp++;
      else {
        this.fp++;
        exact = false;
      }
    }
    for (const x of w)
      if (!g.has(x)) {
        this.fn++;
        exact = false;
      }
    return exact;
  }
  get result() {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const recall = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, support: this.tp + this.fn };
  }
}

class Accuracy {
  right = 0;
  total = 0;
  add(ok: boolean): boolean {
    this.total++;
    if (ok) this.right++;
    return ok;
  }
  get result() {
    return { accuracy: this.total === 0 ? 1 : this.right / this.total, n: this.total };
  }
}

const groupKey = (groups: string[][]) =>
  groups
    .map((g) => [...g].sort().join('|'))
    .sort()
    .join(' ');

const items = [
  ...readSeeds(),
  ...readJsonl(here('../../shared/fixtures/extraction/labelled.jsonl'), 'labelled'),
  ...readJsonl(here('../test/fixtures/extraction/own.jsonl'), 'own'),
];

const sets = new Map<string, SetScore>();
const accs = new Map<string, Accuracy>();
const byLanguage = new Map<string, { required: SetScore; countries: Accuracy; remote: Accuracy }>();
const misses: Miss[] = [];
const setScore = (name: string) => sets.get(name) ?? (sets.set(name, new SetScore()).get(name) as SetScore);
const accuracy = (name: string) => accs.get(name) ?? (accs.set(name, new Accuracy()).get(name) as Accuracy);

for (const item of items) {
  const got: Enrichment = enrichPosting(item.input);
  const want = item.labels;
  const miss = (field: string, expected: unknown, value: unknown) =>
    misses.push({ id: `${item.set}/${item.id}`, field, expected, got: value });
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
  const wantGroups = want.required_one_of ?? [];
  if (!accuracy('requiredOneOf').add(groupKey(wantGroups) === groupKey(got.requiredOneOf)))
    miss('requiredOneOf', wantGroups, got.requiredOneOf);
  for (const l of got.requiredLanguages) {
    const level = want.levels?.[l.code];
    if (level && want.required_languages.includes(l.code) && !accuracy('levels').add(l.level === level))
      miss(`level(${l.code})`, level, l.level);
  }
  const countriesExact = setScore('countries').add(want.countries, got.countries);
  if (!accuracy('countries (exact)').add(countriesExact)) miss('countries', want.countries, got.countries);
  per.countries.add(countriesExact);
  if (!setScore('cities').add(want.cities ?? [], got.cities)) miss('cities', want.cities ?? [], got.cities);
  if (!accuracy('remote').add(got.remote === want.remote)) miss('remote', want.remote, got.remote);
  per.remote.add(got.remote === want.remote);
  const region = want.remote_region ?? null;
  if (!accuracy('remoteRegion').add(got.remoteRegion === region)) miss('remoteRegion', region, got.remoteRegion);
}

const fields = {
  ...Object.fromEntries([...sets].map(([k, v]) => [k, v.result])),
  ...Object.fromEntries([...accs].map(([k, v]) => [k, v.result])),
};
const perLanguage = Object.fromEntries(
  [...byLanguage].map(([k, v]) => [
    k,
    { requiredF1: v.required.result.f1, countries: v.countries.result, remote: v.remote.result },
  ]),
);
const counts = Object.fromEntries(
  ['seeds', 'labelled', 'own'].map((s) => [s, items.filter((i) => i.set === s).length]),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ documents: counts, fields, perLanguage, misses }));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `Documents: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}\n`,
  );
  console.log('field                 precision  recall     F1         support');
  for (const [k, v] of sets) {
    const r = v.result;
    console.log(
      `${k.padEnd(22)}${pct(r.precision).padEnd(11)}${pct(r.recall).padEnd(11)}${r.f1.toFixed(3).padEnd(11)}${r.support}`,
    );
  }
  console.log('\nfield                 accuracy   n');
  for (const [k, v] of accs) console.log(`${k.padEnd(22)}${pct(v.result.accuracy).padEnd(11)}${v.result.n}`);
  console.log('\nad language  required F1  countries  remote     postings');
  for (const [k, v] of [...byLanguage].sort((a, b) => b[1].remote.total - a[1].remote.total)) {
    console.log(
      `${k.padEnd(13)}${v.required.result.f1.toFixed(3).padEnd(12)}${pct(v.countries.result.accuracy).padEnd(11)}${pct(v.remote.result.accuracy).padEnd(11)}${v.remote.total}`,
    );
  }
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses)
    console.log(
      `  ${m.id.padEnd(18)} ${m.field.padEnd(18)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
    );
}
