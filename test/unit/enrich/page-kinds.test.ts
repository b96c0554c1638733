import { describe, expect, it } from 'vitest';
import { read, why } from './probes/document-read';

// Pages a job source hands over that hold an ad's words but are not one ad: a board's results, a
// careers page's openings, an FAQ, a CV. And ads that share one of their marks. Documents written
// for this test.

describe("a job board's results are a list of jobs", () => {
  it('reads a Swedish result page by the age of each entry', () => {
    const title = 'Lediga jobb som undersköterska i Malmö';
    const text =
      '212 lediga jobb\nUndersköterska till hemtjänsten\nMalmö stad – Malmö\nPublicerad för 2 dagar sedan\nUndersköterska natt\nExempelvården AB – Malmö\n3 dagar sedan\nUndersköterska, sommarvikariat\nRegion Skåne – Lund\n5 dagar sedan';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)).toMatchObject({ value: 'false', rule: 'a list of jobs' });
    expect(why(title, text)?.quote).toContain('3 dagar sedan');
  });

  it('reads a French and a Dutch result page, one with a pagination line', () => {
    expect(
      read(
        'Emploi serveur Bordeaux',
        'Serveur / Serveuse H/F\nBrasserie Exemple – Bordeaux\nil y a 2 jours\nChef de rang\nHôtel Exemple – Bordeaux\nil y a 4 jours\nCommis de cuisine\nRestaurant Exemple – Mérignac\nil y a 6 jours\nPostulez en un clic.',
      ).isPosting,
    ).toBe(false);
    expect(
      read(
        'Vacatures magazijnmedewerker Tilburg',
        'Magazijnmedewerker\nVoorbeeld Logistiek – Tilburg\n2 dagen geleden\nOrderpicker\nVoorbeeld Distributie – Waalwijk\n5 dagen geleden\nSolliciteer direct\nPagina 1 van 12',
      ).isPosting,
    ).toBe(false);
  });
});

describe('careers pages, FAQs and CVs are no ad', () => {
  it("reads a Spanish careers page by its openings under 'Nuestras ofertas'", () => {
    const title = 'Trabaja en Ejemplo';
    const text =
      'Somos una empresa de software con 120 personas en Madrid y Valencia.\nNuestras ofertas\nDesarrollador/a backend – Madrid\nDiseñador/a UX – Valencia\nTécnico/a de soporte – Remoto\n¿No encuentras tu puesto? Envíanos tu CV.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)?.rule).toBe('a careers page');
  });

  it('reads an Italian and a Polish FAQ by its heading', () => {
    const it_ = read(
      'Lavora con noi – domande',
      'Domande frequenti\nCome posso candidarmi?\nTramite il modulo online, allegando il CV.\nQuanto dura la selezione?\nDi solito tre settimane.',
    );
    expect(it_.isPosting).toBe(false);
    const pl = read(
      'Rekrutacja',
      'Często zadawane pytania\nJak mogę aplikować?\nPrzez formularz na stronie. Wymagane jest CV.\nIle trwa rekrutacja?\nZwykle dwa tygodnie.',
    );
    expect(pl.isPosting).toBe(false);
    expect(pl.evidence.find((e) => e.field === 'isPosting')?.rule).toBe('an FAQ');
  });

  it('reads a German and a Czech CV by its dated entries', () => {
    const de = read(
      'Lebenslauf Jonas Beispiel',
      'Jonas Beispiel\nBerufserfahrung\n2019 – heute: Lagerlogistiker, Beispiel GmbH, Kassel\n2015 – 2019: Fahrer, Beispiel Transporte, Fulda\nSprachen: Deutsch (Muttersprache), Englisch (B1)',
    );
    expect(de.isPosting).toBe(false);
    expect(de.requiredLanguages).toEqual([]);
    expect(
      read(
        'Životopis',
        'Petr Příklad\nPracovní zkušenosti\n2018–2024 skladník, Příklad s.r.o., Brno\n2014–2018 řidič, Příklad Trans, Zlín\nJazyky: čeština, němčina (B2)',
      ).isPosting,
    ).toBe(false);
  });
});

describe('ads that share one of these marks stay ads', () => {
  it('keeps an ad whose page prints when it was posted and updated', () => {
    const e = read(
      'Warehouse Operative',
      'Warehouse Operative\nExample Logistics – Leeds\nPosted 3 days ago\nUpdated 1 day ago\nYou will pick and pack orders and load vans. Requirements: forklift licence, good English. We offer £12.50 an hour and paid overtime. Apply now.',
    );
    expect(e.isPosting).toBe(true);
    expect(e.requiredLanguages.map((l) => l.code)).toEqual(['en']);
  });

  it('keeps a German ad with one dated line of the company history and an FAQ at its end', () => {
    const e = read(
      'Elektroniker (m/w/d)',
      'Wir sind ein Familienbetrieb in Kassel.\n1998 – 2008: Aufbau der Werkstatt\nDeine Aufgaben: Wartung und Reparatur von Anlagen.\nDein Profil: abgeschlossene Ausbildung, Führerschein B.\nWir bieten: unbefristeten Vertrag, 30 Tage Urlaub.\nHäufige Fragen\nWie lange dauert das Verfahren? Zwei Wochen.\nJetzt bewerben!',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps a Norwegian ad that points to its other openings at the end', () => {
    const e = read(
      'Lærling elektriker',
      'Vi søker lærling innen elektrofag til vår avdeling i Bergen. Arbeidsoppgaver: installasjon hos kunder. Krav: fullført Vg2. Vi tilbyr god oppfølging. Søk innen 1. mars.\nLedige stillinger\nSe alle våre ledige stillinger på nettsiden.',
    );
    expect(e.isPosting).toBe(true);
  });
});
