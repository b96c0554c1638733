import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { NEIGHBOURS, TEXTS } from './probes/ad-language-texts';

// Texts written for these tests in each language of Europe's job markets (see the probes file):
// blog notes and news between neighbours that share most function words, one-sentence offers,
// and boards' records of a title and field lines.
const language = (title: string, text: string) => enrichPosting({ title, text }).adLanguage;
const code = (tag: string) => tag.replace('-Latn', '');

describe.each(Object.entries(TEXTS))('the ad language of short texts in %s', (tag, texts) => {
  it('reads a blog note and a news item, though neighbours share their words', () => {
    expect(language('', texts.blog)).toBe(code(tag));
    expect(language('', texts.news)).toBe(code(tag));
  });

  it("reads a board's record of a title and field lines labelled in the language", () => {
    const title = texts.record.split('\n')[0] ?? '';
    expect(language(title, texts.record)).toBe(code(tag));
  });
});

describe('the same note written in neighbouring languages', () => {
  it.each(NEIGHBOURS)('is read as %s', (want, text) => {
    expect(language('', text)).toBe(want);
  });
});

describe('one sentence of an offer', () => {
  // Finnish and Slovak say it without a word only they write: a sentence alone is no evidence.
  const readable = Object.entries(TEXTS).filter(([tag]) => tag !== 'fi' && tag !== 'sk');
  it.each(readable)('is read in %s', (tag, texts) => {
    expect(language('', texts.offer)).toBe(code(tag));
  });
});

describe('a record whose fields carry English labels', () => {
  const chrome = (title: string) => `${title}\nCompany: Northwind\nLocation: Somewhere`;
  it.each([
    ['Lagermedarbejder', 'da'],
    ['Varastotyöntekijä', 'fi'],
    ['Raktári munkatárs', 'hu'],
    ['Sandėlio darbuotojas', 'lt'],
    ['Zastopnik na terenu', 'sl'],
    ['Mozo de almacén', 'es'],
    ['Depo Personeli', 'tr'],
  ])('reads the title "%s" as %s', (title, want) => {
    expect(language(title, chrome(title))).toBe(want);
  });

  it('guesses nothing from a title two neighbours write alike', () => {
    expect(language('Skladník', chrome('Skladník'))).toBeNull();
  });
});

describe('a record: the title is the ad, the fields are the board', () => {
  const record = (title: string, fields: string) => language(title, `${title}\n${fields}`);

  it('reads an English title with "with" over Polish or Czech field values', () => {
    expect(
      record(
        'Accounts Payable Clerk with Dutch',
        'Lokalizacja: Wrocław\nRodzaj umowy: umowa o pracę\nWymiar: pełny etat',
      ),
    ).toBe('en');
    expect(record('Service Desk Analyst with French', 'Lokalita: Brno\nTyp úvazku: plný úvazek')).toBe('en');
  });

  it('reads German function words in a title over an English job word', () => {
    expect(record('Analyst (Wien oder auch Remote)', 'Lokalita: Praha\nOdpověď do týdne')).toBe('de');
  });

  it('reads the fields when the title tells nothing', () => {
    expect(record('Business Intelligence (BI)', 'Miejsce pracy: Gdańsk\nRodzaj umowy: umowa o pracę')).toBe('pl');
    expect(record('PL/SQL (I+D)', 'Ubicación: Sevilla\nJornada: completa\nExperiencia: 2 años')).toBe('es');
  });

  it('reads a gender note shared by neighbours with the title words', () => {
    expect(record('Samostojni prodajalec m/ž', 'Kraj dela: Koper')).toBe('sl');
    expect(record('Samostalni prodavač m/ž', 'Mjesto rada: Rijeka')).toBe('hr');
  });

  it('lets a sentence of its own outweigh the title', () => {
    expect(
      record(
        'Software Developer | Angular | .NET',
        'Procuramos um programador para a nossa equipa em Braga, com experiência em Angular e .NET.',
      ),
    ).toBe('pt');
  });

  it('quotes the words that decided', () => {
    const e = enrichPosting({ title: 'Zastopnik na terenu', text: 'Zastopnik na terenu\nKraj dela: Maribor' });
    expect(e.evidence).toContainEqual(
      expect.objectContaining({ field: 'adLanguage', value: 'sl', quote: 'Zastopnik na terenu', rule: 'title words' }),
    );
  });
});

describe('words written with diacritics are read as written', () => {
  it('reads Czech "až" as no Hungarian "az", and Icelandic "í" as no Norwegian "i"', () => {
    const cs =
      'Nabízíme práci z domova.\nMěsíční odměna až 30 tisíc Kč.\nSmlouva na dobu neurčitou.\nNástup až v lednu.\nPodrobnosti na webu.';
    expect(language('Vývojář', cs)).toBe('cs');
    const is = 'Í sumar mun starfa hópur á vegum fyrirtækisins og verða unglingar ráðnir til starfa í honum.';
    expect(language('Sumarstörf', is)).toBe('is');
  });

  it('still reads Romanian typed without diacritics ("si", "in" for "și", "în")', () => {
    const ro =
      'Preluarea si livrarea coletelor in timpul programului de lucru. Verifica expeditiile primite in depozit si intocmeste traseul zilnic. Cerinte: permis de conducere categoria B si o atitudine pozitiva fata de clienti.';
    expect(language('Curier', ro)).toBe('ro');
  });
});

describe('Croatian and Serbian in Latin script', () => {
  it('reads the words only one of them writes', () => {
    expect(
      language('', 'Tražimo kolegu za rad u timu. Također nudimo posao na neodređeno vrijeme i dobre uvjete.'),
    ).toBe('hr');
    expect(
      language('', 'Tražimo kolegu za rad u timu. Takođe nudimo posao, a posle probnog rada i dobre uslove.'),
    ).toBe('sr');
  });

  it('reads a text of shared words as Croatian, not as nothing', () => {
    expect(language('', 'Nudimo posao u timu i rad na projektima za naše klijente.')).toBe('hr');
  });
});
