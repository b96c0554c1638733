import { enrichPosting } from '../shared/enrich/enrich-posting';
import { HARVEST_ROUNDS, type LabelledItem, type Part, readLabelled } from './eval/labelled';
import { awaitingDetail, readPayloadLabelled, waitingRecords } from './eval/payload-labelled';
import { gridTerms, labelsAsEnrichment, subscriberGrid } from './eval/routing';
import { type PartScore, type Scored, scorePart } from './eval/score-part';

// npm run eval:extract [-- --json] [-- --set NAME]: scores enrichPosting against every labelled
// document, in two parts split by source (test/fixtures/extraction/locked-sources.json): the
// development part, whose misses are listed to work from, and the locked part, whose totals alone
// say whether a change generalizes. Its misses are never printed: reading them would make it one
// more development set. Each development set gets its own line; `payloads` (postings of recorded
// source payloads, read through our adapters) is the figure on sources no rule was written for.
// --set NAME lists only that set's misses.

const SETS = ['seeds', 'labelled', 'labelled-2', 'own', ...HARVEST_ROUNDS.map((r) => r.set), 'payloads'];
// Sets added after the first runs: their terms widen only their own documents' grid.
const LATER_SETS = new Set([...HARVEST_ROUNDS.map((r) => r.set), 'payloads']);
const setArg = process.argv.indexOf('--set');
const onlySet = setArg >= 0 ? process.argv[setArg + 1] : undefined;
if (setArg >= 0 && !SETS.includes(onlySet ?? '')) {
  console.error(`--set must name one of ${SETS.join(', ')} (got ${onlySet ?? 'nothing'})`);
  process.exit(2);
}
const items: LabelledItem[] = [...readLabelled(), ...(await readPayloadLabelled())];
const scored: Scored[] = items.map((item) => ({ item, got: enrichPosting(item.input) }));

// One grid for both parts, from every language and country either side names. The harvest and
// payloads sets came later: their terms widen only their own documents' grid, so that every other
// set's figures (the locked part's above all) stay comparable with the runs before them.
function gridOver(docs: Scored[]) {
  const languages = new Set<string>();
  const countries = new Set<string>();
  for (const { item, got } of docs) {
    for (const e of [got, labelsAsEnrichment(item.labels)]) {
      const terms = gridTerms(e);
      for (const l of terms.languages) languages.add(l);
      for (const c of terms.countries) countries.add(c);
    }
  }
  return subscriberGrid(languages, countries);
}
const baseGrid = gridOver(scored.filter((s) => !LATER_SETS.has(s.item.set)));
const payloadsGrid = gridOver(scored);
const grid = (item: LabelledItem) => (LATER_SETS.has(item.set) ? payloadsGrid : baseGrid);

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
  SETS.map((s) => [
    s,
    {
      development: items.filter((i) => i.set === s && i.part === 'development').length,
      locked: items.filter((i) => i.set === s && i.part === 'locked').length,
    },
  ]),
);

const bySet = (name: string, keep: (s: Scored) => boolean) => {
  const score = scorePart(
    scored.filter((s) => s.item.part === 'development' && keep(s)),
    grid,
  );
  return { name, score, summary: setSummary(score) };
};
// Each set's development documents alone (a locked document is never scored apart from its part),
// and the development part as it was before the harvest and payloads sets, to compare with earlier runs.
const perSet = [
  ...SETS.map((name) => bySet(name, (s) => s.item.set === name)),
  bySet('first four sets', (s) => !LATER_SETS.has(s.item.set)),
].filter((s) => s.score.documents > 0);
const shownMisses = parts.development.misses.filter((m) => !onlySet || m.id.startsWith(`${onlySet}/`));

if (process.argv.includes('--json')) {
  const { misses: _d, sets: _s, accs: _a, ...development } = parts.development;
  const { misses: _m, sets: _ls, accs: _la, perLanguage: _p, ...locked } = parts.locked;
  const sets = Object.fromEntries(perSet.map((s) => [s.name, s.summary]));
  const misses = shownMisses;
  console.log(
    JSON.stringify({
      documents: counts,
      grid: baseGrid.length,
      payloadsGrid: payloadsGrid.length,
      seedsExact,
      development,
      locked,
      sets,
      misses,
    }),
  );
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const col = (s: string, w = 14) => s.padEnd(w);
  const dev = parts.development;
  const lck = parts.locked;
  console.log(
    `Documents: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v.development}+${v.locked}`)
      .join(
        ', ',
      )} (development+locked); ${baseGrid.length} subscriber kinds in the routing grid (${payloadsGrid.length} for harvest and payloads)\n`,
  );
  console.log(`${col('', 24)}${col('development')}${col('locked')}`);
  console.log(`${col('documents', 24)}${col(String(dev.documents))}${col(String(lck.documents))}`);
  console.log(
    `${col('routing F1 per posting', 24)}${col(dev.routing.meanF1.toFixed(3))}${col(lck.routing.meanF1.toFixed(3))}`,
  );
  console.log(`${col('routed exactly', 24)}${col(pct(dev.routing.exact))}${col(pct(lck.routing.exact))}`);
  console.log(`${col('seeds exact', 24)}${seedsExact ? 'yes' : 'NO'}\n`);
  // With --set NAME, a third column: that development set's own per-field figures.
  const one = onlySet ? perSet.find((p) => p.name === onlySet)?.score : undefined;
  const third = one && onlySet ? onlySet : '';
  console.log(`${col('field (P / R / F1)', 24)}${col('development', 26)}${col('locked', 26)}${third}`);
  for (const [k, v] of dev.sets) {
    const a = v.result;
    const b = lck.sets.get(k)?.result;
    const fmt = (r: typeof a | undefined) => (r ? `${pct(r.precision)} / ${pct(r.recall)} / ${r.f1.toFixed(3)}` : '-');
    const c = one ? fmt(one.sets.get(k)?.result) : '';
    console.log(`${col(k, 24)}${col(fmt(a), 26)}${col(fmt(b), 26)}${c}`);
  }
  console.log(`\n${col('field (accuracy, n)', 24)}${col('development', 18)}${col('locked', 18)}${third}`);
  const fmtAcc = (r: { accuracy: number; n: number } | undefined) => (r ? `${pct(r.accuracy)} (${r.n})` : '-');
  for (const [k, v] of dev.accs) {
    const c = one ? fmtAcc(one.accs.get(k)?.result) : '';
    console.log(`${col(k, 24)}${col(fmtAcc(v.result), 18)}${col(fmtAcc(lck.accs.get(k)?.result), 18)}${c}`);
  }
  console.log('\nDevelopment part by ad language: required F1, countries exact, remote, postings');
  for (const [k, v] of Object.entries(dev.perLanguage).sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `  ${col(k, 11)}${col(v.requiredF1.toFixed(3), 12)}${col(pct(v.countries.accuracy), 11)}${col(pct(v.remote.accuracy), 11)}${v.n}`,
    );
  }
  console.log(
    `\nDevelopment part by set: ${col('documents', 11)}${col('routing F1', 12)}${col('routed', 9)}${col('required F1', 13)}${col('countries', 11)}work model`,
  );
  for (const { name, summary: v } of perSet) {
    console.log(
      `  ${col(name, 22)}${col(String(v.documents), 11)}${col(v.routingF1.toFixed(3), 12)}${col(pct(v.routedExactly), 9)}${col(v.requiredF1.toFixed(3), 13)}${col(pct(v.countriesExact), 11)}${pct(v.workModel)}`,
    );
  }
  const waiting = waitingRecords();
  if (waiting.length > 0)
    console.log(
      `  (${waiting.length} payloads records wait for an adapter this build lacks: ${[...new Set(waiting.map((r) => r.type))].join(', ')})`,
    );
  if (awaitingDetail.length > 0)
    console.log(
      `  (${awaitingDetail.length} payloads records of list entries wait for a recorded detail page, which their adapter now reads for the text: ${awaitingDetail.map((r) => r.id).join(', ')})`,
    );
  const which = onlySet ? ` of ${onlySet}` : '';
  console.log(`\nDevelopment misses${which} (${shownMisses.length}; the locked part's are never shown):`);
  for (const m of shownMisses)
    console.log(
      `  ${m.id.padEnd(18)} ${m.field.padEnd(18)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
    );
}

/** The headline figures of one set: routing, required languages, countries, work model. */
function setSummary(score: PartScore) {
  return {
    documents: score.documents,
    routingF1: score.routing.meanF1,
    routedExactly: score.routing.exact,
    requiredF1: score.sets.get('requiredLanguages')?.result.f1 ?? 1,
    countriesExact: score.accs.get('countries (exact)')?.result.accuracy ?? 1,
    workModel: score.accs.get('workModel')?.result.accuracy ?? 1,
  };
}
