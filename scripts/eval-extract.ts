import { enrichPosting } from '../shared/enrich/enrich-posting';
import { type LabelledItem, type Part, readLabelled } from './eval/labelled';
import { gridTerms, labelsAsEnrichment, subscriberGrid } from './eval/routing';
import { type PartScore, type Scored, scorePart } from './eval/score-part';

// npm run eval:extract [-- --json]: scores enrichPosting against every labelled document, in two
// parts split by source (test/fixtures/extraction/locked-sources.json): the development part, whose
// misses are listed to work from, and the locked part, whose totals alone say whether a change
// generalizes. Its misses are never printed: reading them would make it one more development set.

const items: LabelledItem[] = readLabelled();
const scored: Scored[] = items.map((item) => ({ item, got: enrichPosting(item.input) }));

// One grid for both parts, from every language and country either side names.
const languages = new Set<string>();
const countries = new Set<string>();
for (const { item, got } of scored) {
  for (const e of [got, labelsAsEnrichment(item.labels)]) {
    const terms = gridTerms(e);
    for (const l of terms.languages) languages.add(l);
    for (const c of terms.countries) countries.add(c);
  }
}
const grid = subscriberGrid(languages, countries);

const parts: Record<Part, PartScore> = {
  development: scorePart(
    scored.filter((s) => s.item.part === 'development'),
    grid,
  ),
  locked: scorePart(
    scored.filter((s) => s.item.part === 'locked'),
    grid,
  ),
};
const seeds = scored.filter((s) => s.item.set === 'seeds');
const seedsExact = scorePart(seeds, grid).misses.length === 0;
const counts = Object.fromEntries(
  ['seeds', 'labelled', 'labelled-2', 'own'].map((s) => [
    s,
    {
      development: items.filter((i) => i.set === s && i.part === 'development').length,
      locked: items.filter((i) => i.set === s && i.part === 'locked').length,
    },
  ]),
);

if (process.argv.includes('--json')) {
  const { misses, sets: _s, accs: _a, ...development } = parts.development;
  const { misses: _m, sets: _ls, accs: _la, perLanguage: _p, ...locked } = parts.locked;
  console.log(JSON.stringify({ documents: counts, grid: grid.length, seedsExact, development, locked, misses }));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const col = (s: string, w = 14) => s.padEnd(w);
  const dev = parts.development;
  const lck = parts.locked;
  console.log(
    `Documents: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v.development}+${v.locked}`)
      .join(', ')} (development+locked); ${grid.length} subscriber kinds in the routing grid\n`,
  );
  console.log(`${col('', 24)}${col('development')}${col('locked')}`);
  console.log(`${col('documents', 24)}${col(String(dev.documents))}${col(String(lck.documents))}`);
  console.log(
    `${col('routing F1 per posting', 24)}${col(dev.routing.meanF1.toFixed(3))}${col(lck.routing.meanF1.toFixed(3))}`,
  );
  console.log(`${col('routed exactly', 24)}${col(pct(dev.routing.exact))}${col(pct(lck.routing.exact))}`);
  console.log(`${col('seeds exact', 24)}${seedsExact ? 'yes' : 'NO'}\n`);
  console.log(`${col('field (P / R / F1)', 24)}${col('development', 26)}${col('locked', 26)}`);
  for (const [k, v] of dev.sets) {
    const a = v.result;
    const b = lck.sets.get(k)?.result;
    const fmt = (r: typeof a | undefined) => (r ? `${pct(r.precision)} / ${pct(r.recall)} / ${r.f1.toFixed(3)}` : '-');
    console.log(`${col(k, 24)}${col(fmt(a), 26)}${col(fmt(b), 26)}`);
  }
  console.log(`\n${col('field (accuracy, n)', 24)}${col('development', 18)}${col('locked', 18)}`);
  for (const [k, v] of dev.accs) {
    const b = lck.accs.get(k)?.result;
    console.log(
      `${col(k, 24)}${col(`${pct(v.result.accuracy)} (${v.result.n})`, 18)}${col(b ? `${pct(b.accuracy)} (${b.n})` : '-', 18)}`,
    );
  }
  console.log('\nDevelopment part by ad language: required F1, countries exact, remote, postings');
  for (const [k, v] of Object.entries(dev.perLanguage).sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `  ${col(k, 11)}${col(v.requiredF1.toFixed(3), 12)}${col(pct(v.countries.accuracy), 11)}${col(pct(v.remote.accuracy), 11)}${v.n}`,
    );
  }
  console.log(`\nDevelopment misses (${dev.misses.length}; the locked part's are never shown):`);
  for (const m of dev.misses)
    console.log(
      `  ${m.id.padEnd(18)} ${m.field.padEnd(18)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
    );
}
