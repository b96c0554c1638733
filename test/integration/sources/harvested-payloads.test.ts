import { describe, expect, it } from 'vitest';
import { expectRead, harvestServer, json, payload } from '../../support/harvested-payloads';

/**
 * Real payloads of the applicant-tracking APIs recorded by other projects
 * (test/fixtures/sources/harvest/), served to the adapter of their type: every posting a payload holds
 * is read with its title, text, place and link, and nothing is rejected.
 */
const harvest = harvestServer();
const { read } = harvest;

describe('harvested Greenhouse, Lever and Ashby boards', () => {
  it('reads both Vercel jobs (Greenhouse, entity-escaped content cut mid-word) with their place and first publication', async () => {
    const result = await read(
      { type: 'greenhouse', url: harvest.server.url('/v1/boards/vercel/jobs?content=true') },
      {
        '/v1/boards/vercel/jobs': json(payload('greenhouse/hunt-vercel-london.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '6136160004',
        title: 'Account Executive, Commercial',
        company: 'Vercel',
        locationText: 'Hybrid - London',
        url: 'https://job-boards.greenhouse.io/vercel/jobs/6136160004',
        postedAt: '2026-08-06T16:50:10.000Z',
      },
      { externalId: '5999792004', title: 'Account Executive, Majors', postedAt: '2026-05-21T13:26:09.000Z' },
    ]);
    expect(result.postings[0]?.text).toMatch(/^About Vercel:\s+Vercel is the agentic infrastructure company/);
  });

  it('reads the SmarterDx job (Greenhouse, null metadata, a Remote office without location) as remote in the US', async () => {
    const result = await read(
      { type: 'greenhouse', url: harvest.server.url('/v1/boards/smarterdx/jobs?content=true') },
      {
        '/v1/boards/smarterdx/jobs': json(payload('greenhouse/atspolling-smarterdx-remote-us.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '5193736007',
        title: 'Client Support Analyst I',
        company: 'SmarterDx',
        locationText: 'Remote (United States)',
        postedAt: '2026-07-27T17:48:30.000Z',
      },
    ]);
    expect(result.postings[0]?.text).toContain('Serve as the initial point of contact for end user inquiries');
    expect(result.postings[0]?.text).toContain('Medical, Dental & Vision – Comprehensive plans');
  });

  it('reads both Spotify postings (Lever), all their places and the hybrid workplace type', async () => {
    const result = await read(
      { type: 'lever', url: harvest.server.url('/v0/postings/spotify?mode=json') },
      {
        '/v0/postings/spotify': json(payload('lever/hunt-spotify-london-hochiminh.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '2193db3f-77c5-43b8-b030-8f92c9882bf1',
        title: 'Android Engineer - Experience',
        locationText: 'London; Stockholm',
        remoteHint: 'hybrid',
        url: 'https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1',
      },
      {
        externalId: 'd87833d0-fb78-4794-b45d-3fe5c8274bc8',
        title: 'Artist & Label Partnerships Contractor, Vietnam',
        locationText: 'Ho Chi Minh',
      },
    ]);
    // The lists (cut mid-tag by the recorder) are read too, not only the description.
    expect(result.postings[0]?.text).toContain('Develop and maintain mobile client components');
    expect(result.postings[1]?.text).toContain('This contract is based in Ho Chi Minh City, Vietnam.');
  });

  it('reads both Linear jobs (Ashby) sharing one title, as remote, with the country the address names', async () => {
    const result = await read(
      { type: 'ashby', url: harvest.server.url('/posting-api/job-board/linear') },
      {
        '/posting-api/job-board/linear': json(payload('ashby/hunt-linear-remote.json')),
      },
    );
    expectRead(result, [
      {
        externalId: 'd3bc1ced-3ce4-4086-a050-555055dbb1ff',
        title: 'Senior / Staff Fullstack Engineer',
        locationText: 'Europe, European Union',
        remoteHint: 'remote',
        postedAt: '2021-04-27T20:13:45.158Z',
      },
      {
        externalId: 'cd5ae036-0223-427a-b038-ba16ef9dcb32',
        title: 'Senior / Staff Fullstack Engineer',
        locationText: 'North America, United States',
      },
    ]);
  });

  it('reads the Cleo job (Ashby) as hybrid, though it is also flagged remote, in London', async () => {
    const result = await read(
      { type: 'ashby', url: harvest.server.url('/posting-api/job-board/cleo-2') },
      {
        '/posting-api/job-board/cleo-2': json(payload('ashby/gethired-cleo-hybrid-london.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '2b5c38bb-474f-4180-889c-1625c8f35343',
        title: 'EA to Founder',
        remoteHint: 'hybrid',
        url: 'https://jobs.ashbyhq.com/cleo-2/2b5c38bb-474f-4180-889c-1625c8f35343',
        postedAt: '2026-09-11T09:22:11.227Z',
      },
    ]);
    expect(result.postings[0]?.locationText).toContain('London');
    expect(result.postings[0]?.text).toContain('Most money apps talk at you. Cleo talks back ✨');
  });
});

describe('harvested Workable widgets', () => {
  const widget = (file: string) =>
    read(
      { type: 'workable', url: harvest.server.url('/api/v1/widget/accounts/x') },
      {
        '/api/v1/widget/accounts/x': json(payload(`workable/${file}`)),
      },
    );

  it('reads the Huckberry job with its locations array and HTML description', async () => {
    expectRead(await widget('atlasops-huckberry-widget.json'), [
      {
        externalId: '62180FD5F9',
        title: 'Associate Designer, Apparel',
        locationText: 'Austin, Texas, United States',
        url: 'https://apply.workable.com/j/62180FD5F9',
        postedAt: '2026-09-17T00:00:00.000Z',
      },
    ]);
  });

  it('reads a widget answered without details as a title-only job: country, telecommuting, no text', async () => {
    const result = await widget('pantau-climateworks-no-details.json');
    expectRead(
      result,
      [
        {
          externalId: '869818CC50',
          title: 'Program Manager, Global Energy Transition Initiative',
          company: 'ClimateWorks Foundation',
          locationText: 'United Kingdom',
          remoteHint: 'remote',
        },
      ],
      ['869818CC50'],
    );
    expect(result.postings[0]?.text).toBe('');
  });

  it('reads the Starling job listed once per city (one shortcode) as one job open in both cities', async () => {
    const result = await widget('gethired-starling-one-job-two-cities.json');
    expectRead(result, [
      {
        externalId: '0DA49B0B28',
        title: 'Android Engineer',
        company: 'Starling',
        locationText: 'Manchester, England, United Kingdom; Cardiff, Wales, United Kingdom',
        url: 'https://apply.workable.com/j/0DA49B0B28',
        postedAt: '2026-07-08T00:00:00.000Z',
      },
    ]);
    expect(result.postings[0]?.text).toContain('Our codebase is written entirely in Kotlin.');
  });

  it('refuses the careers-page API ({total, results}), which is not the widget, naming the missing jobs array', async () => {
    await expect(widget('cairn-v3-jobs-api-not-widget.json')).rejects.toThrow(
      /workable harvest: expected a JSON object with a jobs array, got an object without a jobs array/,
    );
  });
});

describe('harvested SmartRecruiters, Recruitee and BambooHR sites', () => {
  /** Past the recorded page, an empty one (written here: the recorders kept one page, their totals count more). */
  const emptyPage = (offset: number) => json(JSON.stringify({ offset, limit: 100, totalFound: 0, content: [] }));

  it('reads the Sportradar posting from its list and its recorded detail, with the detail’s link and sections', async () => {
    const result = await read(
      { type: 'smartrecruiters', url: harvest.server.url('/v1/companies/Sportradar/postings') },
      {
        '/v1/companies/Sportradar/postings': json(payload('smartrecruiters/atlasops-sportradar-list.json')),
        '/v1/companies/Sportradar/postings?offset=1': emptyPage(1),
        '/v1/companies/Sportradar/postings/744000153670469': json(
          payload('smartrecruiters/atlasops-sportradar-detail-744000153670469.json'),
        ),
      },
    );
    expectRead(result, [
      {
        externalId: '744000153670469',
        title: 'Machine Learning Engineer (m/f/d)',
        company: 'Sportradar',
        locationText: 'Ljubljana, Slovenia',
        url: 'https://jobs.smartrecruiters.com/Sportradar/744000153670469-machine-learning-engineer-m-f-d-',
        postedAt: '2026-10-06T06:39:24.356Z',
      },
    ]);
    expect(result.postings[0]?.text).toContain('We are looking for a Machine Learning Engineer');
    expect(result.postings[0]?.text).toContain('At Sportradar, we celebrate our diverse group');
  });

  it('reads the Ubisoft list page and rejects each posting only for its detail, which was not recorded', async () => {
    const result = await read(
      { type: 'smartrecruiters', url: harvest.server.url('/v1/companies/Ubisoft2/postings?limit=2') },
      {
        '/v1/companies/Ubisoft2/postings': json(payload('smartrecruiters/hunt-ubisoft-postings-list.json')),
        '/v1/companies/Ubisoft2/postings?limit=2&offset=2': emptyPage(2),
      },
    );
    expect(result.postings).toEqual([]);
    expect(result.rejected.map((r) => r.externalId)).toEqual(['744000151912444', '744000151872065']);
    for (const r of result.rejected) expect(r.reason).toMatch(/: detail: .*404/);
  });

  it('reads the Channable offer (Recruitee) with its place, hybrid flag, link and "… UTC" publication date', async () => {
    const result = await read(
      { type: 'recruitee', url: harvest.server.url('/api/offers/') },
      {
        '/api/offers/': json(payload('recruitee/hunt-channable-utrecht.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '2751915',
        title: 'Customer Success Manager Benelux - Dutch speaking',
        company: 'Channable',
        locationText: 'Utrecht, Utrecht, Netherlands',
        remoteHint: 'hybrid',
        url: 'https://jobs.channable.com/o/customer-success-manager-benelux-dutch-speaking-3',
        postedAt: '2026-09-18T13:27:28.000Z',
      },
    ]);
    expect(result.postings[0]?.text).toContain('Portfolio & client management');
  });

  it('reads the Holistic AI openings (BambooHR, string ids, city in location or atsLocation) with each detail', async () => {
    const list = JSON.parse(payload('bamboohr/gethired-holisticai-with-details.json')) as {
      result: { id: string; detail: unknown }[];
    };
    // The recorder merged each opening's detail (the detail endpoint's result.jobOpening) into the list: served back there.
    const details = Object.fromEntries(
      list.result.map((o) => [`/careers/${o.id}/detail`, json(JSON.stringify({ result: { jobOpening: o.detail } }))]),
    );
    const result = await read(
      { type: 'bamboohr', url: harvest.server.url('/') },
      {
        '/careers/list': json(payload('bamboohr/gethired-holisticai-with-details.json')),
        ...details,
      },
    );
    expectRead(result, [
      {
        externalId: '89',
        title: 'Director of Product – London, United Kingdom',
        locationText: 'London',
        postedAt: '2026-09-17T00:00:00.000Z',
      },
      { externalId: '91', title: 'Inside Sales Representative – Bangalore, India', locationText: 'Bangalore, India' },
      { externalId: '96', title: 'Pre-Sales Engineer – East Coast, United States', locationText: 'United States' },
    ]);
    expect(result.postings[0]?.text).toMatch(/^We're looking for a Director of Product/);
  });
});
