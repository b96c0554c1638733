import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectWithDetails } from './collect-with-details';
import { DetailCache } from './detail-cache';
import { sourceFetchLimits } from './fetch-source-document';
import { sourcePostingsFetch } from './fetch-source-postings';
import { fetchJobPage, type JobPage } from './job-page';
import { type JobviteListedJob, jobviteJobList } from './jobvite-job-list';
import { jobviteJobPage } from './jobvite-job-page';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';

/** Job pages read at once: polite to the site, still quick for a first poll. */
const JOB_PAGE_CONCURRENCY = 4;
const HTML_ACCEPT = 'text/html,application/xhtml+xml';

/** The Jobvite company path, as in jobs.jobvite.com/<company>; `url` replaces the search page's address. */
export const jobviteSourceConfigSchema = shortFormSourceConfigSchema(
  'jobvite',
  'company',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be a Jobvite company path such as "example"'),
);
export type JobviteSourceConfig = z.infer<typeof jobviteSourceConfigSchema>;

/** A job link as the page gives it: its id from the link, its title from the link's text. */
const listedJobSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a Jobvite job id (the link has none)'),
  title: z.string().min(1, 'is empty (the link has no text)'),
  href: z.string(),
  location: z.string().optional(),
});

/**
 * A Jobvite career search page (HTML), fetched conditionally: each job link in it a posting with
 * the title, link and place the list shows, and the text of its job page (read beside the search
 * page, so a mirror serves both), four at a time and kept between polls while the list says the
 * same of the job. A link the page cannot give an id or a title to, or whose job page fails or
 * holds no ad, is rejected.
 */
export function createJobviteSource(config: JobviteSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? `https://jobs.jobvite.com/${config.company}/search`;
  const label = `jobvite ${config.id}`;
  const limits = sourceFetchLimits(opts, HTML_ACCEPT);
  const pages = new DetailCache<JobPage>();
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, url, opts, HTML_ACCEPT, async (doc, ctx) => {
      const { postings, rejected, listed } = await collectWithDetails(label, jobviteJobList(doc.body), {
        idOf: (raw) => (raw as JobviteListedJob).id || undefined,
        schema: listedJobSchema,
        concurrency: JOB_PAGE_CONCURRENCY,
        toPosting: async (job) => {
          const jobPageUrl = new URL(job.href, url).href;
          const page = await pages.get(job.id, `${job.title}|${job.location ?? ''}`, () =>
            fetchJobPage(jobPageUrl, { ...limits, signal: ctx.signal }, jobviteJobPage),
          );
          return toRawPosting(config, jobPageUrl, job, page);
        },
      });
      pages.keepOnly(listed);
      return { postings, rejected };
    }),
  };
}

export const jobviteSourceAdapter: SourceAdapter<typeof jobviteSourceConfigSchema> = {
  configSchema: jobviteSourceConfigSchema,
  create: createJobviteSource,
};

function toRawPosting(
  config: JobviteSourceConfig,
  jobPageUrl: string,
  job: JobviteListedJob,
  page: JobPage,
): RawPosting {
  const link = config.company
    ? `https://jobs.jobvite.com/${config.company}/job/${encodeURIComponent(job.id)}`
    : jobPageUrl;
  const posting: RawPosting = { sourceId: config.id, externalId: job.id, title: job.title, text: page.text, url: link };
  const places = placesOf(job.location, page);
  if (places.length > 0) posting.locationText = places.join('; ');
  const remote = page.remoteHint ?? remoteHintFromLabel(job.location);
  if (remote) posting.remoteHint = remote;
  if (page.postedAt) posting.postedAt = page.postedAt;
  return posting;
}

/**
 * The JSON-LD's places, else the list's place, else the job page's meta line: the list stands
 * before the meta line, whose parts are not always places, unless it only counts them ("2 Locations").
 */
function placesOf(listed: string | undefined, page: JobPage): string[] {
  if (page.places.length > 0) return page.places;
  const counted = listed !== undefined && /^\d+\s+locations?$/i.test(listed);
  if (listed && !(counted && page.markupPlaces.length > 0)) return [listed];
  return page.markupPlaces;
}
