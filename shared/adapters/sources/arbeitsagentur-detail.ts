import * as z from 'zod';
import type { RemotePolicy } from '../../posting/posting';
import { describeIssues } from '../../validation/describe-issues';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { flag, homeOfficeHint, httpUrl, placeSchema, placeTexts, text } from './arbeitsagentur-fields';
import { fetchJson } from './fetch-json';
import { answeredGone } from './fetch-text';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';

/** What an ad's details add to its list entry: each field only when the details have it. */
export interface ArbeitsagenturDetail {
  text?: string;
  title?: string;
  company?: string;
  places: string[];
  remoteHint?: RemotePolicy;
  externalUrl?: string;
}

/**
 * The details of one ad (`GET …/pc/v4/jobdetails/<base64 ref number>`), in either shape the API
 * has answered with: the current names (`stellenangebotsBeschreibung`, `firma`,
 * `stellenlokationen`, `homeofficemoeglich`) or the older ones (`stellenbeschreibung`,
 * `arbeitgeber`, `arbeitsorte`, `arbeitszeitmodelle`). Unknown fields are ignored.
 */
const detailSchema = z
  .object({
    stellenangebotsBeschreibung: text,
    stellenbeschreibung: text,
    arbeitgeberdarstellung: text,
    stellenangebotsTitel: text,
    titel: text,
    firma: text,
    arbeitgeber: text,
    stellenlokationen: z.array(z.object({ adresse: placeSchema }).nullish()).nullish(),
    arbeitsorte: z.array(placeSchema).nullish(),
    homeofficemoeglich: flag,
    homeofficetyp: text,
    arbeitszeitmodelle: z.array(z.string().nullable()).nullish(),
    externeURL: text,
    externeUrl: text,
  })
  .transform((d): ArbeitsagenturDetail => {
    const body = [d.stellenangebotsBeschreibung, d.stellenbeschreibung, d.arbeitgeberdarstellung]
      .map((t) => t?.trim())
      .find(Boolean);
    const detail: ArbeitsagenturDetail = {
      places: placeTexts([...(d.stellenlokationen ?? []).map((l) => l?.adresse), ...(d.arbeitsorte ?? [])]),
    };
    if (body) detail.text = looksLikeHtml(body) ? htmlToPlainText(body) : body;
    const title = (d.stellenangebotsTitel ?? d.titel)?.trim();
    if (title) detail.title = title;
    const company = (d.firma ?? d.arbeitgeber)?.trim();
    if (company) detail.company = company;
    const remoteHint = homeOfficeHint({
      possible: d.homeofficemoeglich,
      kind: d.homeofficetyp,
      models: d.arbeitszeitmodelle,
    });
    if (remoteHint) detail.remoteHint = remoteHint;
    const externalUrl = httpUrl(d.externeURL ?? d.externeUrl);
    if (externalUrl) detail.externalUrl = externalUrl;
    return detail;
  });

/** The details' address: the reference number in Base64 (with its padding), escaped for a path. */
export function detailAddress(base: string, refnr: string): string {
  return `${base}${encodeURIComponent(Buffer.from(refnr, 'utf8').toString('base64'))}`;
}

/**
 * Reads an ad's details; `gone` when the API answers 404 or 410 (the ad was taken down). Throws
 * `detail: …` naming what is wrong otherwise, so that the ad is rejected with that reason.
 */
export async function readArbeitsagenturDetail(
  url: string,
  options: FetchDocumentOptions,
): Promise<ArbeitsagenturDetail | 'gone'> {
  let data: unknown;
  try {
    data = await fetchJson('detail', url, options, 'a JSON object');
  } catch (err) {
    if (answeredGone(err)) return 'gone';
    throw err;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`detail: expected a JSON object from ${url}`);
  const parsed = detailSchema.safeParse(data);
  if (!parsed.success) throw new Error(`detail: ${describeIssues(parsed.error)} in ${url}`);
  return parsed.data;
}
