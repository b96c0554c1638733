import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectPostings, normalizeItem } from './collect-postings';
import { sourcePostingsFetch } from './fetch-source-postings';
import { type JobviteListedJob, jobviteJobList } from './jobvite-job-list';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';

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
 * the title, link and place the list shows. The job pages are not fetched, so a posting's text is
 * its title and place only; a link the page cannot give an id or a title to is rejected.
 */
export function createJobviteSource(config: JobviteSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? `https://jobs.jobvite.com/${config.company}/search`;
  const label = `jobvite ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, url, opts, 'text/html,application/xhtml+xml', (doc) =>
      collectPostings(label, jobviteJobList(doc.body), (job) => ({
        externalId: job.id || undefined,
        result: normalizeItem(listedJobSchema, job, (j) => toRawPosting(config, url, j)),
      })),
    ),
  };
}

export const jobviteSourceAdapter: SourceAdapter<typeof jobviteSourceConfigSchema> = {
  configSchema: jobviteSourceConfigSchema,
  create: createJobviteSource,
};

function toRawPosting(config: JobviteSourceConfig, page: string, job: JobviteListedJob): RawPosting {
  const link = config.company
    ? `https://jobs.jobvite.com/${config.company}/job/${encodeURIComponent(job.id)}`
    : new URL(job.href, page).href;
  const posting: RawPosting = {
    sourceId: config.id,
    externalId: job.id,
    title: job.title,
    text: [job.title, job.location].filter(Boolean).join('\n'),
    url: link,
  };
  if (job.location) posting.locationText = job.location;
  const remote = remoteHintFromLabel(job.location);
  if (remote) posting.remoteHint = remote;
  return posting;
}
