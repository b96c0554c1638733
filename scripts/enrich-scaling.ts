/**
 * Times enrichment of one long posting made of a phrase repeated, at 13, 27, 54 and 108 KB (and
 * more with --sizes): a quadratic step shows as times that quadruple when the size doubles.
 * Run: npx tsx scripts/enrich-scaling.ts [--sizes 13,27,54,108,1024]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { enrichPosting } from '../shared/enrich/enrich-posting';

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
console.log(`phrase${' '.repeat(22)}${sizes.map((s) => `${Math.round(s / 1024)} KB`.padStart(10)).join('')}`);
const preambles = ['', 'We are hiring a developer.\nRequirements:\n', 'Vi søker en utvikler.\nKrav:\n'];
for (const [label, phrase] of Object.entries(phrases)) {
  for (const [p, preamble] of preambles.entries()) {
    const cells: string[] = [];
    for (const size of sizes) {
      const text = `${preamble}${phrase.repeat(Math.ceil(size / phrase.length))}`.slice(0, size);
      const t0 = performance.now();
      enrichPosting({ title: 'Developer', text });
      cells.push(`${(performance.now() - t0).toFixed(0)} ms`.padStart(10));
    }
    console.log(`${`${p} ${JSON.stringify(label)}`.padEnd(28)}${cells.join('')}`);
  }
}
