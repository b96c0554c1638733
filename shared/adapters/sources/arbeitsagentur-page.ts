import type { FetchDocumentOptions } from '../http/fetch-document';
import type { ReadPlan } from './arbeitsagentur-cursor';
import { fetchJson } from './fetch-json';
import type { Page } from './pager';
import { jsonKind } from './parse-json-body';

const API_BASE = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service/pc';
/** Postings a list request asks for: the most the Jobsuche serves at once. */
export const PAGE_SIZE = 100;

/** The search's address: the configured one or the API's, with the search terms and page size set. */
export function searchUrl(config: { api: string; url?: string; was?: string; wo?: string }): URL {
  const url = new URL(config.url ?? `${API_BASE}/${config.api}/jobs`);
  if (config.was) url.searchParams.set('was', config.was);
  if (config.wo) url.searchParams.set('wo', config.wo);
  url.searchParams.set('size', String(PAGE_SIZE));
  return url;
}

/** The search narrowed to the ads published in the plan's last days, when it reads only those. */
export function withPlan(url: URL, plan: ReadPlan): URL {
  const next = new URL(url);
  if (plan.mode === 'since') next.searchParams.set('veroeffentlichtseit', String(plan.days));
  return next;
}

export function pageUrl(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.toString();
}

/**
 * Where the details are read: the configured address, else beside the search's (`…/pc/v4/jobdetails/`
 * next to `…/pc/v6/jobs`): the details answer under v4 for both list versions.
 */
export function detailsAddress(config: { url?: string; detailsUrl?: string }, search: URL): string {
  if (config.detailsUrl) return config.detailsUrl.endsWith('/') ? config.detailsUrl : `${config.detailsUrl}/`;
  if (!config.url) return `${API_BASE}/v4/jobdetails/`;
  const base = new URL('../v4/jobdetails/', search);
  return `${base.origin}${base.pathname}`;
}

/** One page of the search: its entries and the total it reports (`maxErgebnisse`, a number or numeric text). */
export async function readArbeitsagenturPage(
  label: string,
  url: string,
  listKey: string,
  options: FetchDocumentOptions,
): Promise<Page<unknown>> {
  const what = `a JSON object with a ${listKey} array`;
  const data = await fetchJson(label, url, options, what);
  const record = (data ?? {}) as Record<string, unknown>;
  const entries = record[listKey];
  const total = count(record.maxErgebnisse);
  // A search that finds nothing may leave the list out altogether.
  if (entries === undefined && jsonKind(data) === 'an object' && total === 0) return { items: [] };
  if (!Array.isArray(entries)) {
    const got = jsonKind(data) === 'an object' ? `an object without a ${listKey} array` : jsonKind(data);
    throw new Error(`${label}: expected ${what}, got ${got} from ${url}`);
  }
  return { items: entries, ...(total !== undefined && { total }) };
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
