import { describe, expect, it } from 'vitest';
import { findAdLanguage } from '../../../shared/enrich/ad-language';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { tokenize } from '../../../shared/enrich/tokenize';

const adLanguage = (text: string) => findAdLanguage(tokenize(text)).language;

// The same two sentences of a customer-support ad, written for this test in each language.
const ADS: Record<string, string> = {
  en: 'We are looking for a customer support agent to join our team in Lisbon. You will answer questions from our customers by phone and email.',
  de: 'Wir suchen für unser Team in Berlin eine engagierte Kundenbetreuerin. Du beantwortest die Fragen unserer Kunden per Telefon und E-Mail und bist die erste Ansprechpartnerin für unsere Partner.',
  nl: 'Wij zijn op zoek naar een klantenservicemedewerker voor ons team in Utrecht. Je beantwoordt vragen van onze klanten via telefoon en e-mail en je werkt samen met het verkoopteam.',
  fr: "Nous recherchons un conseiller clientèle pour notre équipe à Lyon. Vous répondez aux questions de nos clients par téléphone et par e-mail, et vous travaillez avec l'équipe commerciale.",
  es: 'Buscamos un agente de atención al cliente para nuestro equipo en Madrid. Responderás a las preguntas de los clientes por teléfono y correo electrónico y trabajarás con el equipo de ventas.',
  pt: 'Procuramos um assistente de apoio ao cliente para a nossa equipa em Lisboa. Vais responder às perguntas dos clientes por telefone e e-mail e trabalhar com uma equipa internacional.',
  it: "Cerchiamo un addetto al servizio clienti per il nostro team di Milano. Risponderai alle domande dei clienti per telefono e per e-mail e lavorerai con l'ufficio vendite.",
  ca: "Busquem un agent d'atenció al client per al nostre equip de Barcelona. Respondràs les preguntes dels clients per telèfon i correu electrònic i treballaràs amb l'equip comercial.",
  ro: 'Căutăm un agent de relații cu clienții pentru echipa noastră din București. Vei răspunde la întrebările clienților prin telefon și e-mail și vei lucra cu echipa de vânzări.',
  pl: 'Poszukujemy konsultanta obsługi klienta do naszego zespołu w Krakowie. Będziesz odpowiadać na pytania klientów przez telefon i e-mail oraz współpracować z działem sprzedaży.',
  cs: 'Hledáme pracovníka zákaznické podpory do našeho týmu v Praze. Budete odpovídat na dotazy zákazníků po telefonu a e-mailem a spolupracovat s obchodním oddělením, které je v Brně.',
  sk: 'Hľadáme pracovníka zákazníckej podpory do nášho tímu v Bratislave. Budete odpovedať na otázky zákazníkov cez telefón a e-mail a spolupracovať s obchodným oddelením, ktoré sa nachádza v Košiciach.',
  sl: 'Iščemo sodelavca za podporo strankam v naši ekipi v Ljubljani. Odgovarjali boste na vprašanja strank po telefonu in e-pošti ter sodelovali s prodajno službo.',
  hr: 'Tražimo djelatnika korisničke podrške za naš tim u Zagrebu. Odgovarat ćete na upite korisnika putem telefona i e-pošte te surađivati s prodajnim odjelom koji se nalazi u Splitu.',
  hu: 'Ügyfélszolgálati munkatársat keresünk a budapesti csapatunkba. A feladatod az ügyfelek kérdéseinek megválaszolása telefonon és e-mailben, valamint az értékesítési csapat támogatása.',
  fi: 'Etsimme asiakaspalvelijaa tiimiimme Helsinkiin. Vastaat asiakkaiden kysymyksiin puhelimessa ja sähköpostitse sekä teet yhteistyötä myyntitiimin kanssa.',
  et: 'Otsime oma meeskonda klienditoe spetsialisti Tallinnas. Sinu ülesanne on vastata klientide küsimustele telefoni ja e-posti teel ning teha koostööd müügimeeskonnaga.',
  lv: 'Mēs meklējam klientu atbalsta speciālistu mūsu komandai Rīgā. Jūs atbildēsiet uz klientu jautājumiem pa tālruni un e-pastu un sadarbosieties ar pārdošanas nodaļu.',
  lt: 'Ieškome klientų aptarnavimo specialisto į mūsų komandą Vilniuje. Jūs atsakysite į klientų klausimus telefonu ir el. paštu, taip pat bendradarbiausite su pardavimų skyriumi.',
  da: 'Vi søger en kundeservicemedarbejder til vores team i København. Du skal besvare spørgsmål fra vores kunder på telefon og e-mail og arbejde tæt sammen med salgsafdelingen.',
  no: 'Vi søker en kundeservicemedarbeider til vårt team i Oslo. Du skal svare på spørsmål fra kundene våre på telefon og e-post og jobbe tett sammen med salgsavdelingen.',
  sv: 'Vi söker en kundtjänstmedarbetare till vårt team i Göteborg. Du kommer att svara på frågor från våra kunder via telefon och e-post och arbeta nära säljavdelningen.',
  is: 'Við leitum að þjónustufulltrúa í teymið okkar í Reykjavík. Þú munt svara fyrirspurnum viðskiptavina í síma og tölvupósti og vinna náið með söludeildinni.',
  el: 'Αναζητούμε υπάλληλο εξυπηρέτησης πελατών για την ομάδα μας στην Αθήνα. Θα απαντάς στις ερωτήσεις των πελατών μέσω τηλεφώνου και email.',
  bg: 'Търсим служител за обслужване на клиенти за нашия екип в София. Ще отговаряте на въпросите на клиентите по телефона и по имейл и ще работите заедно с търговския отдел.',
  ru: 'Мы ищем специалиста службы поддержки клиентов в нашу команду в Москве. Вы будете отвечать на вопросы клиентов по телефону и электронной почте и работать вместе с отделом продаж.',
  uk: 'Ми шукаємо фахівця служби підтримки клієнтів до нашої команди в Києві. Ви будете відповідати на запитання клієнтів телефоном та електронною поштою і працювати разом з відділом продажів.',
  sr: 'Тражимо сарадника за подршку корисницима за наш тим у Београду. Ваш посао ће бити да одговарате на питања корисника путем телефона и е-поште.',
  tr: "Ekibimize İstanbul'da çalışacak bir müşteri hizmetleri temsilcisi arıyoruz. Müşterilerin sorularını telefon ve e-posta ile yanıtlayacak ve satış ekibiyle birlikte çalışacaksınız.",
  mt: "Qed infittxu aġent tas-servizz tal-klijenti għat-tim tagħna f'Malta. Int se twieġeb għall-mistoqsijiet tal-klijenti bit-telefon u bl-email, u jekk għandek esperjenza dan huwa vantaġġ.",
};

describe('the ad language', () => {
  for (const [code, text] of Object.entries(ADS)) {
    it(`reads an ad written in ${code}`, () => {
      expect(adLanguage(text)).toBe(code);
    });
  }

  it('tells Russian, Ukrainian, Bulgarian and Serbian apart although they share a script', () => {
    expect(adLanguage('Требования: опыт работы от года, знание английского языка. Мы предлагаем работу в офисе.')).toBe(
      'ru',
    );
    expect(
      adLanguage('Вимоги: досвід роботи від року, знання англійської мови. Ми пропонуємо роботу в офісі, що є поруч.'),
    ).toBe('uk');
    expect(
      adLanguage('Изисквания: опит като счетоводител и добър английски език. Ние предлагаме работа, която е в офиса.'),
    ).toBe('bg');
    expect(adLanguage('Услови: искуство у раду са клијентима и знање енглеског језика. Посао је у канцеларији.')).toBe(
      'sr',
    );
  });

  it('tells Czech from Slovak and Danish from Norwegian by their own spellings', () => {
    expect(
      adLanguage('Nabízíme práci v Brně. Hledáme kolegu, který umí německy, a nebo rakousky. Jsme tým, který roste.'),
    ).toBe('cs');
    expect(
      adLanguage(
        'Ponúkame prácu v Žiline. Hľadáme kolegu, ktorý vie po nemecky alebo po anglicky. Sme tím, ktorý rastie.',
      ),
    ).toBe('sk');
    expect(
      adLanguage('Vi søger en ny kollega. Hvis du har erfaring efter endt uddannelse, hører vi gerne fra dig.'),
    ).toBe('da');
    expect(
      adLanguage('Vi søker en ny kollega. Hvis du har erfaring etter endt utdanning, hører vi gjerne fra deg.'),
    ).toBe('no');
  });

  it('tells Icelandic from Norwegian by its own letters, where the function words are shared', () => {
    expect(
      adLanguage(
        'Í sumar mun starfa hópur á vegum fyrirtækisins og verða unglingar ráðnir til starfa í honum. Verkefni hópsins verður að hugsa um lóðir.',
      ),
    ).toBe('is');
    expect(adLanguage('I sommer skal vi ansette folk til bedriften og de skal jobbe med vask og maling.')).toBe('no');
    const e = enrichPosting({
      title: 'Starfsmaður í eldhús',
      text: 'Við leitum að starfsmanni í eldhús og til að sinna þrifum. Umsóknir skal senda til starfsmannastjóra.',
    });
    expect(e.impliedLanguage).toBe('is');
  });

  it('gives a bilingual ad the language it opens with, though its other half has more function words', () => {
    const fi =
      'Etsimme kokenutta kirjanpitäjää liittymään tiimiimme. Tehtävä on kokoaikainen ja sijaitsee Tampereella.\nTarjoamme vakituisen työsuhteen ja hyvän palkan.\n';
    const en =
      'We are looking for an accountant to join our team. The position is full-time and it is located in Tampere.\nWe offer a permanent contract and a good salary.\n';
    expect(adLanguage(fi + en)).toBe('fi');
    expect(adLanguage(en + fi)).toBe('en');
  });

  it('reads a German ad full of English job words as German', () => {
    const text =
      'Customer Success Manager (m/w/d)\nDeine Aufgaben\n- Onboarding und Support unserer Key Accounts\n- Reporting, KPIs, Churn\nDein Profil\n- Erfahrung im SaaS Customer Success\n- Python, SQL, Salesforce, HubSpot\nWir bieten dir ein tolles Team und flexible Arbeitszeiten.';
    expect(adLanguage(text)).toBe('de');
  });

  it('reads Greek by its script', () => {
    const e = enrichPosting({
      title: 'Υπάλληλος',
      text: 'Αναζητούμε υπάλληλο για την ομάδα μας.\nΑπαιτήσεις: εμπειρία, καλή γνώση αγγλικών.\nΠροσφέρουμε μισθό και ασφάλιση. Στείλτε το βιογραφικό σας.',
    });
    expect(e.adLanguage).toBe('el');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'adLanguage', value: 'el', rule: 'script' }));
  });

  it('names the words it decided by', () => {
    const e = enrichPosting({ title: 'Asiakaspalvelija', text: `${ADS.fi}\nHae viimeistään 1.5. lähettämällä CV.` });
    const evidence = e.evidence.filter((x) => x.field === 'adLanguage');
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ value: 'fi', rule: 'stop words' });
    expect(ADS.fi).toContain(evidence[0]?.quote.replace(/…$/, ''));
  });

  it('says nothing of a text too short or without any function words', () => {
    expect(adLanguage('')).toBeNull();
    expect(adLanguage('Python SQL AWS Kubernetes')).toBeNull();
    expect(adLanguage('Senior Backend Engineer')).toBeNull();
  });

  it('does not read a web or mail address as words ("example.com" is not Portuguese)', () => {
    expect(
      adLanguage('Senior developer\nPython, Go\ncontact jobs@example.com or see www.example.com/jobs.com'),
    ).toBeNull();
  });

  describe('a title and a place alone (too few function words)', () => {
    const titleOnly = (title: string, text = '') => enrichPosting({ title, text, locationText: 'Somewhere' });
    it.each([
      ['Lagerhelfer (m/w/d)', 'de'],
      ['Sales Manager (w/m/d) Region Süd', 'de'],
      ['Technicien de maintenance (H/F)', 'fr'],
      ['Monteur (m/v) Installatietechniek', 'nl'],
      ['Magazynier (k/m)', 'pl'],
      ['Mechatroniker/in Anlagenbau', 'de'],
      ['Principal Research Scientist - RF MMIC Design', 'en'],
      ['Senior Data Analyst', 'en'],
    ])('reads "%s" as %s, and says so', (title, code) => {
      const e = titleOnly(title, title);
      expect(e.adLanguage).toBe(code);
      expect(title).toContain(e.evidence.find((x) => x.field === 'adLanguage')?.quote);
    });

    it('reads the title when the text holds only a heading', () => {
      expect(titleOnly('Inside Sales Contractor', 'About Us').adLanguage).toBe('en');
    });

    it('guesses nothing from words of no language, and reads job words only one language has', () => {
      expect(titleOnly('Python SQL AWS Kubernetes').adLanguage).toBeNull();
      expect(titleOnly('Kundenberater Vertrieb').adLanguage).toBe('de');
      expect(titleOnly('Senior Backend Engineer Kotlin').adLanguage).toBe('en');
    });

    it('leaves a text with enough function words to them: "(m/w/d)" in an English ad is English', () => {
      const e = enrichPosting({
        title: 'Support Engineer (m/w/d)',
        text: 'We are looking for an engineer who will support our customers in Berlin and you will work with our team.',
      });
      expect(e.adLanguage).toBe('en');
    });
  });
});

describe('the language of a list entry too short for function words', () => {
  // Titles as boards list them, with at most a line of text: written for this test.
  const entry = (title: string, text = '', locationText?: string) =>
    enrichPosting({ title, text, ...(locationText ? { locationText } : {}) });

  it.each([
    ['Lagermitarbeiter (m/w/d)', 'de'],
    ['Projektleiter Tiefbau (w/m/d)', 'de'],
    ['Chargé de recrutement (H/F)', 'fr'],
    ['Accountmanager (m/v)', 'nl'],
    ['Specjalista ds. sprzedaży (K/M)', 'pl'],
    ['Product Owner (m/f/d)', 'en'],
  ])('reads the gender note of "%s" as %s', (title, language) => {
    expect(entry(title, '', 'Somewhere').adLanguage).toBe(language);
  });

  it('reads German gender forms written into one word', () => {
    expect(entry('Kundenberater/in im Innendienst', 'Bürokaufmann/-frau').adLanguage).toBe('de');
    expect(entry('Referent:in Kommunikation').adLanguage).toBe('de');
  });

  it.each([
    ['Principal Research Scientist', 'en'],
    ['Inside Sales Contractor', 'en'],
    ['Sachbearbeiter Buchhaltung', 'de'],
    ['Säljare till butik', 'sv'],
    ['Desarrollador backend', 'es'],
  ])('reads the title words of "%s" as %s', (title, language) => {
    expect(entry(title, '', 'Somewhere').adLanguage).toBe(language);
  });

  it('implies that language for an entry that states none, so it reaches its readers', () => {
    const e = entry('Lagermitarbeiter (m/w/d)', '', '44135 Dortmund, Deutschland');
    expect(e.impliedLanguage).toBe('de');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'adLanguage', rule: 'gender note' }));
  });

  it('guesses nothing from a title whose words no language owns, or that two languages share', () => {
    expect(entry('Head of Data (x)', '').adLanguage).toBe('en');
    expect(entry('Manager', '').adLanguage).toBeNull();
    expect(entry('Consulente tecnico', '').adLanguage).toBe('it');
  });

  it('keeps a long text in a language the rules do not know unread, whatever its title says', () => {
    const words = Array.from({ length: 60 }, (_, i) => `kwalu${i % 7}`).join(' ');
    expect(entry('Software Engineer', words).adLanguage).toBeNull();
  });
});
