import { describe, expect, it } from 'vitest';
import { read, why } from './probes/document-read';

// News and analyses about hiring use every word of an ad (jobs, requirements, salary, apply) but
// report who announced the hiring, or write about job ads: they must reach no one. Real ads that
// mention an announcement or their own ad once must still be kept. Documents written for this test.

describe('news about a company hiring is no ad', () => {
  it('reads an English report that a firm announced 400 jobs', () => {
    const title = 'Games studio to hire 400 in Tallinn';
    const text =
      'A Finnish games studio announced on Monday that it will hire about 400 people in Tallinn by the end of next year. The new office will employ programmers, artists and testers. Applicants must speak English, the company said in a statement. Salaries were not disclosed. Estonia has attracted several studios in recent years.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)).toMatchObject({ value: 'false', rule: 'an article' });
    expect(why(title, text)?.quote).toContain('announced on Monday');
  });

  it('reads a German report in which the company "teilte mit"', () => {
    const e = read(
      'Chiphersteller sucht 300 Fachkräfte in Dresden',
      'Der Chiphersteller will in Dresden bis Ende 2027 rund 300 Fachkräfte einstellen. Das teilte das Unternehmen am Mittwoch mit. Gesucht werden vor allem Mechatroniker und Ingenieurinnen mit Erfahrung in der Halbleiterfertigung. Die Stadt rechnet mit weiteren Ansiedlungen im Umfeld des Werks.',
    );
    expect(e.isPosting).toBe(false);
    expect(e.countries).toEqual([]);
    expect(e.requiredLanguages).toEqual([]);
  });

  it('reads a Swedish report of what the municipality "uppger"', () => {
    const e = read(
      'Kommunen rekryterade sjuksköterskor i Portugal',
      'Region Norrbotten har under våren rekryterat tolv sjuksköterskor från Portugal. De ska arbeta på sjukhusen i Luleå och Kiruna från september. Krav är svenska på B1-nivå efter ett år, uppger regionens HR-chef. Rekryteringen sker i samarbete med ett bemanningsföretag.',
    );
    expect(e.isPosting).toBe(false);
    expect(e.requiredLanguages).toEqual([]);
  });

  it('reads a Polish and a Czech report by their "poinformował" and "oznámila"', () => {
    expect(
      read(
        'Fabryka w Gliwicach zatrudni 250 osób',
        'Producent części samochodowych zatrudni w nowej fabryce w Gliwicach 250 pracowników. Poinformował o tym w czwartek zarząd spółki. Firma szuka operatorów maszyn i techników utrzymania ruchu. Produkcja ma ruszyć w przyszłym roku.',
      ).isPosting,
    ).toBe(false);
    expect(
      read(
        'Pivovar v Plzni hledá sládky',
        'Pivovar v Plzni rozšiřuje výrobu a do konce roku přijme čtyřicet nových zaměstnanců. Oznámila to ve středu mluvčí společnosti. Hledá hlavně sládky, řidiče a obchodní zástupce s němčinou. Nová linka má být hotová v říjnu.',
      ).isPosting,
    ).toBe(false);
  });
});

describe('a text about job ads is no ad', () => {
  it('reads a Dutch analysis of how job ads ask for languages', () => {
    const title = 'Taaleisen in vacatureteksten';
    const text =
      'Uit een analyse van duizend vacatureteksten blijkt dat werkgevers steeds vaker Engels vragen. In de helft van de vacatureteksten staat Engels als vereiste, ook voor functies in de zorg. Duits wordt in 8,5 % van de advertenties gevraagd, Frans in 3,2 %. Onderzoekers raden werkgevers aan de eisen beter te onderbouwen, omdat kandidaten anders afhaken.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)?.quote).toMatch(/job ads named|8,5 %/);
  });

  it('reads a Hungarian guide on writing a job ad as no ad', () => {
    expect(
      read(
        'Hogyan írjunk jó álláshirdetést?',
        'Egy jó álláshirdetés rövid és pontos. Az álláshirdetés elején szerepeljen a munkakör neve és a munkavégzés helye. A feladatokat és az elvárásokat érdemes pontokba szedni, a bérezést pedig nyíltan feltüntetni. A legtöbb jelölt a hirdetés első mondatai alapján dönt arról, hogy továbbolvas-e. A hirdetés végén adjuk meg, hogyan lehet jelentkezni.',
      ).isPosting,
    ).toBe(false);
  });
});

describe('ads that share some of these words are kept', () => {
  it('keeps an English ad that mentions the funding it announced and speaks to "you"', () => {
    const e = read(
      'Backend Engineer (Go)',
      'We announced our Series B last spring and are growing the platform team. You will design our payment APIs, you will own services end to end and you will mentor two juniors. What we offer: a salary of €70-85k, 30 days of holiday and a Berlin office you can use when you like. Requirements: 4+ years of Go, fluent English. Apply with your CV.',
    );
    expect(e.isPosting).toBe(true);
    expect(e.requiredLanguages.map((l) => l.code)).toEqual(['en']);
  });

  it('keeps a Norwegian ad that names its own ad once', () => {
    const e = read(
      'Lagermedarbeider',
      'Vi søker en lagermedarbeider til vårt lager i Drammen. Arbeidsoppgaver: plukk og pakking, mottak av varer. Krav: truckførerbevis og gode norskkunnskaper. Vi tilbyr fast stilling og konkurransedyktig lønn. Søknadsfrist 1. mai. Oppgi annonsens nummer når du søker.',
    );
    expect(e.isPosting).toBe(true);
    expect(e.countries).toEqual(['NO']);
  });

  it('keeps a German ad whose board prints "Stellenanzeige" twice and speaks to "du"', () => {
    const e = read(
      'Pflegefachkraft (m/w/d)',
      'Stellenanzeige: Pflegefachkraft (m/w/d) in Leipzig\nDeine Aufgaben: Grund- und Behandlungspflege, Dokumentation.\nDein Profil: abgeschlossene Ausbildung, gute Deutschkenntnisse.\nWir bieten: Vollzeit, 30 Tage Urlaub, Tarifvertrag.\nBitte nenne in deiner Bewerbung, wo du diese Stellenanzeige gefunden hast.',
    );
    expect(e.isPosting).toBe(true);
  });
});
