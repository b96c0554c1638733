import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { asArray } from './as-array';
import { collectPostings, normalizeItem, trimmedStringAt } from './collect-postings';
import { sourcePostingsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { parseXmlBody } from './parse-xml-body';
import { remoteHintFromLabel } from './remote-hint-from-label';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { sourceIdSchema } from './source-id';
import { toIsoTimestamp } from './to-iso-timestamp';

export const jobxmlSourceConfigSchema = z
  .object({
    id: sourceIdSchema,
    type: z.literal('jobxml'),
    /** The feed's address: the classic job-board XML (`<source><job>…</job></source>`, as Indeed takes). */
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
    /** The company name shown in postings when a job names none. */
    company: z.string().trim().min(1).optional(),
  })
  .strict();
export type JobxmlSourceConfig = z.infer<typeof jobxmlSourceConfigSchema>;

const text = z.string().optional();

/** One <job> of the feed, as fast-xml-parser gives it (every field a string): the fields we read. */
const jobSchema = z.object({
  referencenumber: z.string().trim().min(1),
  title: z.string().trim().min(1),
  url: z.string().trim().pipe(z.url()).optional(),
  company: text,
  city: text,
  state: text,
  country: text,
  remote: text,
  description: text,
  date: text,
});
type Job = z.infer<typeof jobSchema>;

/** A job-board XML feed, one posting per <job>, read with conditional GETs. */
export function createJobxmlSource(config: JobxmlSourceConfig, opts: SourceFactoryOptions): Source {
  const label = `jobxml ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, config.url, opts, 'application/xml, text/xml', (doc) => {
      const what = 'a job-board XML feed (<source><job>…)';
      const xml = parseXmlBody(label, config.url, doc.body, doc.contentType, what);
      const rootName = ['source', 'jobs'].find((name) => name in xml);
      if (!rootName) {
        const name = Object.keys(xml).find((k) => k !== '?xml');
        throw new Error(`${label}: expected ${what}, got ${name ? `<${name}>` : 'no element'} from ${config.url}`);
      }
      const jobs = jobsIn(xml[rootName]);
      return collectPostings(label, jobs, (job) => ({
        externalId: trimmedStringAt(job, 'referencenumber'),
        result: normalizeItem(jobSchema, emptyAsMissing(job), (j) => toRawPosting(config, j)),
      }));
    }),
  };
}

export const jobxmlSourceAdapter: SourceAdapter<typeof jobxmlSourceConfigSchema> = {
  configSchema: jobxmlSourceConfigSchema,
  create: createJobxmlSource,
};

/** The <job> elements of the root, or of a <jobs> inside it (<source><jobs><job>, as some boards nest them). */
function jobsIn(root: unknown): unknown[] {
  if (!root || typeof root !== 'object') return [];
  const { job, jobs } = root as { job?: unknown; jobs?: unknown };
  if (job !== undefined) return asArray(job);
  return jobs && typeof jobs === 'object' ? asArray((jobs as { job?: unknown }).job) : [];
}

/** These feeds write every field, empty ones as `<city><![CDATA[]]></city>`: read those as absent. */
function emptyAsMissing(job: unknown): unknown {
  if (!job || typeof job !== 'object' || Array.isArray(job)) return job;
  return Object.fromEntries(Object.entries(job).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')));
}

function toRawPosting(config: JobxmlSourceConfig, j: Job): RawPosting {
  const posting: RawPosting = {
    sourceId: config.id,
    externalId: j.referencenumber,
    title: j.title,
    text: j.description ? htmlToPlainText(j.description) : '',
  };
  const company = j.company?.trim() || config.company;
  if (company) posting.company = company;
  if (j.url) posting.url = j.url;
  const location = [j.city, j.state, j.country].map((p) => p?.trim()).filter(Boolean);
  if (location.length) posting.locationText = location.join(', ');
  const remote = j.remote?.trim().toLowerCase();
  if (remote === 'true' || remote === 'yes') posting.remoteHint = 'remote';
  else if (remote && remote !== 'false' && remote !== 'no') {
    const hint = remoteHintFromLabel(remote);
    if (hint) posting.remoteHint = hint;
  }
  const postedAt = toIsoTimestamp(j.date);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}
