import { readFile } from 'node:fs/promises';
import {
  createSuccessFactorsSource,
  type SuccessFactorsSourceConfig,
} from '../../../shared/adapters/sources/successfactors-source';
import { fixturesDir } from '../../support/fixtures';
import { startLoopbackServer } from '../../support/loopback-server';

export { changed } from '../../support/changed-result';

const html = { 'content-type': 'text/html; charset=utf-8' };
const isJobPage = (url: string) => url.includes('/job/');
const ownFixtures = new URL('../../fixtures/sources/successfactors/', import.meta.url);

/**
 * A SuccessFactors career site on loopback: the recorded feed and search page, and synthetic job
 * pages of our own (none is recorded) in the platform's markup.
 */
export async function startSuccessFactorsSite() {
  const feed = await readFile(`${fixturesDir}sources/successfactors/qorvo_custom_rss.xml`, 'utf8');
  const searchPage = await readFile(`${fixturesDir}sources/successfactors/jobpilot_ey_search_results.html`, 'utf8');
  const jobPage = await readFile(new URL('job-page.html', ownFixtures), 'utf8');
  const themedJobPage = await readFile(new URL('job-page-theme.html', ownFixtures), 'utf8');
  const server = await startLoopbackServer();
  return {
    server,
    feed,
    searchPage,
    jobPage,
    themedJobPage,
    searchRequests: () => server.requests.map((r) => r.url).filter((url) => !isJobPage(url)),
    jobPageRequests: () => server.requests.map((r) => r.url).filter(isJobPage),

    /**
     * Serves `pages(startrow)` as HTML at any path but a job page's (`/job/…`), which gets what
     * `job(path)` gives (the synthetic job page by default; undefined is a 404).
     */
    serveSearch(page: (startrow: number) => string, job: (path: string) => string | undefined = () => jobPage) {
      server.respond((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (!isJobPage(url.pathname)) {
          const startrow = Number(url.searchParams.get('startrow') ?? 0);
          res.writeHead(200, html).end(page(startrow));
          return;
        }
        const body = job(url.pathname);
        if (body === undefined) res.writeHead(404, html).end('<html><body>Not found</body></html>');
        else res.writeHead(200, html).end(body);
      });
    },

    /** Serves the feed at any path but a job page's, which gets the synthetic job page. */
    serveFeed(body: string) {
      server.respond((req, res) => {
        if (isJobPage(req.url ?? '')) res.writeHead(200, html).end(jobPage);
        else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
      });
    },

    /** The recorded page's rows, each from `<tr class="data-row">` to `</tr>`. */
    rows(): string[] {
      return searchPage
        .split('<tr class="data-row">')
        .slice(1)
        .map((part) => `<tr class="data-row">${part.slice(0, part.indexOf('</tr>'))}</tr>`);
    },

    /** The recorded page with its label's numbers replaced and only the chosen rows. */
    pageWith(label: [number, number, number], chosen: string[]): string {
      const head = searchPage
        .slice(0, searchPage.indexOf('<tr class="data-row">'))
        .replace('<b>1 – 25</b> of <b>43</b>', `<b>${label[0]} – ${label[1]}</b> of <b>${label[2]}</b>`);
      return `${head}${chosen.join('')}</tbody></table></body></html>`;
    },
  };
}

export const successFactorsSource = (address: Partial<SuccessFactorsSourceConfig>) =>
  createSuccessFactorsSource({ id: 'sf', type: 'successfactors', ...address }, { baseDir: '/' });
