import { describe, expect, it } from 'vitest';
import { createSource, sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { changed } from '../../support/changed-result';
import { expectRead, harvestServer, json, payload } from '../../support/harvested-payloads';
import { type Entry, loadPayloads, startJobsuche } from './arbeitsagentur-jobsuche';

/**
 * Real payloads of the national job feeds recorded by other projects
 * (test/fixtures/sources/harvest/), served to the adapter of their type: every ad a payload holds
 * is read with its title, text, place and link, and nothing is rejected.
 */
const harvest = harvestServer();
const { read } = harvest;

describe('a harvested JobTech search', () => {
  it('reads both Göteborg ads with their workplace, Platsbanken link and publication date', async () => {
    const page = payload('jobtech/operationnext-goteborg-business-analyst.json');
    // The recorder kept the first page; past it (its total counts more), an empty one.
    const empty = JSON.stringify({ total: { value: 9 }, hits: [] });
    const result = await read(
      { type: 'jobtech', query: 'business analyst', url: harvest.server.url('/search') },
      {
        '/search': (url) => json(Number(url.searchParams.get('offset') ?? 0) === 0 ? page : empty),
      },
    );
    expectRead(result, [
      {
        externalId: '31259593',
        title: 'Vi söker Projektledare, Verksamhetsutvecklare och Business Analyst',
        company: 'Nexer AB',
        url: 'https://arbetsformedlingen.se/platsbanken/annonser/31259593',
        postedAt: '2026-07-08T14:45:18.000Z',
      },
      { externalId: '31251179', title: 'Business Analyst - Digital Solutions', company: 'NXT Interim Göteborg AB' },
    ]);
    for (const ad of result.postings) expect(ad.locationText).toContain('Göteborg');
    expect(result.postings[1]?.text).toContain('Vi söker nu en erfaren Business Analyst');
    expect(result.postings[0]?.remoteHint).toBeUndefined();
  });
});

describe('a harvested Jobsuche (v6) page', () => {
  it('reads all three Berlin ads from the list, with their employer, place and external link', async () => {
    const list = JSON.parse(payload('arbeitsagentur/jobhunter-v6-berlin-it-support.json')) as Record<string, unknown>;
    // The details were not recorded: each listed ad gets the synthetic details of the other Jobsuche tests.
    const fake = startJobsuche(harvest.server, 'v6', (await loadPayloads()).detailCurrent);
    fake.state.pages = [list];
    const config = { id: 'harvest', type: 'arbeitsagentur', api: 'v6', was: 'IT', wo: 'Berlin' } as const;
    const source = createSource(sourceConfigSchema.parse({ ...config, url: harvest.server.url('/pc/v6/jobs') }), {
      baseDir: '/',
    });
    const result = changed(await source.fetch({ state: undefined }));
    const entries = list.ergebnisliste as Entry[];
    expect(result.rejected).toEqual([]);
    expect(result.postings.map((p) => [p.externalId, p.title, p.company])).toEqual(
      entries.map((e) => [e.referenznummer, e.stellenangebotsTitel, e.firma]),
    );
    for (const ad of result.postings) expect(ad.locationText).toContain('Berlin');
    expect(result.postings[0]?.url).toBe(entries[0]?.externeURL);
    expect(result.postings[2]?.url).toContain('arbeitsagentur.de');
  });
});
