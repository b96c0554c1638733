import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Short ads with a location line and one sentence on the work model, as boards across Europe write
// them: an office job with some home work, a remote job that also names an office, remote said only
// in a field or in the local language, models listed side by side, "remote" said of the work, and
// who may apply to a remote job. Written for this test, one case a line.
const read = (title: string, text: string) => enrichPosting({ title, text: `${text}\nSend us your CV.` });
const remoteEvidence = (title: string, text: string) => read(title, text).evidence.filter((e) => e.field === 'remote');

describe('an office job that allows some home work is hybrid', () => {
  it.each([
    ['de', 'Arbeitsort: München\nWir bieten: Homeoffice nach Absprache, 30 Tage Urlaub.'],
    ['de', 'Standort: Köln\nMobiles Arbeiten bis zu 3 Tage pro Woche.'],
    ['pl', 'Lokalizacja: Kraków\nOferujemy: 2 dni pracy zdalnej w tygodniu.'],
    ['fr', 'Lieu : Lyon\nTélétravail partiel possible.'],
    ['nl', 'Standplaats: Utrecht\nDeels thuiswerken is mogelijk.'],
    ['nl', 'Locatie: Amsterdam\nJe werkt deels thuis en deels op kantoor.'],
    ['nl', 'Je kan zowel op kantoor in Gent werken als van thuis uit.'],
    ['no', 'Arbeidssted: Oslo\nVi tilbyr delvis hjemmekontor.'],
    ['it', 'Sede: Roma\nSmart working.'],
    ['cs', 'Místo výkonu práce: Praha\nPráce z domova částečně možná.'],
    ['fi', 'Sijainti: Espoo\nEtätyömahdollisuus.'],
    ['bg', 'Месторабота: София\nЧастична работа от вкъщи.'],
    ['bg', 'Отчасти може да работите и от вкъщи.'],
    ['el', 'Τοποθεσία: Αθήνα\nΜερική τηλεργασία.'],
    ['sl', 'Kraj dela: Ljubljana\nDelno delo od doma.'],
    ['lv', 'Darba vieta: Rīga\nDaļēji attālināts darbs.'],
    ['hu', 'Munkavégzés helye: Budapest\nRészleges home office.'],
    ['en', 'Location: Leeds\nYou can work both from home and at our office.'],
    ['de', 'Standort: Berlin\nEin Remote-Anteil von bis zu 60 % der Zeit.'],
  ])('%s: %s', (_lang, text) => {
    expect(read('Specialist', text).remote).toBe('hybrid');
  });
});

describe('work models listed side by side are the models offered: the most remote one', () => {
  it.each([
    ['en', 'Work modes: hybrid work, remote work'],
    ['pl', 'Tryb pracy: praca hybrydowa, praca zdalna'],
    ['en', 'Remote & Hybrid'],
  ])('%s: %s', (_lang, text) => {
    const e = read('Analyst', text);
    expect(e.remote).toBe('remote');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', rule: 'choice of work models' }));
  });

  it.each([
    ['en', 'A hybrid work model: you can work both onsite and remotely.'],
    ['en', 'Hybrid, remote two days a week.'],
  ])('%s: combined, or with days said, stays hybrid: %s', (_lang, text) => {
    expect(read('Analyst', text).remote).toBe('hybrid');
  });
});

describe('a remote job that also names an office or headquarters stays remote', () => {
  it.each([
    ['en', 'Our team works remotely across Germany and from our office in Munich.', 'DE'],
    ['fr', 'Poste en télétravail total, avec des déplacements ponctuels à notre siège de Bordeaux.', null],
    ['es', 'Trabajo 100% remoto. Nuestra sede está en Barcelona.', null],
    ['pl', 'Praca w pełni zdalna, siedziba firmy w Warszawie.', null],
  ])('%s: %s', (_lang, text, region) => {
    const e = read('Developer', text);
    expect(e.remote).toBe('remote');
    if (region) expect(e.remoteRegion).toBe(region);
  });
});

describe('remote said only in a field, in the local language', () => {
  it.each([
    ['de', 'Arbeitsort: Homeoffice'],
    ['no', 'Sted: Hjemmekontor'],
    ['en', 'We are a fully distributed team.'],
    ['fr', 'Lieu : Télétravail'],
    ['pl', 'Tryb pracy: zdalna'],
    ['el', 'Τύπος εργασίας: Τηλεργασία'],
  ])('%s: %s', (_lang, text) => {
    expect(read('Developer', `${text}\nYou build our platform.`).remote).toBe('remote');
  });

  it('a home office as the place of work takes the region before it', () => {
    const e = read('Entwickler (m/w/d)', 'Einsatzort: deutschlandweit / Homeoffice');
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe('DE');
  });

  it('"Location: Anywhere" is remote worldwide, and a time zone the ad names weighs more', () => {
    expect(read('Engineer', 'Location: Anywhere\nYou build our API.').remoteRegion).toBe('worldwide');
    expect(read('Support Engineer (European Timezones)', 'Location: Anywhere').remoteRegion).toMatch(/^UTC/);
  });

  it.each([
    ['en', 'Telework Eligible:\nNo', 'onsite'],
    ['en', 'Telework eligible: No', 'onsite'],
    ['en', 'Remote work: Yes', 'remote'],
  ])('%s: a field and its value: %j', (_lang, text, want) => {
    expect(read('Assistant', text).remote).toBe(want);
    expect(remoteEvidence('Assistant', text)).toContainEqual(expect.objectContaining({ rule: 'remote flag' }));
  });
});

describe('"remote" said of the work, the product or other people is no work model', () => {
  it.each([
    ['en', 'Experience with remote piloted aircraft systems.'],
    ['en', 'We also have several remote developers in Spain and Poland.'],
    ['en', 'We build software for remote teams.'],
    ['en', 'We build the leading platform for remote work.'],
    ['en', 'You will build tools for remote patient monitoring.'],
    ['fr', 'Vous assurez le support à distance de nos clients.'],
    ['it', 'Gestione del controllo remoto degli impianti.'],
  ])('%s: %s', (_lang, text) => {
    expect(read('Engineer', text).remote).toBe('unknown');
  });

  it('"remote and rural communities" is where patients live, not a remote job', () => {
    expect(read('Nurse', 'Serving patients in remote and rural communities.').remote).toBe('onsite');
  });
});

describe('who may apply to a remote job', () => {
  it.each([
    ['en', 'Fully remote; we hire in Spain, Portugal and Italy.', 'ES,IT,PT'],
    ['de', 'Remote aus Deutschland, Österreich oder der Schweiz.', 'AT,CH,DE'],
    ['es', 'Teletrabajo desde cualquier país de la UE.', 'EU'],
    ['en', 'Remote (worldwide). You build our API.', 'worldwide'],
  ])('%s: %s', (_lang, text, region) => {
    const e = read('Developer', text);
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe(region);
    expect(e.countries).toEqual([]);
  });
});

describe('home days said outright outweigh words of the office (the office days)', () => {
  it.each([
    [
      'cs',
      'Právník',
      'Práce probíhá v kanceláři. Práce na pracovišti je nutná. Možnost práce z domova 2 dny v týdnu.',
      'CZ',
    ],
    [
      'de',
      'Sachbearbeiter (m/w/d)',
      'Die Arbeit erfolgt vor Ort im Büro, Anwesenheit im Büro ist wichtig. Homeoffice an 2 Tagen pro Woche möglich.',
      null,
    ],
    ['pl', 'Księgowa', 'Praca stacjonarna w biurze, praca w biurze. Możliwość pracy zdalnej 1 dzień w tygodniu.', 'PL'],
  ])('%s: %s', (_lang, title, text, country) => {
    const e = read(title, text);
    expect(e.remote).toBe('hybrid');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', value: 'hybrid' }));
    // An office the worker comes in to, in an ad naming no place: the ad language's one country (German has three).
    if (country) expect(e.countries).toEqual([country]);
  });

  it('a hybrid job that speaks of no office gets no country from its language', () => {
    expect(read('Księgowa', 'Praca hybrydowa.').countries).toEqual([]);
  });
});

describe('a hybrid of tasks in shares is no work model', () => {
  it('shares of tasks leave the on-site location line to decide', () => {
    const text =
      'Location: Malta On-site\nIn this hybrid role (70% customer support, 30% content moderation) you answer users.';
    expect(read('Support Agent', text).remote).toBe('onsite');
  });

  it.each([
    ['en', 'A hybrid role (60% office, 40% home).'],
    ['de', 'Eine hybride Stelle (60 % Büro, 40 % remote).'],
  ])('%s: shares of places are hybrid work: %s', (_lang, text) => {
    expect(read('Analyst', text).remote).toBe('hybrid');
  });
});

describe('an office in a named place where the worker comes in daily is on-site', () => {
  it.each([
    ['da', 'Vi har kontor i Odense, hvor du har din daglige gang.'],
    ['de', 'Unser Büro in Graz ist dein täglicher Arbeitsplatz, täglich ab 8 Uhr.'],
    ['en', 'Our office in Leeds is where you will work daily.'],
  ])('%s: %s', (_lang, text) => {
    const e = read('Engineer', text);
    expect(e.remote).toBe('onsite');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', rule: 'office to come to' }));
  });

  it('an office in a place, said alone, says nothing of the work model', () => {
    expect(read('Engineer', 'We have an office in Odense.').remote).toBe('unknown');
  });
});
