import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EnrichInput } from '../shared/enrich/enrich-posting';

const SEEDS = new URL('../../shared/fixtures/seeds/', import.meta.url);

/** What a source adapter would hand enrichment for a seed: front matter split off Markdown, else first line as title. */
export function seedInput(file: string): EnrichInput {
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  if (raw.startsWith('---\n')) {
    const end = raw.indexOf('\n---', 4);
    const front = parse(raw.slice(4, end)) as { title: string; location?: string };
    return { title: front.title, text: raw.slice(end + 4), locationText: front.location };
  }
  return { title: raw.split('\n', 1)[0] ?? '', text: raw };
}
