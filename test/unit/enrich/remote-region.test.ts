import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { parseRemoteRegion } from '../../../shared/enrich/remote-region';
import { regionContains } from '../../../shared/places/regions';
import { remoteRegionSchema } from '../../../shared/posting/posting';

const enrich = (title: string, text: string, locationText?: string) =>
  enrichPosting({ title, text, ...(locationText ? { locationText } : {}) });

describe('remote regions as ads write them', () => {
  it.each([
    ['EMEA', 'EMEA'],
    ['LATAM', 'LATAM'],
    ['Latin America', 'LATAM'],
    ['DACH', 'DACH'],
    ['Nordics', 'Nordics'],
    ['worldwide', 'worldwide'],
    ['GB, DE, FR', 'DE,FR,GB'],
    ['UK, Germany or France', 'DE,FR,GB'],
    ['Deutschland, Österreich und Schweiz', 'AT,CH,DE'],
    ['US only', 'US'],
    ['remote within Portugal', 'PT'],
    ['CET ± 3h', 'UTC-2..UTC+4'],
    ['CET +/- 2 hours', 'UTC-1..UTC+3'],
    ['UTC-1 to UTC+3', 'UTC-1..UTC+3'],
    ['(GMT-3 – GMT+3)', 'UTC-3..UTC+3'],
    ['European time zones', 'UTC+0..UTC+3'],
    ['within 3 hours of CET', 'UTC-2..UTC+4'],
    ['You live 6 hours +/- of the UTC timezone', 'UTC-6..UTC+6'],
    ['innerhalb von 2 Stunden zur MEZ', 'UTC-1..UTC+3'],
    ['inom 3 timmar från CET', 'UTC-2..UTC+4'],
  ])('reads %j as %s, a region the schema holds', (text, region) => {
    expect(parseRemoteRegion(text)).toBe(region);
    expect(remoteRegionSchema.parse(region)).toBe(region);
  });

  it('names no region in words that only look like one', () => {
    expect(parseRemoteRegion('a global organization')).toBeNull();
    expect(parseRemoteRegion('Das Dach der Welt')).toBeNull();
    expect(parseRemoteRegion('nothing here')).toBeNull();
  });

  it('rejects a region no ad could mean, naming what is wrong', () => {
    const parsed = remoteRegionSchema.safeParse('Mars');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/named region .*"Mars"/);
    expect(remoteRegionSchema.safeParse('DE,fr').success).toBe(false);
  });

  it('answers for each form which countries it admits', () => {
    expect(regionContains('EMEA', 'NG')).toBe(true);
    expect(regionContains('EMEA', 'US')).toBe(false);
    expect(regionContains('DACH', 'CH')).toBe(true);
    expect(regionContains('Nordics', 'IS')).toBe(true);
    expect(regionContains('Nordics', 'DE')).toBe(false);
    expect(regionContains('LATAM', 'BR')).toBe(true);
    expect(regionContains('DE,FR,GB', 'GB')).toBe(true);
    expect(regionContains('DE,FR,GB', 'PT')).toBe(false);
    // CET ± 3h: Lisbon, Helsinki and Moscow keep its hours; New York and Tokyo don't.
    for (const c of ['PT', 'FI', 'RU', 'GB']) expect(regionContains('UTC-2..UTC+4', c)).toBe(true);
    for (const c of ['US', 'JP', 'IN']) expect(regionContains('UTC-2..UTC+4', c)).toBe(false);
    expect(regionContains('UTC+5:30..UTC+5:30', 'IN')).toBe(true);
    expect(regionContains('worldwide', 'NZ')).toBe(true);
    expect(regionContains('PT', 'PT')).toBe(true);
  });
});

describe('a remote job open to a region has no country of its own', () => {
  it.each([
    ['en', 'Backend Engineer', 'Fully remote. We hire anywhere in EMEA. Our office is in Berlin.', 'EMEA'],
    ['de', 'Entwickler (m/w/d)', '100 % remote aus der EU möglich. Unser Sitz ist in München.', 'EU'],
    ['es', 'Desarrollador', 'Trabajo 100% remoto desde LATAM. Oficinas en Madrid.', 'LATAM'],
    [
      'en',
      'Support Engineer',
      'This is a fully remote role, open to candidates in the UK, Germany or France.',
      'DE,FR,GB',
    ],
    ['en', 'Designer', 'Remote (CET ± 3h). We meet once a year in Lisbon.', 'UTC-2..UTC+4'],
  ])('%s: %s', (_lang, title, text, region) => {
    const e = enrich(title, text);
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe(region);
    expect(e.countries).toEqual([]);
    expect(e.evidence.some((x) => x.field === 'remoteRegion' && x.value === region && x.rule === 'remote region')).toBe(
      true,
    );
  });

  it.each([
    ['en', 'Location: Remote / Vienna', 'Your day is 6 hours +/- of the UTC timezone.', 'UTC-6..UTC+6'],
    ['de', 'Arbeitsort: Remote / Hamburg', 'Dein Tag liegt innerhalb von 3 Stunden zur MEZ.', 'UTC-2..UTC+4'],
    ['en', 'Location: Lisbon - Remote OK', 'Your working day overlaps CET ± 2h.', 'UTC-1..UTC+3'],
  ])('%s: a time-zone window said apart from the header beats its city: %s', (_lang, header, sentence, region) => {
    const e = enrich('Technical Writer', `${header}\n\nAbout you\n* ${sentence}\n* You write clearly.`);
    expect(e).toMatchObject({ remote: 'remote', remoteRegion: region, countries: [] });
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remoteRegion', rule: 'time-zone window' }));
  });

  it.each([
    ['Fully remote. This is a North America-based role with regular travel.', 'North America'],
    ['Fully remote. This is an EU-based role.', 'EU'],
    ['Fully remote, US-based candidates only.', 'US'],
  ])('a region right before "based" is who may apply: %s', (text, region) => {
    expect(enrich('Developer Advocate', text).remoteRegion).toBe(region);
  });

  it('"IT-based" is about computers, not Italy', () => {
    expect(enrich('Support Engineer', 'Fully remote. Experience with IT-based solutions.').remoteRegion).toBeNull();
  });

  it('the text names a narrower region than a board field\'s "Anywhere in the World": the text wins', () => {
    const e = enrichPosting({
      title: 'Developer Advocate',
      text: 'This is a Europe-based role with regular travel to conferences.',
      locationText: 'Anywhere in the World',
      remoteHint: 'remote',
    });
    expect(e).toMatchObject({ remote: 'remote', remoteRegion: 'Europe', countries: [] });
  });

  it.each([
    ['fi', 'Myyjä', 'Työ alkaa etänä, siirtyminen Espanjan toimistolle sovitaan myöhemmin.'],
    ['en', 'Sales Agent', 'The job starts remotely, moving to Spain office later.'],
  ])('%s: a place an office stands in is not read as a remote region: %s', (_lang, title, text) => {
    const e = enrich(title, text);
    expect(e.evidence).not.toContainEqual(expect.objectContaining({ field: 'remoteRegion', rule: 'remote region' }));
  });

  it('a remote job for one country has that country in both', () => {
    const e = enrich('Customer Care Agent', 'Work from home, fully remote within Portugal.');
    expect(e).toMatchObject({ remote: 'remote', remoteRegion: 'PT', countries: ['PT'] });
    const no = enrich('Kundeservice', 'Stillingen er 100 % hjemmefra i Norge.');
    expect(no).toMatchObject({ remote: 'remote', remoteRegion: 'NO', countries: ['NO'] });
  });

  it('a remote job whose location field lists several countries is open to them', () => {
    const e = enrichPosting({
      title: 'Data Engineer',
      text: 'Fully remote role.',
      locationText: 'Germany; France',
      remoteHint: 'remote',
    });
    expect(e).toMatchObject({ remote: 'remote', remoteRegion: 'DE,FR', countries: [] });
  });
});

describe('a worker asked to live in a region of many countries works remotely from there', () => {
  it.each([
    ['en', 'What we look for:\n- 3 years of TypeScript\n- located in the EU', 'EU'],
    ['de', 'Dein Profil:\n- Du bist wohnhaft in Europa', 'Europe'],
  ])('%s: %j', (_lang, text, region) => {
    const e = enrich('Engineer', text);
    expect(e).toMatchObject({ remote: 'remote', remoteRegion: region, countries: [] });
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', rule: 'lives in a region' }));
  });

  it('a company located in one country says nothing of the work model', () => {
    expect(enrich('Engineer', 'Requirements:\n- You are located in Germany').remote).toBe('unknown');
  });
});
