import * as z from 'zod';
import type { FetchContext, FetchResult, RejectedPosting, Source } from '../../ports/source';
import { type RawPosting, rawPostingSchema } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import { fetchDocument } from '../http/fetch-document';
import { sourceFetchLimits } from './fetch-source-document';
import { findJsonLd } from './find-json-ld';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';
import { findJobPostings, type JsonLdNode } from './json-ld-job-postings';
import { jsonLdPlaces } from './json-ld-places';
import { hasHtmlEntity, jsonLdPostingText, jsonLdRemoteHint } from './json-ld-posting-text';
import { jsonLdList, jsonLdName, jsonLdText } from './json-ld-text';
import { parseLenientJson } from './lenient-json';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const jsonLdSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('jsonld'),
    /** A career page carrying schema.org JobPosting JSON-LD. */
    url: httpUrl.optional(),
    /** Several such pages, read as one source. */
    urls: z.array(httpUrl).min(1).optional(),
    /** The company name when a posting names no hiringOrganization. */
    company: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((c) => c.url !== undefined || c.urls !== undefined, {
    message: 'either url or urls is required',
    path: ['url'],
  });
export type JsonLdSourceConfig = z.infer<typeof jsonLdSourceConfigSchema>;

/**
 * Career pages with schema.org JobPosting JSON-LD. One page is fetched conditionally (its
 * validators kept in the source state); with several pages every poll fetches them all, since
 * the state holds one pair of validators. A page that fails while others load is reported in
 * `rejected`; the source fails only when no page could be read.
 */
export function createJsonLdSource(config: JsonLdSourceConfig, opts: SourceFactoryOptions): Source {
  const pages = [...new Set([...(config.url ? [config.url] : []), ...(config.urls ?? [])])];
  const label = `jsonld ${config.id}`;
  const limits = sourceFetchLimits(opts, 'text/html,application/xhtml+xml,application/ld+json;q=0.9,*/*;q=0.8');
  return {
    id: config.id,
    type: config.type,
    async fetch(ctx: FetchContext): Promise<FetchResult> {
      const conditional = pages.length === 1;
      const postings: RawPosting[] = [];
      const rejected: RejectedPosting[] = [];
      const seen = new Map<string, string>();
      const failures: Error[] = [];
      let validators: { etag?: string; lastModified?: string } = {};
      for (const page of pages) {
        let doc: Awaited<ReturnType<typeof fetchDocument>>;
        try {
          doc = await fetchDocument(page, {
            ...limits,
            signal: ctx.signal,
            ...(conditional && { etag: ctx.state?.etag, lastModified: ctx.state?.lastModified }),
          });
        } catch (err) {
          failures.push(err as Error);
          rejected.push({ reason: `${label}: ${(err as Error).message}` });
          continue;
        }
        if (doc.status === 304 && conditional)
          return { notModified: true, etag: doc.etag, lastModified: doc.lastModified };
        if (doc.status === 304) {
          // Asked without validators, a 304 says nothing about this page: it failed, and the
          // pages read beside it still count (an unidentified rejection keeps their postings open).
          const err = new Error(`unexpected 304 from ${page}`);
          failures.push(err);
          rejected.push({ reason: `${label}: ${err.message}` });
          continue;
        }
        if (conditional) validators = { etag: doc.etag, lastModified: doc.lastModified };
        const read = readPage(doc.body, doc.contentType);
        for (const problem of read.problems) rejected.push({ reason: `${label}: ${page}: ${problem}` });
        read.nodes.forEach((node, index) => {
          const candidate = toRawPosting(config, page, node, index);
          const parsed = rawPostingSchema.safeParse(candidate);
          const which = `${page}: posting ${index}${candidate.externalId ? ` (${candidate.externalId})` : ''}`;
          if (!parsed.success) {
            rejected.push({
              ...(candidate.externalId && { externalId: candidate.externalId }),
              reason: `${label}: ${which}: ${describeIssues(parsed.error)}`,
            });
            return;
          }
          const earlier = seen.get(parsed.data.externalId);
          if (earlier !== undefined) {
            rejected.push({
              externalId: parsed.data.externalId,
              reason: `${label}: ${which}: duplicate id, already read from ${earlier}`,
            });
            return;
          }
          seen.set(parsed.data.externalId, page);
          postings.push(parsed.data);
        });
      }
      if (failures.length === pages.length) {
        const first = failures[0] as Error;
        const more = pages.length > 1 ? ` (and ${pages.length - 1} more page(s) failed)` : '';
        throw new Error(`${label}: ${first.message}${more}`, { cause: first });
      }
      return { notModified: false, postings, rejected, ...validators };
    },
  };
}

export const jsonLdSourceAdapter: SourceAdapter<typeof jsonLdSourceConfigSchema> = {
  configSchema: jsonLdSourceConfigSchema,
  create: createJsonLdSource,
};

function readPage(body: string, contentType: string): { nodes: JsonLdNode[]; problems: string[] } {
  const isJson = /json/i.test(contentType) && !/html/i.test(contentType);
  const blocks = isJson ? [body] : findJsonLd(body);
  if (blocks.length === 0)
    return { nodes: [], problems: [`no JSON-LD script on the page (${contentType || 'no content type'})`] };
  const values: unknown[] = [];
  const problems: string[] = [];
  blocks.forEach((block, i) => {
    const parsed = parseLenientJson(block);
    values.push(...parsed.values);
    for (const error of parsed.errors) problems.push(blocks.length > 1 ? `script ${i}: ${error}` : error);
  });
  return { nodes: findJobPostings(values), problems };
}

function toRawPosting(
  config: JsonLdSourceConfig,
  page: string,
  node: JsonLdNode,
  index: number,
): Partial<RawPosting> & { externalId: string } {
  const title = decode(jsonLdText(node.title) ?? jsonLdText(node.name));
  const url = absoluteHttpUrl(jsonLdText(node.url), page);
  const externalId = identifierOf(node.identifier) ?? url ?? (title ? `${page}#${title}` : `${page}#${index}`);
  const posting: Partial<RawPosting> & { externalId: string } = {
    sourceId: config.id,
    externalId,
    text: jsonLdPostingText(node),
    url: url ?? page,
  };
  if (title) posting.title = title;
  const company = decode(jsonLdName(node.hiringOrganization)) ?? config.company;
  if (company) posting.company = company;
  const places = jsonLdPlaces(node.jobLocation, node.applicantLocationRequirements);
  if (places.length) posting.locationText = places.join('; ');
  // Only a hint: enrichment lets the text win.
  const remote = jsonLdRemoteHint(node);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(jsonLdText(node.datePosted));
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

function decode(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return (
    (hasHtmlEntity(text) || looksLikeHtml(text) ? htmlToPlainText(text) : text).replace(/\s+/g, ' ').trim() || undefined
  );
}

function identifierOf(value: unknown): string | undefined {
  for (const id of jsonLdList(value)) {
    const text =
      id && typeof id === 'object' && !('@value' in id)
        ? (jsonLdText((id as { value?: unknown }).value) ?? jsonLdText((id as { '@id'?: unknown })['@id']))
        : jsonLdText(id);
    if (text) return text;
  }
  return undefined;
}

function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
