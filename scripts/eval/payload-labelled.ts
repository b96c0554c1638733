import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { createSource, sourceConfigSchema } from '../../shared/adapters/sources/registry';
import type { EnrichInput } from '../../shared/enrich/enrich-posting';
import type { RawPosting } from '../../shared/posting/posting';
import { describeIssues } from '../../shared/validation/describe-issues';
import { type LabelledItem, labelsSchema, partOf } from './labelled';
import { serveFiles } from './serve-files';

// The `payloads` set: real postings in the recorded source payloads of ../shared/fixtures/sources/,
// labelled by GUIDE.md in test/fixtures/extraction/payload-labels.jsonl. A record holds labels
// only: each posting's text is what our own adapter reads from the payload, served from loopback,
// so the eval sees exactly what enrichment sees in production (title, text, location, remote hint).

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const SOURCES_DIR = here('../../../shared/fixtures/sources/');
export const PAYLOAD_LABELS = here('../../test/fixtures/extraction/payload-labels.jsonl');

/** Where the loopback server's origin goes in a record's `config` ("{loopback}/search/"). */
const LOOPBACK = '{loopback}';

export const payloadRecordSchema = z
  .object({
    id: z.string().min(1),
    /** The payload file under ../shared/fixtures/sources/ ("greenhouse/algolia-….json"). */
    payload: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "<folder>/<file>" under ../shared/fixtures/sources/'),
    /** Our source type that reads it (the registry's `type`). */
    type: z.string().min(1),
    /** The posting's externalId as the adapter gives it. */
    externalId: z.string().min(1),
    /** The source's config besides id and type; "{loopback}" in a value is the server's origin (default: url). */
    config: z.record(z.string(), z.unknown()).optional(),
    /** Other recorded payloads the adapter asks for (a detail): request path suffix → file. */
    details: z.record(z.string(), z.string()).optional(),
    labels: labelsSchema,
    uncertain_fields: z.array(z.string()).optional(),
    notes: z.string().optional(),
  })
  .strict();
export type PayloadRecord = z.infer<typeof payloadRecordSchema>;

export function readPayloadRecords(file = PAYLOAD_LABELS): PayloadRecord[] {
  if (!existsSync(file)) return [];
  const records = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, n }) => {
      const parsed = payloadRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new Error(`${file}: id "${r.id}" is used twice`);
    ids.add(r.id);
  }
  return records;
}

/**
 * The source group of a payload: the repository its `.source.txt` names (`Repository: owner/name`),
 * as `github:owner/name` like the other sets' groups, so the split never puts one in both parts.
 */
export function payloadGroup(payload: string): string {
  const note = `${SOURCES_DIR}${payload.replace(/\.[^./]+$/, '')}.source.txt`;
  if (!existsSync(note)) throw new Error(`${payload}: no ${note} saying where the payload comes from`);
  const repo = /^Repository:\s*([\w.-]+\/[\w.-]+)/m.exec(readFileSync(note, 'utf8'))?.[1];
  if (!repo) throw new Error(`${note}: no "Repository: owner/name" line`);
  return `github:${repo}`;
}

/**
 * Source types whose postings are labelled before their adapter is in this build (none now):
 * their records wait, counted but not scored, until the adapter lands. Any other type the
 * registry lacks is a mistake in the record.
 */
const AWAITED_TYPES = new Set<string>();

function builtTypes(): Set<string> {
  return new Set(sourceConfigSchema.options.map((o) => String(o.shape.type.value)));
}

/** The records whose source type this build has no adapter for yet (see AWAITED_TYPES). */
export function waitingRecords(records = readPayloadRecords()): PayloadRecord[] {
  const built = builtTypes();
  const waiting = records.filter((r) => !built.has(r.type));
  const unknown = waiting.filter((r) => !AWAITED_TYPES.has(r.type));
  if (unknown.length > 0) {
    const known = [...built].sort().join(', ');
    throw new Error(unknown.map((r) => `${r.id}: no source type "${r.type}" (known: ${known})`).join('\n'));
  }
  return waiting;
}

/** One adapter run: a payload read by one source type with one config (records sharing it share the run). */
function runKey(r: PayloadRecord): string {
  return JSON.stringify([r.payload, r.type, r.config ?? null, r.details ?? null]);
}

async function readPostings(r: PayloadRecord): Promise<{ postings: RawPosting[]; rejected: string[] }> {
  const file = (name: string) => {
    const path = `${SOURCES_DIR}${name}`;
    if (!existsSync(path)) throw new Error(`${r.id}: no payload ${path}`);
    return path;
  };
  const main = file(r.payload);
  const details = Object.entries(r.details ?? {}).map(([suffix, name]) => [suffix, file(name)] as const);
  const server = await serveFiles((path) => details.find(([suffix]) => path.endsWith(suffix))?.[1] ?? main);
  try {
    const withOrigin = (v: unknown) => (typeof v === 'string' ? v.replaceAll(LOOPBACK, server.origin) : v);
    const given = Object.fromEntries(Object.entries(r.config ?? {}).map(([k, v]) => [k, withOrigin(v)]));
    const placed = Object.values(r.config ?? {}).some((v) => typeof v === 'string' && v.includes(LOOPBACK));
    const config = sourceConfigSchema.safeParse({
      id: 'payload',
      type: r.type,
      ...(placed ? {} : { url: `${server.origin}/` }),
      ...given,
    });
    if (!config.success) throw new Error(`${r.id}: config for type "${r.type}": ${describeIssues(config.error)}`);
    const result = await createSource(config.data, { baseDir: SOURCES_DIR }).fetch({ state: undefined });
    if (result.notModified) throw new Error(`${r.id}: the adapter answered "not modified"`);
    return { postings: result.postings, rejected: result.rejected.map((x) => `${x.externalId ?? '?'}: ${x.reason}`) };
  } finally {
    await server.close();
  }
}

/** What enrichment is handed for a posting, as poll-source hands it (store-listing). */
const enrichInput = (p: RawPosting): EnrichInput => ({
  title: p.title,
  text: p.text,
  ...(p.locationText !== undefined && { locationText: p.locationText }),
  ...(p.remoteHint !== undefined && { remoteHint: p.remoteHint }),
});

/**
 * Records of list entries whose adapter now reads each entry's detail or job page for its text,
 * where the payload recorded only the list: labelled on the list's words, they wait, counted but
 * not scored, until a detail is recorded (`details` in the record). Filled by readPayloadLabelled.
 */
export const awaitingDetail: PayloadRecord[] = [];
const DETAIL_NOT_RECORDED = /\b(job page|detail)\b.*\b(HTTP 404|no JobPosting|no \.|not found)/i;

/** Each record's posting as its adapter reads it from the payload, with its labels (waiting records left out). */
export async function readPayloadLabelled(all = readPayloadRecords()): Promise<LabelledItem[]> {
  const waiting = new Set(waitingRecords(all));
  const records = all.filter((r) => !waiting.has(r));
  // Every run at once (each its own server): the adapters' waits between pages overlap.
  const runs = new Map<string, ReturnType<typeof readPostings>>();
  for (const r of records) if (!runs.has(runKey(r))) runs.set(runKey(r), readPostings(r));
  await Promise.allSettled(runs.values());
  const items: LabelledItem[] = [];
  for (const r of records) {
    const { postings, rejected } = await (runs.get(runKey(r)) as ReturnType<typeof readPostings>);
    const posting = postings.find((p) => p.externalId === r.externalId);
    if (!posting) {
      const why = rejected.find((x) => x.startsWith(`${r.externalId}:`));
      if (why && !r.details && DETAIL_NOT_RECORDED.test(why)) {
        awaitingDetail.push(r);
        continue;
      }
      throw new Error(
        `${r.id}: the ${r.type} adapter read no posting "${r.externalId}" from ${r.payload}` +
          (why ? ` (rejected: ${why})` : ` (it read ${postings.map((p) => p.externalId).join(', ') || 'none'})`),
      );
    }
    const group = payloadGroup(r.payload);
    // Labelling a payload means reading it: one from a locked source would leak into development.
    if (partOf(group) === 'locked') throw new Error(`${r.id}: ${r.payload} comes from ${group}, a locked source`);
    items.push({
      id: r.id,
      set: 'payloads',
      group,
      part: 'development',
      input: enrichInput(posting),
      labels: r.labels,
    });
  }
  return items;
}
