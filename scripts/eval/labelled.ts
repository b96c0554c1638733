import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { EnrichInput } from '../../shared/enrich/enrich-posting';
import { seedInput } from '../seed-input';

/** The labels every labelled document carries: ../shared/fixtures/extraction/GUIDE.md defines each. */
export const labelsSchema = z.object({
  required_languages: z.array(z.string()).default([]),
  optional_languages: z.array(z.string()).optional(),
  levels: z.record(z.string(), z.string()).optional(),
  ad_language: z.string().nullable().optional(),
  countries: z.array(z.string()).default([]),
  cities: z.array(z.string()).optional(),
  remote: z.string().default('unknown'),
  remote_region: z.string().nullable().optional(),
  required_one_of: z.array(z.array(z.string())).optional(),
  required_k_of: z.array(z.object({ k: z.number(), langs: z.array(z.string()) })).optional(),
  is_posting: z.boolean().optional(),
});
export type Labels = z.infer<typeof labelsSchema>;

const recordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  source: z.string().optional(),
  location: z.string().optional(),
  labels: labelsSchema,
});

/** The part a document is scored in: development (read its misses) or locked (totals only). */
export type Part = 'development' | 'locked';

export interface LabelledItem {
  id: string;
  /** Where it was read from: seeds, labelled, labelled-2, own, harvest, harvest-2, harvest-3, payloads. */
  set: string;
  /** The source group the split is made by (see sourceGroup). */
  group: string;
  part: Part;
  input: EnrichInput;
  labels: Labels;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SHARED = '../../../shared/fixtures/extraction/';

/**
 * The group a document's source belongs to: its GitHub repository, or its web host. Documents of
 * one group share a writer, a template or a board, so a group is never split between the parts.
 */
export function sourceGroup(source: string): string {
  const repo = /^github:([^@\s]+)/.exec(source) ?? /^https?:\/\/github\.com\/([^/\s]+\/[^/\s]+)/.exec(source);
  if (repo?.[1]) return `github:${repo[1]}`;
  const host = /^https?:\/\/([^/\s?#]+)/.exec(source);
  if (host?.[1]) return host[1].toLowerCase().replace(/^www\./, '');
  return source;
}

const lockedGroups = new Set(
  z
    .object({ locked: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(here('../../test/fixtures/extraction/locked-sources.json'), 'utf8'))).locked,
);

/** The part a source group's documents are scored in. */
export function partOf(group: string): Part {
  return lockedGroups.has(group) ? 'locked' : 'development';
}

function readJsonl(file: string, set: string): LabelledItem[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((line, n) => {
      const parsed = recordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n + 1}: ${z.prettifyError(parsed.error)}`);
      const d = parsed.data;
      const group = sourceGroup(d.source ?? `${set}/${d.id}`);
      return {
        id: d.id,
        set,
        group,
        part: partOf(group),
        input: { title: d.title, text: d.text, locationText: d.location },
        labels: d.labels,
      } satisfies LabelledItem;
    });
}

function readSeeds(): LabelledItem[] {
  const seeds = z
    .array(z.object({ id: z.string(), file: z.string(), labels: labelsSchema }))
    .parse(JSON.parse(readFileSync(here('../../test/fixtures/extraction/seeds.json'), 'utf8')));
  return seeds.map((s) => ({
    id: s.id,
    set: 'seeds',
    group: 'seeds',
    part: 'development' as const,
    input: seedInput(s.file),
    labels: s.labels,
  }));
}

/** Every labelled document we have, each in its part. The seeds and our own cases are development. */
export function readLabelled(): LabelledItem[] {
  const items = [
    ...readSeeds(),
    ...readJsonl(here(`${SHARED}labelled.jsonl`), 'labelled'),
    ...readJsonl(here(`${SHARED}labelled-2.jsonl`), 'labelled-2'),
    ...readJsonl(here('../../test/fixtures/extraction/own.jsonl'), 'own'),
    ...readHarvest(),
  ];
  const groupsSeen = new Set(items.map((i) => i.group));
  const stale = [...lockedGroups].filter((g) => !groupsSeen.has(g));
  if (stale.length > 0)
    throw new Error(`locked-sources.json names groups no labelled document has: ${stale.join(', ')}`);
  return items;
}

/** The harvest rounds in the order they were gathered; a later round may not reuse an earlier one's groups. */
export const HARVEST_ROUNDS = [
  { file: /^harvest-.*\.jsonl$/, set: 'harvest' },
  { file: /^harvest2-.*\.jsonl$/, set: 'harvest-2' },
  { file: /^harvest3-.*\.jsonl$/, set: 'harvest-3' },
] as const;

/**
 * Real postings gathered from public repositories and pages after the split was fixed, labelled
 * before enrichment was run on them, one round per stop: `harvest-*.jsonl` (set `harvest`), then
 * `harvest2-*.jsonl` (set `harvest-2`), `harvest3-*.jsonl` (set `harvest-3`). They are development
 * material, so none may come from a locked group or from a group the shared files already hold: its
 * text would then have been read beside a locked or an earlier document. For the same reason a
 * round's document may not come from a group an earlier round holds: each round's first score is
 * an estimate on unseen sources.
 */
export function readHarvest(dir = here('../../test/fixtures/extraction/')): LabelledItem[] {
  const read = (pattern: RegExp, set: string) =>
    readdirSync(dir)
      .filter((f) => pattern.test(f))
      .flatMap((f) => readJsonl(join(dir, f), set));
  const rounds = HARVEST_ROUNDS.map(({ file, set }) => read(file, set));
  const shared = new Set(
    ['labelled.jsonl', 'labelled-2.jsonl'].flatMap((f) => readJsonl(here(`${SHARED}${f}`), 'x').map((i) => i.group)),
  );
  const earlier = new Map<string, string>();
  const seen = new Set<string>();
  for (const round of rounds) {
    for (const item of round) {
      if (item.part === 'locked' || shared.has(item.group))
        throw new Error(
          `harvest document ${item.id} comes from ${item.group}, a source group the shared labelled files already hold`,
        );
      const before = earlier.get(item.group);
      if (before !== undefined && before !== item.set)
        throw new Error(
          `${item.set} document ${item.id} comes from ${item.group}, a source group the ${before} set holds`,
        );
      if (seen.has(item.id)) throw new Error(`harvest document id ${item.id} is used twice`);
      seen.add(item.id);
    }
    for (const item of round) earlier.set(item.group, item.set);
  }
  return rounds.flat();
}
