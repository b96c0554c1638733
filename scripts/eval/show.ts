import { enrichPosting } from '../../shared/enrich/enrich-posting';
import { readLabelled } from './labelled';
import { readPayloadLabelled } from './payload-labelled';

// npx tsx scripts/eval/show.ts ID...: a development document's text, labels and what enrichment
// reads from it, to work from its misses (a payloads posting as its adapter reads it). Refuses
// locked documents: their text is not read here.

const items = [...readLabelled(), ...(await readPayloadLabelled())];
let status = 0;
for (const id of process.argv.slice(2)) {
  const item = items.find((i) => i.id === id || `${i.set}/${i.id}` === id);
  if (!item) {
    console.error(`${id}: no such labelled document`);
    status = 1;
    continue;
  }
  if (item.part === 'locked') {
    console.error(`${id}: in the locked part; its text and misses are not shown`);
    status = 1;
    continue;
  }
  const { evidence, ...got } = enrichPosting(item.input);
  console.log(`== ${item.set}/${item.id} (${item.group})`);
  console.log(
    `-- title: ${item.input.title}${item.input.locationText ? `\n-- location: ${item.input.locationText}` : ''}${item.input.remoteHint ? `\n-- remote hint: ${item.input.remoteHint}` : ''}`,
  );
  console.log(item.input.text);
  console.log(`-- labels: ${JSON.stringify(item.labels)}`);
  console.log(`-- got:    ${JSON.stringify(got)}`);
  for (const e of evidence) console.log(`   ${e.field}=${e.value} [${e.rule}] ${e.quote}`);
}
process.exit(status);
