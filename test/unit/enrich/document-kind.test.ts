import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Documents written for these tests: occupation guides, careers pages, lists of openings and news
// pages that use an ad's words, in several languages, and ads that share one of their traits but
// stay ads (a false rejection is worse than a false acceptance: the ad reaches nobody).
const read = (title: string, text: string) => enrichPosting({ title, text });
const why = (e: ReturnType<typeof enrichPosting>) => e.evidence.find((x) => x.field === 'isPosting');

describe('documents that use an ad words but are no ad', () => {
  it('reads a Danish occupation guide asking what a warehouse worker does as a guide', () => {
    const e = read(
      'Hvad laver en lagermedarbejder?',
      'Lagermedarbejdere modtager varer, pakker ordrer og holder styr på lageret. Arbejdsopgaverne omfatter truckkørsel og kontrol af leverancer. Kravene er ofte et truckcertifikat og erfaring. Lønnen afhænger af overenskomsten og af arbejdstiden, og mange lagre arbejder i skift.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)).toMatchObject({ value: 'false', rule: 'an occupation guide' });
    expect(why(e)?.quote).toContain('Hvad laver en lagermedarbejder?');
  });

  it('reads a German guide with the question as a heading and an average salary', () => {
    const e = read(
      'Pflegefachkraft',
      'Was macht eine Pflegefachkraft?\nPflegefachkräfte betreuen Patienten und dokumentieren die Pflege. Zu den Aufgaben gehören Medikamentengabe und Wundversorgung. Voraussetzungen sind eine dreijährige Ausbildung und Belastbarkeit. Das Durchschnittsgehalt liegt je nach Bundesland bei rund 3.800 Euro, das Gehalt steigt mit der Erfahrung.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an occupation guide');
  });

  it('reads a Croatian careers page that has nothing open as a careers page', () => {
    const e = read(
      'Karijera',
      'Trenutno nemamo otvorenih natječaja. Nudimo dobru radnu atmosferu i plaću prema dogovoru. Pošaljite nam otvorenu prijavu i životopis, javit ćemo vam se kada se otvori pozicija.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('a careers page');
  });

  it('reads an Italian page listing two profiles as a list of jobs', () => {
    const e = read(
      'Posizioni aperte presso Studio Rossi',
      'Cerchiamo due persone per il nostro studio.\nProfilo A: Contabile\nRequisiti: diploma di ragioneria, esperienza di due anni.\nProfilo B: Segretaria\nRequisiti: ottima conoscenza di Excel. Offriamo contratto a tempo indeterminato. Candidature a lavoro@example.com',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('a list of jobs');
    expect(why(e)?.quote).toContain('profilo a: contabile');
  });

  it('reads a Polish news page with a stock-photo credit as an article', () => {
    const e = read(
      'Coraz więcej firm szuka programistów',
      'Firmy IT w Krakowie szukają programistów z doświadczeniem. Wymagania rosną, a wynagrodzenie też.\nfot. Jan Kowalski / Shutterstock\nPracodawcy oferują umowy o pracę i pracę zdalną, ale kandydatów jest mało.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
    expect(why(e)?.quote).toContain('Shutterstock');
  });

  it('reads a press release that opens with a wire dateline as an article', () => {
    const e = read(
      'Logistikbranche meldet Rekord bei Stellenangeboten',
      'Hamburg (ots) - Die Logistikbranche hat im Mai so viele Stellen ausgeschrieben wie nie zuvor. Gefragt sind Berufskraftfahrer in Vollzeit mit Führerschein CE; das Gehalt stieg im Schnitt um vier Prozent. Bewerbungen gehen vor allem über Online-Portale ein.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });

  it('reads a Swedish blog post that calls itself an article as an article', () => {
    const e = read(
      'Så skriver du en bra platsannons',
      'I den här artikeln går vi igenom hur en platsannons bör se ut. Beskriv arbetsuppgifter, krav och lön tydligt, och ange sista ansökningsdag. Ansökan ska vara enkel att skicka in.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });

  it('reads a French news story with a related-articles line and no "vous" as an article', () => {
    const e = read(
      'Les entreprises peinent à recruter des soudeurs',
      "Les entreprises de la région cherchent des soudeurs qualifiés. Les exigences sont élevées : un diplôme et plusieurs années d'expérience. Le salaire proposé dépasse souvent la moyenne du secteur, et les contrats sont en CDI. Les agences d'intérim constatent que les candidats manquent, surtout en Normandie, et que les délais de recrutement s'allongent d'année en année selon les chiffres publiés ce mois-ci par les chambres de commerce et les syndicats professionnels du bâtiment.\nLire aussi : La formation des apprentis en hausse",
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });
});

describe('ads that share one trait of those documents stay ads', () => {
  it('keeps an English ad asking what a typical day looks like', () => {
    const e = read(
      'Customer Success Manager',
      'What does a typical day look like?\nYou will onboard new customers and run training sessions. Requirements: 3 years in a SaaS company, fluent English. We offer a competitive salary and a permanent contract. Apply with your CV.',
    );
    expect(e.isPosting).toBe(true);
    expect(e.requiredLanguages.map((l) => l.code)).toEqual(['en']);
  });

  it('keeps a Norwegian ad that offers pay above the average salary and speaks to "deg"', () => {
    const e = read(
      'Tømrer søkes',
      'Vi søker en erfaren tømrer til prosjekter i Bergen. Krav: fagbrev og førerkort klasse B. Vi tilbyr lønn over gjennomsnittslønnen i bransjen og fast stilling. Søknad med CV sendes innen 1. mars. Passer dette for deg?',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps a Czech ad whose anti-discrimination clause names marital status', () => {
    const e = read(
      'Účetní',
      'Hledáme účetní do naší kanceláře v Brně. Požadujeme SŠ vzdělání a praxi. Nabízíme plný úvazek a stravenky.\nWe do not discriminate on age, gender, marital status or disability.',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps an English remote ad that names marital status among the grounds of equal treatment', () => {
    const e = read(
      'Support Engineer (remote, EU time zones)',
      "Location: Anywhere in the EU\nType: Full-time\nYou will answer customers' questions about our API. Requirements: experience with Linux and SQL, fluent English. We never discriminate based on race, gender, marital status, age or disability. Apply with your CV.",
    );
    expect(e.isPosting).toBe(true);
    expect(e.remote).toBe('remote');
  });

  it('keeps a Spanish ad titled with the company careers page and one job', () => {
    const e = read(
      'Técnico de mantenimiento - Empleo en Grupo Norte',
      'Buscamos técnico de mantenimiento para nuestra planta de Zaragoza. Requisitos: FP de electricidad y carnet de conducir. Ofrecemos contrato indefinido y salario según convenio. Envía tu CV.',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps a formal Greek ad that addresses nobody', () => {
    const e = read(
      'Λογιστής',
      'Εταιρεία στην Αθήνα αναζητά λογιστή με πτυχίο και εμπειρία τριών ετών. Απαιτήσεις: άριστη γνώση αγγλικών και λογιστικών προγραμμάτων. Προσφέρεται μισθός ανάλογος των προσόντων και πλήρης απασχόληση. Αποστολή βιογραφικού στο cv@example.com μέχρι το τέλος του μήνα. Η θέση αφορά μόνιμη συνεργασία με το λογιστήριο της εταιρείας και αναφορά στον οικονομικό διευθυντή.',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps a Czech ad with a quoting title whose headings speak to the candidate', () => {
    const e = read(
      'Grafik/čka pro náš „malý“ tým',
      'Jsme malé studio v Olomouci a děláme weby pro „velké“ klienty.\n## Co tě čeká\nNávrhy webů a tiskovin.\n## Co od tebe chceme\nPortfolio a znalost Figmy.\n## Co ti dáme\nPružnou pracovní dobu a stravenky.\nMísto práce: Olomouc',
    );
    expect(e.isPosting).toBe(true);
  });

  it('still reads a German story with a quoting headline and one "du" heading as an article', () => {
    const e = read(
      '„Wir finden keine Leute“: Bäckereien suchen Personal',
      'Viele Bäckereien in Sachsen finden keine Verkäuferinnen mehr. „Es ist dramatisch“, sagt Innungsmeister Peter Schmidt.\nWas du wissen musst\nDie Betriebe zahlen inzwischen über Tarif. „Ohne Nachwuchs schließen wir“, erklärt Schmidt.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });
});
