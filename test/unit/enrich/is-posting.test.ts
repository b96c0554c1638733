import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Documents written for these tests: articles, lists, CVs, courses and company pages in several
// languages, and real-looking ads that share some of their traits but stay ads.
const read = (title: string, text: string) => enrichPosting({ title, text });
const why = (e: ReturnType<typeof enrichPosting>) => e.evidence.find((x) => x.field === 'isPosting');

describe('documents that are not one job ad', () => {
  it('reads a Norwegian news article with a byline and reported speech as an article', () => {
    const e = read(
      'Nytt kundesenter gir 200 jobber',
      'Nytt kundesenter gir 200 jobber\nAv Kari Nordmann\nSelskapet åpner et kundesenter i Bodø og skal ansette 200 medarbeidere. – Vi trenger folk som snakker norsk og engelsk, sier daglig leder Ola Hansen til avisen.\nSøknadsfristen er i mars.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)).toMatchObject({ value: 'false', rule: 'an article' });
    expect(why(e)?.quote).toContain('Av Kari Nordmann');
    expect(e.requiredLanguages).toEqual([]);
  });

  it('reads a Czech news article with a photo credit and a quoted recruiter as an article', () => {
    const e = read(
      'Firmy hledají lidi s němčinou',
      'Firmy hledají lidi s němčinou\nFoto: Archiv redakce\nCentra sdílených služeb v Brně a v Praze nabízejí stále více míst pro lidi, kteří mluví německy. Požadavky firem rostou.\n„Nejvíce je poptávaná němčina a francouzština,“ popisuje situaci Jana Nováková z personální agentury.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });

  it('reads a Spanish report about a job ad, with quotes and "afirma", as an article', () => {
    const e = read(
      'Una empresa busca personas que hablen finés',
      'Una empresa de Málaga busca personas que hablen finés. "Es difícil encontrar perfiles así", afirma Marta López, responsable de la empresa. Los requisitos son claros y ofrece un contrato indefinido, pero "la vida aquí es más barata", explica López.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });

  it('reads a Finnish story under a quoting headline as an article', () => {
    const e = read(
      '”Täällä on aina kesä” – suomalaiset töissä Espanjassa',
      'Malagassa asuu tuhansia suomalaisia, ja moni heistä tekee asiakaspalvelua suomeksi. Tehtävät ovat vaihtelevia ja tiimi on mukava, kertoo Anna Virtanen, joka muutti Espanjaan kaksi vuotta sitten. Palkka on pienempi kuin Suomessa.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('an article');
  });

  it('reads a careers page that counts its openings per team as a list of jobs', () => {
    const e = read(
      'Karriere bei uns',
      'Karriere bei uns\nVertrieb (3)\nLogistik (2)\nKundenservice (4)\nIT (1)\nWir suchen Verstärkung mit Leidenschaft. Richten Sie Ihre Bewerbung an jobs@example.com.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)).toMatchObject({ value: 'false', rule: 'a list of jobs' });
    expect(why(e)?.quote).toContain('Vertrieb (3)');
  });

  it('reads a page of links to several jobs as a list of jobs', () => {
    const e = read(
      'Our latest jobs in Lisbon',
      'Our latest jobs in Lisbon\ncustomer-service-agent-with-dutch-in-lisbon\nCustomer service agent with Dutch in Lisbon\nit-helpdesk-with-german-lisbon-relocation\nIT helpdesk with German, relocation package\nsales-representative-french-speaking-lisbon\nSales representative, French speaking\nApply now and send your CV.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('a list of jobs');
  });

  it('reads a board page of several titled jobs, each with its button, as a list of jobs', () => {
    const titles = read(
      'Stellenangebote',
      'Stellenangebote\nKundenberater (m/w/d) in Leipzig\nLagerist (m/w/d) in Halle\nBuchhalterin (m/w/d) in Dresden\nIT-Administrator (m/w/d) in Jena\nBewerbung bitte online.',
    );
    expect(titles.isPosting).toBe(false);
    expect(why(titles)?.rule).toBe('a list of jobs');
    const buttons = read(
      'Ledige stillinger',
      'Ledige stillinger\nLagermedarbeider, Oslo\nLes mer\nSjåfør, Bergen\nLes mer\nRenholder, Trondheim\nLes mer\nSøknadsfrist: løpende.',
    );
    expect(buttons.isPosting).toBe(false);
    expect(why(buttons)?.rule).toBe('a list of jobs');
  });

  it('reads a CV by its sections, and a news page by its links to other articles', () => {
    const cv = read(
      'Jan Kowalski',
      'Jan Kowalski\nWykształcenie\nUniwersytet Warszawski, filologia\nDoświadczenie zawodowe\nKonsultant, obsługa klienta, język niemiecki\nZainteresowania\nPodróże, języki obce',
    );
    expect(cv.isPosting).toBe(false);
    expect(why(cv)).toMatchObject({ rule: 'a CV', quote: 'Zainteresowania' });
    const news = read(
      'Kundesenter henter folk fra Sverige',
      'Kundesenteret i Narvik skal ansette 40 etter nyttår, og krav til språk er lave. – Vi trenger folk, sier Per Olsen.\nLes også: Rekordmange ledige stillinger\nSøknadsfristen er 1. mai.',
    );
    expect(news.isPosting).toBe(false);
    expect(why(news)?.rule).toBe('an article');
  });

  it('reads a CV as a CV, in English and in German', () => {
    const en = read(
      'Curriculum Vitae',
      'Curriculum Vitae\nAnna Example\nDate of birth: 1 May 1990\nWork experience\n2018–2024 Customer support agent, fluent English and German\nEducation\nBA in Languages',
    );
    expect(en.isPosting).toBe(false);
    expect(why(en)?.rule).toBe('a CV');
    const de = read(
      'Lebenslauf Max Beispiel',
      'Lebenslauf\nMax Beispiel\nGeburtsdatum: 2. März 1988\nBerufserfahrung: Kundenbetreuer, Vollzeit\nSprachen: Deutsch, Englisch fließend',
    );
    expect(de.isPosting).toBe(false);
    expect(why(de)?.rule).toBe('a CV');
  });

  it('reads a course and a volunteering project as not a job', () => {
    const course = read(
      'Kurs: Betreuungsassistenz',
      'Der Kurs vermittelt die Grundlagen der Betreuung. Die Teilnahme ist kostenfrei, am Ende steht ein Zertifikat. Voraussetzungen: Deutschkenntnisse B1. Der Kurs findet samstags statt.',
    );
    expect(course.isPosting).toBe(false);
    expect(why(course)?.rule).toBe('a course or volunteering');
    const volunteering = read(
      'Voluntariado en Portugal',
      'Buscamos voluntarios para un proyecto de voluntariado de seis meses en Oporto. Los voluntarios reciben alojamiento y comida. Requisitos: tener entre 18 y 30 años. Para solicitar, envía tu CV.',
    );
    expect(volunteering.isPosting).toBe(false);
    expect(why(volunteering)?.rule).toBe('a course or volunteering');
  });

  it("reads a company's about-us page without a way to apply as a company page", () => {
    const e = read(
      'Om os',
      'Om os\nVi er et dansk softwarehus grundlagt i 2005 i Aarhus. Vi tilbyder løsninger til banker i hele Norden, og vores team tæller 80 kolleger.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)).toMatchObject({ value: 'false', rule: 'a company page', quote: 'Om os' });
  });
});

describe('job ads that share a trait with those documents stay ads', () => {
  it('keeps an ad that quotes its manager', () => {
    const e = read(
      'Customer Support Agent with Dutch',
      'Customer Support Agent with Dutch\n“We are growing fast,” says our team lead Anna.\nResponsibilities\n- Answer customer tickets\nRequirements\n- Fluent Dutch and English\nWhat we offer\n- Full-time contract and a good salary\nApply with your CV.',
    );
    expect(e.isPosting).toBe(true);
    expect(why(e)).toMatchObject({ value: 'true', rule: 'ad vocabulary', quote: 'Apply with your CV' });
    expect(e.requiredLanguages.map((l) => l.code).sort()).toEqual(['en', 'nl']);
  });

  it('keeps an ad that offers courses and training, and one for a volunteer coordinator', () => {
    const courses = read(
      'Kundenberater (m/w/d)',
      'Deine Aufgaben\n- Beratung unserer Kunden\nDein Profil\n- Sehr gute Deutschkenntnisse\nWir bieten\n- Sprachkurse und Kurse zur Weiterbildung, ein Zertifikat nach der Einarbeitung\n- Vollzeit, gutes Gehalt\nJetzt Bewerbung senden!',
    );
    expect(courses.isPosting).toBe(true);
    const coordinator = read(
      'Volunteer Coordinator',
      'Volunteer Coordinator\nYou will recruit and support our volunteers.\nRequirements\n- Fluent English\nWe offer a permanent contract and a salary of 30,000 EUR.\nApply by 1 June.',
    );
    expect(coordinator.isPosting).toBe(true);
  });

  it('keeps ads written in Czech, Hungarian and Greek', () => {
    expect(
      read(
        'Účetní',
        'Hledáme účetní do našeho týmu v Praze.\nNáplň práce: vedení účetnictví.\nPožadavky: praxe v oboru, angličtina.\nNabízíme: mzda dle zkušeností, plný úvazek.\nŽivotopis zasílejte na jobs@example.com.',
      ).isPosting,
    ).toBe(true);
    expect(
      read(
        'Ügyfélszolgálati munkatárs',
        'Ügyfélszolgálati munkatársat keresünk.\nFeladatok: ügyfelek kérdéseinek megválaszolása.\nElvárások: angol nyelvtudás.\nAmit kínálunk: teljes munkaidő, versenyképes fizetés.\nJelentkezés önéletrajzzal.',
      ).isPosting,
    ).toBe(true);
    expect(
      read(
        'Υπάλληλος εξυπηρέτησης',
        'Αναζητούμε υπάλληλο εξυπηρέτησης πελατών.\nΑπαιτήσεις: άριστη γνώση αγγλικών.\nΠροσφέρουμε ανταγωνιστικό μισθό.\nΣτείλτε το βιογραφικό σας.',
      ).isPosting,
    ).toBe(true);
  });

  it('keeps an ad that repeats its own title and its button', () => {
    const e = read(
      'Computerlinguist (m/w/d)',
      'Computerlinguist (m/w/d)\nWir suchen Computerlinguisten (m/w/d) für unser Team.\nJetzt bewerben\nDeine Aufgaben: Korpora pflegen.\nDein Profil: Python, sehr gute Deutschkenntnisse.\nWir bieten: Vollzeit, gutes Gehalt.\nJetzt als Computerlinguist (m/w/d) bewerben\nJetzt bewerben',
    );
    expect(e.isPosting).toBe(true);
  });

  it('keeps an ad whose only byline-like line is a contact person', () => {
    const e = read(
      'Lagermedarbetare',
      'Lagermedarbetare\nVi söker lagermedarbetare till vårt lager i Borås.\nArbetsuppgifter: plock och pack.\nKrav: truckkort.\nVi erbjuder heltid.\nKontakt: Anna Svensson\nSkicka din ansökan senast 1 maj.',
    );
    expect(e.isPosting).toBe(true);
  });
});

describe("a job source's record that is all about the company stays an ad", () => {
  it('keeps an English record under a job title with a Remote location and only "About Us"', () => {
    const e = enrichPosting({
      title: 'Platform Engineer',
      locationText: 'Remote',
      text: 'About Us\nWe build open-source tools for distributed databases. Our remote-first team of forty people works across twelve time zones.',
    });
    expect(e.isPosting).toBe(true);
    expect(why(e)).toMatchObject({ value: 'true', rule: 'title from a job source', quote: 'Platform Engineer' });
    expect(e.remote).toBe('remote');
  });

  it('keeps a German and a French record whose text is the company presentation', () => {
    const de = enrichPosting({
      title: 'Vertriebsmitarbeiter Innendienst (m/w/d)',
      locationText: 'Hamburg',
      text: 'Über uns\nWir sind ein Familienunternehmen aus Hamburg und liefern seit 1962 Ersatzteile für Landmaschinen in ganz Europa.',
    });
    expect(de.isPosting).toBe(true);
    expect(de.countries).toEqual(['DE']);
    const fr = enrichPosting({
      title: 'Technicien de maintenance',
      locationText: 'Lyon',
      text: 'Qui sommes-nous\nNous concevons des ascenseurs depuis 1980 et comptons 300 collaborateurs dans toute la région Auvergne-Rhône-Alpes.',
    });
    expect(fr.isPosting).toBe(true);
  });

  it('still reads the same presentation without a job source as a company page', () => {
    const e = read(
      'Über uns',
      'Über uns\nWir sind ein Familienunternehmen aus Hamburg und liefern seit 1962 Ersatzteile für Landmaschinen in ganz Europa.',
    );
    expect(e.isPosting).toBe(false);
    expect(why(e)?.rule).toBe('a company page');
  });
});

describe('a job record headed by its location line keeps the quotes of its manager', () => {
  it('keeps a Norwegian and a German ad quoting the manager under a location line', () => {
    const no = read(
      'Kokk',
      'Arbeidssted: Bodø\n«Vi lager alt fra bunnen av,» sier kjøkkensjef Per Olsen. «Jeg ser etter en som elsker råvarer.»\nHos oss får du ansvar for lunsj og selskaper.\nKrav: fagbrev som kokk.\nSøknadsfrist: 1. mai.',
    );
    expect(no.isPosting).toBe(true);
    expect(no.countries).toEqual(['NO']);
    const de = read(
      'Bäcker',
      'Arbeitsort: Kassel\n„Bei uns zählt Handwerk“, sagt Bäckermeisterin Anna Beck. „Ich suche jemanden, der früh aufsteht und gern backt.“\nDu backst Brot und Brötchen nach unseren Rezepten.\nVoraussetzungen: Gesellenbrief als Bäcker.\nBewerbung bis 1. Mai.',
    );
    expect(de.isPosting).toBe(true);
  });

  it('still reads a news story with a byline as an article, location line or not', () => {
    const e = read(
      'Bakeriet som ikke finner folk',
      'Av Kari Nordmann\nSted: Bodø\n«Vi har lett i et halvt år,» sier daglig leder Per Olsen. Bakeriet har tre ledige stillinger, men ingen søkere.',
    );
    expect(e.isPosting).toBe(false);
  });
});
