import { describe, expect, it } from 'vitest';
import { expectRead, harvestServer, json, payload } from '../../support/harvested-payloads';

/**
 * Real payloads of the remote-job boards and feeds recorded by other projects
 * (test/fixtures/sources/harvest/), served to the adapter of their type: every posting a payload holds
 * is read with its title, text, place and link, and nothing is rejected.
 */
const harvest = harvestServer();
const { read } = harvest;

describe('harvested remote-job boards and feeds', () => {
  it('reads both Remote OK jobs after the legal notice, repairing mojibake in a description cut mid-character', async () => {
    const result = await read(
      { type: 'remoteok', url: harvest.server.url('/api') },
      {
        '/api': json(payload('remoteok/hunt-remoteok-api.json')),
      },
    );
    expectRead(result, [
      {
        externalId: '1137431',
        title: 'Danish Speaking Solutions Consultant Work Sofia Bulgaria',
        company: 'Mercier Consultancy Group',
        remoteHint: 'remote',
        postedAt: '2026-09-24T16:00:06.000Z',
      },
      { externalId: '1137429', title: 'Mecánico Automotriz Diagnóstico y Presupuestos', company: 'Workana' },
    ]);
    expect(result.postings[1]?.text).toMatch(/^Buscamos un\/a Mecánico\/a Automotriz con experiencia en diagnóstico/);
    expect(result.postings[1]?.text).toContain('vehículos multimarca');
    expect(result.postings[1]?.text).not.toMatch(/Ã/);
  });

  it('reads both Remotive jobs; the one whose description the recorder cut inside its first tag has no text', async () => {
    const result = await read(
      { type: 'remotive', url: harvest.server.url('/api/remote-jobs') },
      {
        '/api/remote-jobs': json(payload('remotive/hunt-remotive-api.json')),
      },
    );
    expectRead(
      result,
      [
        {
          externalId: '2091144',
          title: 'Content Reviewer - United States',
          company: 'TELUS Digital',
          locationText: 'USA',
          remoteHint: 'remote',
          postedAt: '2026-09-21T12:55:11.000Z',
        },
        {
          externalId: '2091141',
          title: 'Frontend Web Application Developer',
          locationText: 'USA, Canada, Argentina, Mexico, Peru',
        },
      ],
      ['2091144'],
    );
  });

  it('reads both Himalayas jobs from the cursor-paged envelope, with the countries they are restricted to', async () => {
    const result = await read(
      { type: 'himalayas', url: harvest.server.url('/jobs/api') },
      {
        '/jobs/api': json(payload('himalayas/hunt-himalayas-api-us.json')),
      },
    );
    expectRead(result, [
      {
        externalId: 'https://himalayas.app/companies/micro1/jobs/gmail-google-calendar-ai-assistant-evaluator',
        title: 'Gmail & Google Calendar AI Assistant Evaluator',
        company: 'micro1',
        locationText: 'United States',
        remoteHint: 'remote',
        postedAt: '2026-09-26T05:38:56.000Z',
      },
      {
        externalId: 'https://himalayas.app/companies/abridge/jobs/it-operations-specialist',
        title: 'IT Operations Specialist',
      },
    ]);
  });

  it('reads the Pairs job (Himalayas search API) open to five countries', async () => {
    const result = await read(
      { type: 'himalayas', url: harvest.server.url('/jobs/api/search?company=pairs') },
      {
        '/jobs/api/search': json(payload('himalayas/atlasops-pairs-five-countries.json')),
      },
    );
    expectRead(result, [
      {
        externalId: 'https://himalayas.app/companies/pairs/jobs/business-development-associate',
        title: 'Business Development Associate',
        company: 'Pairs',
        locationText: 'Canada, Germany, Ireland, United Arab Emirates, United Kingdom',
        remoteHint: 'remote',
      },
    ]);
  });

  it('reads the We Work Remotely item (RSS) with its entity-escaped HTML as text', async () => {
    const result = await read(
      { type: 'rss', url: harvest.server.url('/categories/remote-programming-jobs.rss') },
      {
        '/categories/remote-programming-jobs.rss': {
          body: payload('rss/hunt-weworkremotely-programming.xml'),
          type: 'application/rss+xml; charset=utf-8',
        },
      },
    );
    expectRead(result, [
      {
        externalId: 'https://weworkremotely.com/remote-jobs/toptal-power-platform-solutions-architect',
        title: 'Toptal: Power Platform Solutions Architect',
        url: 'https://weworkremotely.com/remote-jobs/toptal-power-platform-solutions-architect',
        postedAt: '2026-09-10T21:30:33.000Z',
      },
    ]);
    expect(result.postings[0]?.text).toContain('Location: USA or Canada only.');
  });
});

describe('a harvested Teamtailor career site', () => {
  it('reads both Ferd items (RSS, remoteStatus none, Norwegian) with the Oslo location and link', async () => {
    const result = await read(
      { type: 'teamtailor', url: harvest.server.url('/jobs.rss') },
      {
        '/jobs.rss': {
          body: payload('teamtailor/jobba-ferd-oslo-rss.xml'),
          type: 'application/rss+xml; charset=utf-8',
        },
      },
    );
    expectRead(result, [
      {
        externalId: 'f3716c4f-19b9-4bbe-93f4-c8e55942ce35',
        title: 'Ferd - Open position',
        url: 'https://ferd.teamtailor.com/jobs/8293879-ferd-open-position',
        postedAt: '2026-08-31T16:02:18.000Z',
      },
      { externalId: 'c36b4e02-527b-436a-8482-7fe66a429e88', title: 'Åpen søknad' },
    ]);
    for (const posting of result.postings) expect(posting.locationText).toContain('Oslo');
    expect(result.postings[1]?.text).toContain('Ferd er et familieeid norsk investeringsselskap');
  });
});

describe('a harvested Personio feed', () => {
  it('reads all four CLARK positions answered without texts, with their offices and subcompanies', async () => {
    const result = await read(
      { type: 'personio', company: 'clark', url: harvest.server.url('/xml') },
      {
        '/xml': { body: payload('personio/jobs-clark-no-descriptions.xml'), type: 'text/xml; charset=utf-8' },
      },
    );
    const ids = ['2415353', '2377588', '342554', '2335782'];
    expectRead(
      result,
      [
        {
          externalId: '2415353',
          title: '(Senior) CRM Manager (m/w/d)',
          company: 'CLARK Holding SE',
          locationText: 'Berlin; Frankfurt am Main',
          url: 'https://clark.jobs.personio.de/job/2415353',
          postedAt: '2025-11-04T08:40:52.000Z',
        },
        { externalId: '2377588', title: 'Digitaler Bestandskundenbetreuer (Outbound) (m/w/d)', locationText: 'Remote' },
        { externalId: '342554', title: 'Sales Consultant (m/w/d)', company: 'Clark Germany GmbH' },
        { externalId: '2335782', title: 'Sales Consultant (m/w/d)', locationText: 'Zürich' },
      ],
      ids,
    );
    for (const posting of result.postings) expect(posting.text).toBe('');
  });
});
