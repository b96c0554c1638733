import * as z from 'zod';
import type { Source } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { asArray } from './as-array';
import { collectPostings, normalizeItem, trimmedStringAt } from './collect-postings';
import { sourcePostingsFetch } from './fetch-source-postings';
import { htmlToPlainText } from './html-to-plain-text';
import { parseXmlBody } from './parse-xml-body';
import { remoteHintFromLabel } from './remote-hint-from-label';
import { shortFormSourceConfigSchema } from './short-form-config';
import type { SourceAdapter, SourceFactoryOptions } from './source-adapter';
import { toIsoTimestamp } from './to-iso-timestamp';

/** The Personio company subdomain, as in <company>.jobs.personio.de. */
export const personioSourceConfigSchema = shortFormSourceConfigSchema(
  'personio',
  'company',
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a Personio subdomain such as "example-payments"'),
);
export type PersonioSourceConfig = z.infer<typeof personioSourceConfigSchema>;

const optionalText = z.string().optional();

/** One <position> of the Personio XML feed, as fast-xml-parser gives it: only the fields we read. */
const personioPositionSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  subcompany: optionalText,
  office: optionalText,
  // An empty <additionalOffices/> parses as "".
  additionalOffices: z
    .union([z.object({ office: z.union([z.string(), z.array(z.string())]).optional() }), z.literal('')])
    .optional(),
  jobDescriptions: z
    .union([
      z.object({
        jobDescription: z.union([
          z.object({ name: optionalText, value: optionalText }),
          z.array(z.object({ name: optionalText, value: optionalText })),
        ]),
      }),
      z.literal(''),
    ])
    .optional(),
  createdAt: optionalText,
});
type PersonioPosition = z.infer<typeof personioPositionSchema>;

/** A Personio career site, read through its public XML feed with conditional GETs. */
export function createPersonioSource(config: PersonioSourceConfig, opts: SourceFactoryOptions): Source {
  const url = config.url ?? `https://${config.company}.jobs.personio.de/xml`;
  const jobsOrigin = config.company ? `https://${config.company}.jobs.personio.de` : personioOrigin(url);
  const label = `personio ${config.id}`;
  return {
    id: config.id,
    type: config.type,
    fetch: sourcePostingsFetch(label, url, opts, 'application/xml, text/xml', (doc) => {
      const what = 'a Personio XML feed (<workzag-jobs>)';
      const xml = parseXmlBody(label, url, doc.body, doc.contentType, what);
      const root = xml['workzag-jobs'];
      if (root === undefined) {
        const name = Object.keys(xml).find((k) => k !== '?xml');
        throw new Error(`${label}: expected ${what}, got ${name ? `<${name}>` : 'no element'} from ${url}`);
      }
      // An empty feed (<workzag-jobs/>) parses as "": no positions, which is a valid answer.
      const positions = asArray(typeof root === 'object' ? (root as { position?: unknown }).position : undefined);
      return collectPostings(label, positions, (position) => ({
        externalId: trimmedStringAt(position, 'id'),
        result: normalizeItem(personioPositionSchema, position, (p) => toRawPosting(config, jobsOrigin, p)),
      }));
    }),
  };
}

export const personioSourceAdapter: SourceAdapter<typeof personioSourceConfigSchema> = {
  configSchema: personioSourceConfigSchema,
  create: createPersonioSource,
};

function toRawPosting(config: PersonioSourceConfig, jobsOrigin: string | undefined, p: PersonioPosition): RawPosting {
  const sections = p.jobDescriptions === '' || !p.jobDescriptions ? [] : asArray(p.jobDescriptions.jobDescription);
  const text = sections
    .map((s) => [s.name?.trim(), s.value ? htmlToPlainText(s.value) : ''].filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  const posting: RawPosting = { sourceId: config.id, externalId: p.id, title: p.name, text };
  const company = p.subcompany?.trim() || config.company;
  if (company) posting.company = company;
  if (jobsOrigin) posting.url = `${jobsOrigin}/job/${encodeURIComponent(p.id)}`;
  const additional = p.additionalOffices === '' || !p.additionalOffices ? [] : asArray(p.additionalOffices.office);
  const offices = [...new Set([p.office, ...additional].map((o) => o?.trim()).filter((o): o is string => !!o))];
  if (offices.length) posting.locationText = offices.join('; ');
  // Personio has no workplace field; an office named "Remote" is the one hint it gives.
  const remote = offices.map(remoteHintFromLabel).find(Boolean);
  if (remote) posting.remoteHint = remote;
  const postedAt = toIsoTimestamp(p.createdAt);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/** The career site's origin when the configured feed address is Personio's own. */
function personioOrigin(url: string): string | undefined {
  const { origin, hostname } = new URL(url);
  return /\.jobs\.personio\.(de|com)$/.test(hostname) ? origin : undefined;
}
