import { Parser } from 'htmlparser2';

/** One job link of a Jobvite search page, as found: checked by the adapter's schema afterwards. */
export interface JobviteListedJob {
  /** Jobvite's job id, the last part of `/<company>/job/<id>`; empty when the link has none. */
  id: string;
  title: string;
  href: string;
  /** The text of the row's `jv-job-list-location` cell. */
  location?: string;
}

const JOB_LINK = /\/job\/([^/?#]*)/;

/**
 * The job links of a Jobvite career search page (`<a href="/<company>/job/<id>">title</a>` in a
 * table row, beside a `td.jv-job-list-location`), in page order. Read with htmlparser2, so links
 * in comments or scripts are not picked up; a row without a job link (a header) gives nothing.
 */
export function jobviteJobList(html: string): JobviteListedJob[] {
  const jobs: JobviteListedJob[] = [];
  let row: JobviteListedJob[] | undefined;
  let link: { job: JobviteListedJob; text: string[] } | undefined;
  let location: string[] | undefined;
  let rowPlace: string | undefined;
  const words = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'tr') row = [];
        else if (name === 'a' && attribs.href !== undefined && JOB_LINK.test(attribs.href)) {
          const id = decodeURIComponent(JOB_LINK.exec(attribs.href)?.[1] ?? '');
          link = { job: { id, title: '', href: attribs.href }, text: [] };
        } else if (name === 'td' && /\bjv-job-list-location\b/.test(attribs.class ?? '')) location = [];
      },
      ontext(text) {
        link?.text.push(text);
        location?.push(text);
      },
      onclosetag(name) {
        if (name === 'a' && link) {
          link.job.title = words(link.text);
          (row ?? jobs).push(link.job);
          link = undefined;
        } else if (name === 'td' && location) {
          rowPlace = words(location) || rowPlace;
          location = undefined;
        } else if (name === 'tr' && row) {
          for (const job of row) jobs.push(rowPlace ? { ...job, location: rowPlace } : job);
          row = undefined;
          rowPlace = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return jobs;
}
