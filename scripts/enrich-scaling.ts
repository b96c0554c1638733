/**
 * Times enrichment of one long posting made of a phrase repeated, at 13, 27, 54 and 108 KB (and
 * more with --sizes): a quadratic step shows as times that quadruple when the size doubles. The
 * last column is the largest size's time per KB against a real ad's (the bench's postings).
 * GeoNames' towns are loaded before (once per process, on the first town the hand table lacks:
 * seconds on a loaded machine), so that no cell holds the load.
 * Run: npx tsx scripts/enrich-scaling.ts [--sizes 13,27,54,108,1024]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { labelledPostings } from '../bench/enrich';
import { enrichPosting } from '../shared/enrich/enrich-posting';
import { MAX_CHARS } from '../shared/enrich/tokenize';

const phrases: Record<string, string> = {
  'norsk ': 'norsk ',
  'English ': 'English ',
  'Deutsch, ': 'Deutsch, ',
  'fluent Danish and ': 'fluent Danish and ',
  'nice to have Swedish or ': 'nice to have Swedish or ',
  'required ': 'required ',
  'Nordic ': 'Nordic ',
  'Lisbon Portugal ': 'Lisbon Portugal ',
  'remote ': 'remote ',
  'ikke norsk ': 'ikke norsk ',
  'norsk språk ': 'norsk språk ',
  'Norwegian\\n': 'Norwegian\n',
  'Oslo, Norway; ': 'Oslo, Norway; ',
  'Deadline: 1.2. ': 'Deadline: 1.2. ',
  'søknadsfrist ': 'søknadsfrist ',
  'remote EU hybrid ': 'remote EU hybrid ',
  'a (one long word)': 'a',
  '- ': '- ',
};

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '13,27,54,108' } } });
const sizes = (values.sizes ?? '').split(',').map((s) => Number(s) * 1024);

enrichPosting({ title: 'Warm-up', text: 'We are hiring a developer. Norwegian required.' });
let t0 = performance.now();
// "Skillingaryd" is in GeoNames only: its look-up loads the towns.
enrichPosting({ title: 'Developer', text: 'We are hiring a developer.\nLocation: Skillingaryd, Sweden' });
console.log(`GeoNames towns loaded (once per process): ${(performance.now() - t0).toFixed(0)} ms`);
const ads = labelledPostings();
for (const ad of ads) enrichPosting(ad);
const adBytes = ads.reduce((n, ad) => n + ad.text.length, 0);
t0 = performance.now();
for (let r = 0; r < 5; r++) for (const ad of ads) enrichPosting(ad);
const adMsPerKb = (performance.now() - t0) / 5 / (adBytes / 1024);
console.log(`a real ad: ${adMsPerKb.toFixed(2)} ms per KB (${ads.length} postings, 5 runs)`);
console.log(
  `phrase${' '.repeat(22)}${sizes.map((s) => `${Math.round(s / 1024)} KB`.padStart(10)).join('')}${'per KB vs an ad'.padStart(18)}`,
);
const preambles = ['', 'We are hiring a developer.\nRequirements:\n', 'Vi søker en utvikler.\nKrav:\n'];
for (const [label, phrase] of Object.entries(phrases)) {
  for (const [p, preamble] of preambles.entries()) {
    const cells: string[] = [];
    let perKb = 0;
    for (const size of sizes) {
      const text = `${preamble}${phrase.repeat(Math.ceil(size / phrase.length))}`.slice(0, size);
      const t0 = performance.now();
      enrichPosting({ title: 'Developer', text });
      const ms = performance.now() - t0;
      cells.push(`${ms.toFixed(0)} ms`.padStart(10));
      // Enrichment reads at most MAX_CHARS: a longer text costs what its first 50,000 characters do.
      perKb = ms / (Math.min(text.length, MAX_CHARS) / 1024);
    }
    console.log(
      `${`${p} ${JSON.stringify(label)}`.padEnd(28)}${cells.join('')}${`${(perKb / adMsPerKb).toFixed(1)}×`.padStart(18)}`,
    );
  }
}
