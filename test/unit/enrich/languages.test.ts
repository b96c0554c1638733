import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { matchLanguage } from '../../../shared/enrich/language-names';
import { nameLocales } from '../../../shared/enrich/name-locales';
import { fold } from '../../../shared/enrich/tokenize';

// Short ads written for these tests, each in its own language, with enough ad vocabulary to count
// as a posting. `body` is the part under test.
const ADS: Record<string, (body: string) => string> = {
  en: (b) => `Responsibilities\n- Answer customer tickets by email and chat\n${b}\nApply now with your CV.`,
  de: (b) =>
    `Deine Aufgaben\n- Du beantwortest Anfragen unserer Kunden\n${b}\nBewirb dich jetzt mit deinem Lebenslauf.`,
  nl: (b) => `Wat ga je doen\n- Je beantwoordt vragen van klanten\n${b}\nSolliciteer nu met je cv.`,
  pl: (b) => `Twoje zadania\n- Obsługa klientów przez telefon i e-mail\n${b}\nAplikuj teraz i wyślij CV.`,
  cs: (b) => `Náplň práce\n- Komunikace se zákazníky po telefonu\n${b}\nPošlete nám svůj životopis.`,
  sk: (b) => `Náplň práce\n- Komunikácia so zákazníkmi\n${b}\nPošlite nám svoj životopis.`,
  hu: (b) => `Feladatok\n- Ügyfelek kiszolgálása telefonon\n${b}\nKüldd el az önéletrajzod.`,
  el: (b) => `Αρμοδιότητες\n- Εξυπηρέτηση πελατών μέσω τηλεφώνου\n${b}\nΣτείλτε το βιογραφικό σας.`,
  lt: (b) => `Pareigos\n- Klientų aptarnavimas telefonu\n${b}\nSiųskite savo CV.`,
  fi: (b) => `Tehtävät\n- Asiakaspalvelu puhelimessa ja sähköpostilla\n${b}\nLähetä hakemus ja CV.`,
  sv: (b) => `Arbetsuppgifter\n- Svara på kundernas frågor\n${b}\nSkicka din ansökan och ditt CV.`,
  it: (b) => `Mansioni\n- Assistenza clienti via telefono e email\n${b}\nInvia il tuo CV.`,
  es: (b) => `Funciones\n- Atención al cliente por teléfono\n${b}\nEnvía tu CV.`,
  fr: (b) => `Vos missions\n- Répondre aux demandes des clients\n${b}\nEnvoyez votre CV.`,
  no: (b) => `Arbeidsoppgaver\n- Svare på spørsmål fra kunder\n${b}\nSend søknad og CV.`,
};

function read(lang: string, body: string, title = 'Customer Service Agent') {
  const text = ADS[lang]?.(body);
  if (text === undefined) throw new Error(`no test ad in ${lang}`);
  return enrichPosting({ title, text });
}
const required = (e: ReturnType<typeof enrichPosting>) => e.requiredLanguages.map((l) => l.code).sort();
const levelOf = (e: ReturnType<typeof enrichPosting>, code: string) =>
  e.requiredLanguages.find((l) => l.code === code)?.level;

describe('language names in every case and form', () => {
  it.each([
    ['pl', '- Wymagana bardzo dobra znajomość języka niemieckiego', 'de'],
    ['cs', '- Požadujeme znalost německého jazyka', 'de'],
    ['cs', '- Podmínkou je plynulá angličtina', 'en'],
    ['cs', '- Musíte plynule mluvit německy', 'de'],
    ['sk', '- Anglický jazyk - pokročilý (B2)', 'en'],
    ['hu', '- Kiváló angol nyelvtudás', 'en'],
    ['hu', '- Német nyelvismeret szükséges', 'de'],
    ['el', '- Άριστη γνώση της αγγλικής γλώσσας', 'en'],
    ['lt', '- Privaloma gerai mokėti anglų kalbą', 'en'],
    ['fi', '- Edellytämme sujuvaa suomen kielen taitoa', 'fi'],
    ['it', '- Richiesta ottima conoscenza della lingua tedesca', 'de'],
    ['en', '- fluent english and german', 'de'],
  ])('reads the %s requirement "%s" as %s', (lang, body, code) => {
    expect(required(read(lang, body))).toContain(code);
  });

  it('reads a declined name even when the ad language is misread', () => {
    // The Slavic, Greek and Hungarian stems count in any ad once they are long enough not to be another word.
    expect(matchLanguage(fold('niemieckiego'), false, nameLocales('pt'))?.code).toBe('de');
    expect(matchLanguage(fold('αγγλικής'), false, nameLocales('en'))?.code).toBe('en');
    expect(matchLanguage(fold('английского'), false, nameLocales(null))?.code).toBe('en');
  });

  it('keeps short foreign names that are other words out of other languages', () => {
    // Dutch "lets" (Latvian), Hungarian "finn" (Finnish), Swedish "norra" (north): not languages in an English ad.
    for (const word of ['lets', 'finn', 'norra', 'dan'])
      expect(matchLanguage(word, false, nameLocales('en')), word).toBeNull();
    // Capitalised Finnish "Ruotsin" is Sweden's, not Swedish.
    expect(matchLanguage('ruotsin', true, nameLocales('fi'))).toBeNull();
    expect(matchLanguage('ruotsia', false, nameLocales('fi'))?.code).toBe('sv');
  });

  it('reads lower-case English names but not the verb "polish"', () => {
    expect(required(read('en', '- You speak fluent german'))).toEqual(['de']);
    expect(required(read('en', '- You polish our help articles until they shine'))).toEqual([]);
  });

  it.each([
    ['German Speaker', 'de'],
    ['Kundenberater Polnisch (m/w/d)', 'pl'],
    ['(m/w/d) Französisch Kundenservice', 'fr'],
    ['norsktalende kundeservicemedarbeider', 'no'],
    ['Deutschsprachiger Kundenservice', 'de'],
  ])('reads the title "%s" as requiring %s', (title, code) => {
    const e = read('en', '- Good computer skills', title);
    expect(required(e)).toContain(code);
    const evidence = e.evidence.find((x) => x.field === 'requiredLanguages' && x.value === code);
    expect(title).toContain(evidence?.quote.replace(/^\W+/, ''));
  });
});

describe('required, a plus, or neither, sentence by sentence', () => {
  it.each([
    ['de', '- Sehr gute Deutschkenntnisse\n- Gerne auch Englisch', ['de'], ['en']],
    ['de', '- Deutsch fließend, Englisch von Vorteil', ['de'], ['en']],
    ['sv', '- Du behärskar svenska i tal och skrift\n- Finska är meriterande', ['sv'], ['fi']],
    ['fr', '- Vous maîtrisez le français\n- L’anglais est un atout', ['fr'], ['en']],
    ['pl', '- Biegła znajomość języka angielskiego\n- Znajomość języka niemieckiego mile widziana', ['en'], ['de']],
    ['fi', '- Sujuva suomen kielen taito\n- Ruotsin kieli katsotaan eduksi', ['fi'], ['sv']],
    ['hu', '- Angol nyelvtudás szükséges\n- Német nyelvtudás előnyt jelent', ['en'], ['de']],
    ['es', '- Se requiere inglés avanzado\n- Se valora el alemán', ['en'], ['de']],
    ['it', '- Inglese fluente\n- È gradita la conoscenza del francese', ['en'], ['fr']],
    ['cs', '- Znalost AJ slovem i písmem\n- NJ výhodou', ['en'], ['de']],
  ])('in %s: "%s"', (lang, body, req, opt) => {
    const e = read(lang, body);
    expect(required(e)).toEqual([...req].sort());
    expect(e.optionalLanguages).toEqual(opt);
  });

  it.each([
    ['en', '- Proficient English (German is not required)', ['en']],
    ['de', '- Fließend Englisch, Deutsch ist nicht erforderlich', ['en']],
    ['pl', '- Dobra znajomość języka angielskiego\n- Znajomość języka polskiego nie jest wymagana', ['en']],
    ['no', '- Flytende engelsk\n- Norsk er ikke et krav', ['en']],
  ])('a negated language is neither required nor a plus (%s)', (lang, body, req) => {
    const e = read(lang, body);
    expect(required(e)).toEqual(req);
    expect(e.optionalLanguages).toEqual([]);
  });

  it('reads a "nice to have" list as a plus, even with "fluent"', () => {
    const e = read('en', 'Requirements\n- Fluent English\nNice to have\n- Fluent Spanish\n- Some Italian');
    expect(required(e)).toEqual(['en']);
    expect(e.optionalLanguages.sort()).toEqual(['es', 'it']);
  });

  it('takes "X or another language" as no requirement at all', () => {
    const e = read('it', '- Ottima conoscenza dell’inglese e/o di un’altra lingua straniera');
    expect(required(e)).toEqual([]);
    expect(e.optionalLanguages).toEqual(['en']);
  });

  it('asks nothing of a language the perks offer or the company story names', () => {
    const e = enrichPosting({
      title: 'Support Agent',
      text: 'About us\nWe are a Danish company with customers in Germany.\nRequirements\n- Fluent English\nWhat we offer\n- Free Danish lessons\n- An international team\nApply now with your CV.',
    });
    expect(required(e)).toEqual(['en']);
    expect(e.optionalLanguages).toEqual([]);
  });
});

describe('one of several languages', () => {
  it.each([
    ['en', '- Fluent German or Dutch', [['de', 'nl']]],
    ['no', '- Du behersker norsk eller et annet skandinavisk språk flytende', [['da', 'no', 'sv']]],
    ['en', '- Fluency in a Scandinavian language', [['da', 'no', 'sv']]],
    ['de', '- Deutsch oder Englisch auf Muttersprachler-Niveau', [['de', 'en']]],
  ])('in %s: "%s"', (lang, body, groups) => {
    const e = read(lang, body);
    expect(e.requiredOneOf.map((g) => [...g].sort())).toEqual(groups);
    expect(required(e)).toEqual([]);
  });
});

describe('levels', () => {
  it.each([
    ['en', '- Fluent written and spoken English', 'en', 'fluent'],
    ['sv', '- God förmåga att uttrycka dig i tal och skrift på svenska och engelska', 'en', 'good'],
    ['sk', '- Anglický jazyk - Mierne pokročilý (B1)', 'en', 'B1'],
    ['en', '- Excellent Swedish, spoken and written', 'sv', 'fluent'],
    ['en', '- English B2, preferably C1', 'en', 'B2'],
  ])('in %s: "%s" gives %s %s', (lang, body, code, level) => {
    expect(levelOf(read(lang, body), code)).toBe(level);
  });

  it('reads a basic level as basic, not the level of another language', () => {
    expect(levelOf(read('it', '- Buona conoscenza dell’inglese e conoscenza basica del tedesco'), 'de')).toBe('basic');
  });
});

describe('evidence for languages', () => {
  it('quotes the sentence that decided each language, with its rule', () => {
    const e = read('en', '- Fluent Norwegian required\n- Swedish is a plus\n- Fluent German or Dutch');
    const by = (field: string, value: string) => e.evidence.find((x) => x.field === field && x.value === value);
    expect(by('requiredLanguages', 'no')).toEqual({
      field: 'requiredLanguages',
      value: 'no',
      quote: 'Fluent Norwegian required',
      rule: 'requirement cue',
    });
    expect(by('optionalLanguages', 'sv')).toMatchObject({ quote: 'Swedish is a plus', rule: 'a plus' });
    expect(by('requiredOneOf', 'de | nl')).toMatchObject({ quote: 'Fluent German or Dutch', rule: 'one of' });
  });

  it('names the list a plus label opens and the choice "one of" makes', () => {
    const e = read('es', 'Se valorará:\n- Francés');
    expect(e.evidence.find((x) => x.field === 'optionalLanguages' && x.value === 'fr')).toMatchObject({
      quote: 'Francés',
      rule: 'nice-to-have section',
    });
    const choice = read('en', '- Fluent English plus one of: German, French, Spanish');
    expect(choice.evidence.find((x) => x.field === 'requiredOneOf')).toMatchObject({
      value: 'de | fr | es',
      rule: 'one of',
    });
  });
});
