import { DomUtils, parseDocument } from 'htmlparser2';
import type { RemotePolicy } from '../../posting/posting';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { boundHtmlDepth } from './bound-html-depth';
import { fetchText } from './fetch-text';
import { findJsonLd } from './find-json-ld';
import { htmlToPlainText } from './html-to-plain-text';
import { findJobPostings } from './json-ld-job-postings';
import { jsonLdPlaces } from './json-ld-places';
import { jsonLdPostingText, jsonLdRemoteHint } from './json-ld-posting-text';
import { jsonLdText } from './json-ld-text';
import { parseLenientJson } from './lenient-json';
import { toIsoTimestamp } from './to-iso-timestamp';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** What a career site's job page says beyond its list: the ad's text, and where and how the job is done. */
export interface JobPage {
  text: string;
  /** Each place the page's JobPosting JSON-LD names. */
  places: string[];
  /** Each place the platform's own markup names: the adapter knows how far to trust them. */
  markupPlaces: string[];
  remoteHint?: RemotePolicy;
  postedAt?: string;
}

/** Where a platform's job page keeps what its schema.org JSON-LD would say, when it has none. */
export interface JobPageMarkup {
  /** The description elements, named in the error when a page has none (`.jobdescription`). */
  descriptionName: string;
  /** Tests for the description element, most telling first: the first test any element passes picks it. */
  isDescription: ((el: HtmlElement) => boolean)[];
  /** The places the page's own markup gives. */
  places?: (doc: HtmlDocument) => string[];
  /** The posting date the page's own markup gives, as written. */
  postedAt?: (doc: HtmlDocument) => string | undefined;
}

/**
 * GETs a job page and reads it: its JobPosting JSON-LD first (text, places, TELECOMMUTE, date),
 * then the platform's own markup for what that leaves out. Throws `job page: …` naming the
 * address when the page cannot be fetched or holds no text.
 */
export async function fetchJobPage(
  url: string,
  options: FetchDocumentOptions,
  markup: JobPageMarkup,
): Promise<JobPage> {
  const doc = await fetchText('job page', url, options);
  const page = readJobPage(doc.body, markup);
  if (!page.text)
    throw new Error(`job page: no JobPosting JSON-LD description and no ${markup.descriptionName} text in ${url}`);
  return page;
}

/** A job page's text, places and hints; `text` is empty when neither the JSON-LD nor the markup has any. */
export function readJobPage(html: string, markup: JobPageMarkup): JobPage {
  // A page may nest deep enough to matter: bounded, it parses in linear time.
  const bounded = boundHtmlDepth(html);
  const node = findJobPostings(findJsonLd(bounded).flatMap((block) => parseLenientJson(block).values))[0];
  const page: JobPage = { text: '', places: [], markupPlaces: [] };
  if (node) {
    page.text = jsonLdPostingText(node);
    page.places = jsonLdPlaces(node.jobLocation, node.applicantLocationRequirements);
    const remote = jsonLdRemoteHint(node);
    if (remote) page.remoteHint = remote;
    const postedAt = toIsoTimestamp(jsonLdText(node.datePosted));
    if (postedAt) page.postedAt = postedAt;
  }
  const doc = parseDocument(bounded);
  if (!page.text) page.text = descriptionText(doc, markup.isDescription);
  page.markupPlaces = markup.places?.(doc) ?? [];
  const postedAt = page.postedAt ?? toIsoTimestamp(markup.postedAt?.(doc));
  if (postedAt) page.postedAt = postedAt;
  return page;
}

function descriptionText(doc: HtmlDocument, tests: JobPageMarkup['isDescription']): string {
  for (const test of tests) {
    // A <meta itemprop="description"> is the page's summary for search engines, not the ad.
    const found = DomUtils.findOne((el) => el.name !== 'meta' && test(el), doc.children);
    const text = found ? htmlToPlainText(DomUtils.getInnerHTML(found)) : '';
    if (text) return text;
  }
  return '';
}

/** True when an element's `class` holds `name` as a word. */
export function hasClass(el: HtmlElement, name: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(name);
}

/** True when an element's `itemprop` (schema.org microdata) holds `name` as a word. */
export function hasItemprop(el: HtmlElement, name: string): boolean {
  return (el.attribs.itemprop ?? '').split(/\s+/).includes(name);
}

/** An element's words on one line. */
export function elementText(el: HtmlElement): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}
