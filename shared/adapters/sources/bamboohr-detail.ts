import * as z from 'zod';
import { describeIssues } from '../../validation/describe-issues';
import type { FetchDocumentOptions } from '../http/fetch-document';
import { fetchJson } from './fetch-json';
import { htmlToPlainText } from './html-to-plain-text';
import { toIsoTimestamp } from './to-iso-timestamp';

/** A posting's detail (`/careers/<id>/detail`): only the fields we read, the rest pass unread. */
const detailSchema = z.object({
  result: z.object({
    jobOpening: z.object({
      description: z.string().nullish(),
      datePosted: z.string().nullish(),
    }),
  }),
});

/** What a detail adds to the list's fields: the ad's text, and the day it was posted when given. */
export interface BambooHrDetail {
  text: string;
  postedAt?: string;
}

/** GETs one detail and reads its description HTML as plain text; throws `detail: …` naming the problem. */
export async function fetchBambooHrDetail(url: string, options: FetchDocumentOptions): Promise<BambooHrDetail> {
  const data = await fetchJson('detail', url, options, 'a JSON object with result.jobOpening');
  const parsed = detailSchema.safeParse(data);
  if (!parsed.success) throw new Error(`detail: ${describeIssues(parsed.error)} in ${url}`);
  const opening = parsed.data.result.jobOpening;
  const detail: BambooHrDetail = { text: opening.description ? htmlToPlainText(opening.description) : '' };
  const postedAt = toIsoTimestamp(opening.datePosted);
  if (postedAt) detail.postedAt = postedAt;
  return detail;
}
