import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as z from 'zod';
import type { FetchResult, RejectedPosting, Source } from '../../ports/source';
import { type RawPosting, type RemotePolicy, rawPostingSchema } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import { splitFrontMatter } from './front-matter';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';
import { markdownToPlainText } from './markdown-to-plain-text';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { titleFromText } from './title-from-text';
import { toIsoTimestamp } from './to-iso-timestamp';

export const folderSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('folder'),
    /** The folder to read, relative to the config file's folder. */
    path: z.string().min(1),
  })
  .strict();
export type FolderSourceConfig = z.infer<typeof folderSourceConfigSchema>;

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.json']);
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
const dateValue = z.union([z.string(), z.number(), z.date()]);
const remoteValue = z.union([
  z.boolean(),
  z.enum(['remote', 'hybrid', 'onsite', 'on-site', 'office', 'unknown'], {
    message: 'must be true, false, "remote", "hybrid" or "onsite"',
  }),
]);

/** Front-matter fields we read; every other field (tags, logos, …) is ignored. */
const frontMatterSchema = z.object({
  title: z.string().trim().min(1).optional(),
  company: z.string().trim().min(1).optional(),
  companyName: z.string().trim().min(1).optional(),
  location: z.string().trim().min(1).optional(),
  url: httpUrl.optional(),
  timestamp: z.number().optional(),
  date: dateValue.optional(),
  postedAt: dateValue.optional(),
  remote: remoteValue.optional(),
});

const jsonPostingSchema = z
  .object({
    id: z.union([z.string().trim().min(1), z.number()]).optional(),
    title: z.string().trim().min(1),
    text: z.string().optional(),
    description: z.string().optional(),
    company: z.string().trim().min(1).optional(),
    location: z.string().trim().min(1).optional(),
    url: httpUrl.optional(),
    postedAt: dateValue.optional(),
    remote: remoteValue.optional(),
  })
  .refine((p) => p.text !== undefined || p.description !== undefined, {
    message: 'either text or description is required',
    path: ['text'],
  });

type Parsed = { postings: RawPosting[]; rejected: RejectedPosting[] };

/** A folder of posting files: plain text, Markdown (front matter optional) and JSON. */
export function createFolderSource(config: FolderSourceConfig, opts: SourceFactoryOptions): Source {
  const dir = path.resolve(opts.baseDir, config.path);
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  return {
    id: config.id,
    type: config.type,
    async fetch(): Promise<FetchResult> {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        throw new Error(`folder ${config.id}: cannot read ${dir}: ${(err as Error).message}`);
      }
      const names = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && isPostingFile(e.name))
        .map((e) => e.name)
        .sort();
      const result: Parsed = { postings: [], rejected: [] };
      for (const name of names) {
        const parsed = await readPostingFile(config.id, path.join(dir, name), name, maxBytes);
        result.postings.push(...parsed.postings);
        result.rejected.push(...parsed.rejected);
      }
      // Files carry no validators; the store's dedup keeps re-reads cheap.
      return { notModified: false, ...result };
    },
  };
}

export const folderSourceAdapter: SourceAdapter<typeof folderSourceConfigSchema> = {
  configSchema: folderSourceConfigSchema,
  create: createFolderSource,
};

function isPostingFile(name: string): boolean {
  if (name.startsWith('.') || /^readme(\.|$)/i.test(name)) return false;
  return EXTENSIONS.has(path.extname(name).toLowerCase());
}

async function readPostingFile(sourceId: string, file: string, name: string, maxBytes: number): Promise<Parsed> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { postings: [], rejected: [] };
    if (info.size > maxBytes) throw new Error(`file is larger than ${maxBytes} bytes`);
    const text = await readFile(file, 'utf8');
    if (path.extname(name).toLowerCase() === '.json') return parseJsonFile(sourceId, name, text);
    return { postings: [finish(parseTextFile(sourceId, name, text))], rejected: [] };
  } catch (err) {
    return { postings: [], rejected: [{ externalId: name, reason: `${name}: ${(err as Error).message}` }] };
  }
}

function parseTextFile(sourceId: string, name: string, content: string): RawPosting {
  const { frontMatter, body } = splitFrontMatter(content);
  const isMarkdown = frontMatter !== undefined || /\.(md|markdown)$/i.test(name);
  const text = isMarkdown ? markdownToPlainText(body) : body.trim();
  const fields = frontMatter === undefined ? {} : readFrontMatter(frontMatter);
  const title = fields.title ?? titleFromText(text);
  if (!title) throw new Error('no title: the file has no front-matter title and no text');
  return {
    sourceId,
    externalId: name,
    title,
    text,
    ...defined({
      company: fields.company ?? fields.companyName,
      url: fields.url,
      locationText: fields.location,
      remoteHint: remoteHint(fields.remote),
      postedAt: postedAt(fields),
    }),
  };
}

// yaml (~115 KiB) only through a runtime require, as geonames-cities.ts loads its data: folder
// sources run locally only (the CDK app refuses them), so the Lambda bundles leave it out.
const parseYaml = (text: string): unknown =>
  (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

function readFrontMatter(yaml: string): z.infer<typeof frontMatterSchema> {
  let data: unknown;
  try {
    data = parseYaml(yaml) ?? {};
  } catch (err) {
    throw new Error(`front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be a YAML mapping of fields');
  const fields = frontMatterSchema.safeParse(data);
  if (!fields.success) throw new Error(`front matter ${describeIssues(fields.error)}`);
  return fields.data;
}

function parseJsonFile(sourceId: string, name: string, content: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  const isArray = Array.isArray(data);
  const items: unknown[] = isArray ? (data as unknown[]) : [data];
  const result: Parsed = { postings: [], rejected: [] };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const key =
      typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : isArray ? String(index) : undefined;
    const externalId = key === undefined ? name : `${name}#${key}`;
    try {
      if (seen.has(externalId)) throw new Error(`id: "${key}" is used by an earlier posting in this file`);
      seen.add(externalId);
      const parsed = jsonPostingSchema.safeParse(item);
      if (!parsed.success) throw new Error(describeIssues(parsed.error));
      const p = parsed.data;
      const body = p.text ?? p.description ?? '';
      const posting: RawPosting = {
        sourceId,
        externalId,
        title: p.title,
        text: looksLikeHtml(body) ? htmlToPlainText(body) : body.trim(),
        ...defined({
          company: p.company,
          url: p.url,
          locationText: p.location,
          remoteHint: remoteHint(p.remote),
          postedAt: postedAt({ postedAt: p.postedAt }),
        }),
      };
      result.postings.push(finish(posting));
    } catch (err) {
      result.rejected.push({ externalId, reason: `${externalId}: ${(err as Error).message}` });
    }
  });
  return result;
}

function postedAt(fields: { postedAt?: unknown; date?: unknown; timestamp?: unknown }): string | undefined {
  for (const field of ['postedAt', 'date', 'timestamp'] as const) {
    const value = fields[field];
    if (value === undefined) continue;
    const iso = toIsoTimestamp(value);
    if (!iso) throw new Error(`${field}: ${JSON.stringify(value)} is not a date`);
    return iso;
  }
  return undefined;
}

function remoteHint(value: z.infer<typeof remoteValue> | undefined): RemotePolicy | undefined {
  if (value === undefined) return undefined;
  if (value === true) return 'remote';
  if (value === false || value === 'on-site' || value === 'office') return 'onsite';
  return value;
}

/** The last gate: whatever the parsing above missed, the port's own schema refuses. */
function finish(posting: RawPosting): RawPosting {
  const checked = rawPostingSchema.safeParse(posting);
  if (!checked.success) throw new Error(describeIssues(checked.error));
  return checked.data;
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
