import { describe, expect, it } from 'vitest';
import { read, why } from './probes/document-read';

// Documents that use an ad's words without being one ad: news that reports who said what, a
// story under a dateline or a byline, one text describing several jobs section by section. And
// real ads that must be kept: one whose title quotes a unit's name but whose lines are a job
// record's fields. Written for this test, in several languages.

describe('news reports who said it', () => {
  it('reads a Serbian (Cyrillic) report quoting a spokesman as an article', () => {
    const title = 'Пошта тражи достављаче за викенд';
    const text =
      'Пошта је покренула нови пројекат у Новом Саду и нуди додатну зараду за доставу писама викендом. Пријавило се више од 800 људи.\n' +
      '- Ради се о флексибилном послу на непуно радно време - рекао је портпарол поште Марко Марковић.\n' +
      'Изабрани кандидати потписаће уговор о раду, а посао је намењен пензионерима и студентима.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)).toMatchObject({ value: 'false', rule: 'an article' });
  });

  it('reads a Bulgarian report of what the labour office "съобщават" as an article', () => {
    const e = read(
      'Фирма в Пловдив търси оператори с френски',
      'Голяма фирма в Пловдив търси оператори с френски и немски език за нов център за обслужване на клиенти, съобщават от Бюрото по труда. Фирмата е специализирана в продажба на туристически услуги. Очакваните стартови заплати са около 1500 лв. Според запознати центърът ще наеме още 100 души до края на годината, а образованието трябва да е поне средно.',
    );
    expect(e.isPosting).toBe(false);
    expect(e.requiredLanguages).toEqual([]);
  });

  it('reads a Hungarian market report whose figures a portal "ismertette" as an article', () => {
    const e = read(
      'Egyre több cég keres spanyolul beszélő munkavállalót',
      'Az állásportál elemzése szerint a nyelvtudást igénylő hirdetések száma tavaly tovább nőtt, és a spanyol nyelv iránti igény is erősödött. A cégek főleg ügyfélszolgálati munkakörökbe keresnek embereket Budapesten és Debrecenben. A fizetések az átlag felett vannak, ismertette a portál szóvivője. A munkáltatók a jövő évben is hasonló keresletre számítanak, fejtette ki az elemző a közleményben.',
    );
    expect(e.isPosting).toBe(false);
  });

  it('hears English speech after the quote ("…,” he added") as an article', () => {
    const title = 'Software firm opens new office in Cluj';
    const text =
      'A Danish software firm opened an office in Cluj this week. It plans to employ 150 developers by next summer, at a salary above the local average. Applicants must speak English.\n' +
      '“Romania has a great talent pool and the universities here are excellent,” he added.\n' +
      '“We expect the office to become our largest outside Denmark,” she explained. The firm already runs centres in Aarhus and Gdansk.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)?.rule).toBe('an article');
    expect(why(title, text)?.quote).toContain('he added');
  });
});

describe('a story under a dateline or a byline', () => {
  it('reads a Slovenian agency story opening "Ljubljana, 27. aprila -" as an article', () => {
    const title = 'Raziskava: tujci najraje delajo v Avstriji';
    const text =
      'Ljubljana, 27. aprila - Najbolj zaželena država za delo v tujini je Avstrija, je pokazala raziskava zaposlitvenega portala. Delavci iz Srbije in Hrvaške pa si najbolj želijo priti v Slovenijo, kjer je plača višja kot doma.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)?.quote).toContain('Ljubljana, 27. aprila');
  });

  it('reads an English and a German story under a place-and-date dateline as articles', () => {
    expect(
      read(
        'Call centre to hire 300 in Lisbon',
        'LISBON, March 3 — A call centre operator will hire 300 agents who speak German or Dutch, the company said on Tuesday. Salaries start at 1,100 euros a month, and applicants need a good level of English.',
      ).isPosting,
    ).toBe(false);
    expect(
      read(
        'Logistiker sucht 200 Fachkräfte',
        'Kassel, 12. Mai 2025 – Ein Logistikunternehmen will in Nordhessen 200 Lagerfachkräfte einstellen. Bewerber sollten einen Staplerschein haben, hieß es. Das Unternehmen zahlt nach Tarif.',
      ).isPosting,
    ).toBe(false);
  });

  it('reads a Greek story with a byline and a publication stamp as an article', () => {
    const title = 'Η Πάτρα «καλεί» γερμανόφωνους';
    const text =
      'Δημοσίευση: 3 Μαρ 2025 09:40 | Τελευταία ενημέρωση: 3 Μαρ 2025 12:15\n\n' +
      'Της Μαρίας Παπαδοπούλου\n' +
      'Σε ένα γραφείο στο κέντρο της Πάτρας, δεκάδες νέοι απαντούν κάθε μέρα σε πελάτες από τη Γερμανία και την Αυστρία. Η εταιρεία αναζητά ακόμη πενήντα υπαλλήλους που μιλούν γερμανικά.';
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)?.quote).toContain('Δημοσίευση');
  });

  it("keeps a board's ad stamped with its publication time, by its sections", () => {
    const e = read(
      'Lagermedarbeider (deltid)',
      'Publisert: 03.03.2025 10:15\nVi søker en lagermedarbeider til vårt lager i Drammen.\nArbeidsoppgaver:\n- plukk og pakking\n- varemottak\nKvalifikasjoner:\n- truckførerbevis\nVi tilbyr konkurransedyktig lønn.\nSøknadsfrist: 14.03.2025',
    );
    expect(e.isPosting).toBe(true);
  });
});

describe('one text describing several jobs, each with its own sections', () => {
  it('reads a Czech page with "Co požadujeme?" and "Co nabízíme?" under each role as no single ad', () => {
    const title = 'Hledáme posily do IT oddělení';
    const text = [
      'Naše organizace hledá do týmu vývojáře a správce sítě.',
      '# Vývojář',
      '**Co požadujeme?**',
      '* Zkušenosti s Pythonem.',
      '**Co nabízíme?**',
      '* Práce z domova, odměna 40 tisíc Kč.',
      '# Správce sítě',
      '**Co požadujeme?**',
      '* Znalost Linuxu a síťových prvků.',
      '**Co nabízíme?**',
      '* Smlouva na dobu neurčitou.',
    ].join('\n');
    expect(read(title, text).isPosting).toBe(false);
    expect(why(title, text)).toMatchObject({ rule: 'several jobs, each with its sections' });
    expect(why(title, text)?.quote).toContain('co požadujeme');
  });

  it('reads an English page repeating "Requirements" for three roles as no single ad', () => {
    const text = [
      'We are hiring for three roles in our Lisbon office.',
      'Backend Engineer',
      'Requirements:',
      '- 3 years of Go',
      'Data Analyst',
      'Requirements:',
      '- SQL and Python',
      'Office Manager',
      'Requirements:',
      '- fluent Portuguese',
      'Apply by sending your CV.',
    ].join('\n');
    expect(read('Join our Lisbon team', text).isPosting).toBe(false);
  });

  it('keeps one ad that names its sections once and its apply button twice', () => {
    const e = read(
      'Kundenberater (m/w/d)',
      [
        'Wir suchen dich als Kundenberater in Leipzig.',
        'Deine Aufgaben',
        '- Beratung unserer Kunden am Telefon',
        'Dein Profil',
        '- sehr gute Deutschkenntnisse',
        'Wir bieten',
        '- unbefristeter Vertrag',
        'Jetzt bewerben',
        'Fragen? Ruf uns an.',
        'Jetzt bewerben',
      ].join('\n'),
    );
    expect(e.isPosting).toBe(true);
  });
});

describe("a job record's fields outweigh quotes in its title", () => {
  it('keeps a French internship whose title quotes the unit, by its "Lieu : …" fields', () => {
    const title = 'Stage au service « Échanges et Mobilité » de l’Institut';
    const text = [
      "L'Institut franco-italien soutient les échanges de jeunes « entre deux pays » depuis 1990 et organise chaque année des rencontres « interculturelles ».",
      'Le service « Échanges et Mobilité » recherche une ou un stagiaire à partir du 1er mars.',
      'Le service prépare les rencontres, sélectionne les projets et accompagne les partenaires. Il suit aussi les jumelages entre villes. Il publie chaque année un bilan des échanges. Il forme les animateurs. Il répond aux écoles.',
      'Lieu de stage : Lyon (en présentiel)',
      'Durée du stage : 6 mois',
      'Temps de travail : 35h / semaine',
      'Indemnité : gratification légale',
      'Date limite : 15 janvier',
    ].join('\n');
    const e = read(title, text);
    expect(e.isPosting).toBe(true);
    expect(e.countries).toEqual(['FR']);
  });

  it('keeps an Italian record with quotes in its title and its fields', () => {
    const e = read(
      'Tirocinio presso l’ufficio «Progetti europei»',
      [
        'L’ufficio «Progetti europei» del Comune cerca una tirocinante o un tirocinante per sei mesi, per seguire i «bandi» e i partner.',
        'L’ufficio segue i gemellaggi tra città. Prepara gli incontri. Pubblica ogni anno un rapporto sugli scambi. Forma gli animatori. Risponde alle scuole.',
        'Sede: Bologna',
        'Durata: 6 mesi',
        'Rimborso spese: 600 euro al mese',
        'Scadenza: 30 aprile',
        'Mansioni: supporto alla gestione dei progetti',
      ].join('\n'),
    );
    expect(e.isPosting).toBe(true);
  });
});

describe('a first-person story in languages the rules now read', () => {
  it('reads a Croatian first-person story as no ad', () => {
    const title = 'Moj prvi mjesec u Dublinu';
    const text =
      'Ja sam prije mjesec dana došla u Dublin i moj život se potpuno promijenio. Meni je ovdje lijepo, a moja cimerica radi u istoj firmi. Mene su prvo pitali znam li engleski, i moj odgovor je bio da. Moja plaća je bolja nego doma, a moj šef je ljubazan. Ja ne planiram ići kući uskoro, a meni i mojoj obitelji to odgovara.';
    expect(read(title, text).isPosting).toBe(false);
  });
});
