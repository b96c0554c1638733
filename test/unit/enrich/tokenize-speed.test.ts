import { describe, expect, it } from 'vitest';
import { findAdLanguage } from '../../../shared/enrich/ad-language';
// Every finder's classes, as enrichment has them.
import '../../../shared/enrich/enrich-posting';
import { tokenize } from '../../../shared/enrich/tokenize';
import { classesOf, wordClass } from '../../../shared/enrich/word-classes';

// The speed-ups in tokenize.ts, word-table.ts and word-classes.ts must not change what they answer.

const keys = (text: string) => tokenize(text).flatMap((c) => c.tokens.map((t) => [t.raw, t.key]));
const tokens = (text: string) => tokenize(text).flatMap((c) => c.tokens);

describe('tokenize, a word met again', () => {
  it('gives the same words and folded keys the first time and every time after', () => {
    const text = 'Fließend Deutsch und FLIESSEND Englisch. Ærlig, Øresund; İstanbul — Straße 𝔘𝔫𝔦 Ärger a\u0301b';
    const first = keys(text);
    expect(first).toContainEqual(['Fließend', 'fliessend']);
    expect(first).toContainEqual(['FLIESSEND', 'fliessend']);
    expect(first).toContainEqual(['İstanbul', 'istanbul']);
    expect(keys(text)).toEqual(first);
    // The same words inside another text, after many others: read alike.
    const filler = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(keys(`${filler} ${text}`).slice(3000)).toEqual(first);
  });

  it('keeps words that share one hash apart ("Aa" and "BB" hash alike)', () => {
    const words = Array.from({ length: 64 }, (_, m) =>
      Array.from({ length: 6 }, (_, b) => (m & (1 << b) ? 'Aa' : 'BB')).join(''),
    );
    const read = keys(words.join(' '));
    expect(read.map(([raw]) => raw)).toEqual(words);
    expect(keys(words.join(' '))).toEqual(read);
  });

  it('reads more distinct words than the table holds, the same each time', () => {
    // Six texts of 7,000 new words each (a text is read up to 50,000 characters): the table empties on the way.
    const texts = Array.from({ length: 6 }, (_, n) =>
      Array.from({ length: 7000 }, (_, i) => `O${(n * 7000 + i).toString(36)}`).join(' '),
    );
    const first = texts.map(keys);
    expect(first.flat()).toHaveLength(42_000);
    expect(first[5]?.[6999]).toEqual([`O${(41_999).toString(36)}`, `o${(41_999).toString(36)}`]);
    expect(texts.map(keys)).toEqual(first);
  });
});

describe('word classes on tokens', () => {
  it('carry for every word the classes its folded key has, met first or again', () => {
    const text =
      'Wir suchen: fließende Deutschkenntnisse und gute Englischkenntnisse, Homeoffice möglich. ' +
      "Du travail à distance, l'anglais courant. Praca zdalna, znajomość języka angielskiego. " +
      'Etätyö mahdollinen; ruotsin kielen taito. We are based in Oslo, remote within Europe.';
    for (let pass = 0; pass < 2; pass++)
      for (const t of tokens(text)) expect(t.classes, `${t.raw} (pass ${pass})`).toBe(classesOf(t.key));
    // Function words and work-model words of several languages have classes; a made-up word has none.
    const byRaw = new Map(tokens(`${text} Xqzvbn`).map((t) => [t.raw, t.classes]));
    for (const raw of ['und', 'Homeoffice', 'zdalna', 'Etätyö', 'remote', 'courant'])
      expect(byRaw.get(raw), raw).not.toBe(0);
    expect(byRaw.get('Xqzvbn')).toBe(0);
  });

  it('gives a class added later to words met before it', () => {
    const before = tokens('Zebrastreifen in Kopenhagen');
    const ZEBRA = wordClass((k) => k.startsWith('zebra'));
    expect((before[0]?.classes ?? 0) & ZEBRA).toBe(0);
    const after = tokens('Zebrastreifen in Kopenhagen');
    expect((after[0]?.classes ?? 0) & ZEBRA).toBe(ZEBRA);
    expect((after[1]?.classes ?? 0) & ZEBRA).toBe(0);
  });

  it('leave the readings unchanged: the ad language of texts in several languages', () => {
    const read = (text: string) => findAdLanguage(tokenize(text)).language;
    expect(read("Nous cherchons un développeur pour l'équipe de Lyon, avec une bonne maîtrise de l'anglais.")).toBe(
      'fr',
    );
    expect(read('Vi søker en utvikler som har erfaring med skyløsninger og som liker å jobbe i team.')).toBe('no');
    expect(read('Szukamy programisty, który ma doświadczenie w pracy z chmurą i lubi pracę w zespole.')).toBe('pl');
    expect(read('Etsimme kehittäjää, jolla on kokemusta pilvipalveluista ja joka viihtyy tiimissä.')).toBe('fi');
  });
});

describe('whole-text phrase searches skipped by a word class (phrase-words.ts)', () => {
  // Each text read with its words (the class may skip the search) and without (the search always runs).
  const texts = [
    'Deadline: 1.2.2027',
    'APPLY BY 2027-03-01, please.',
    'Bewerbungsdeadline 15. März 2027',
    'Søknadsfrist: 12. mars 2027',
    'SISTA DAG ATT ANSÖKA 2027-02-01',
    'Fecha LÍMITE: 3/4/2027',
    'Termin składania ofert: 10.05.2027',
    'Hakuaika päättyy 3.4.2027',
    'Срок подачи: 01.05.2027',
    'Closing date 30 April 2027',
    'Date of birth: 3 May 1990\nMarital status: single',
    'Geburtsdatum: 1.1.1990',
    'Születési idő: 1990. 05. 03.',
    'We are hiring a candidate to update our dates by 2027-03-01.',
    'Apply before it is too late: 2027-01-01 is the start date.',
  ];

  it('finds the same deadline as the search over the whole text', async () => {
    const { findDeadline } = await import('../../../shared/enrich/deadline');
    const found = texts.map((t) => findDeadline(t, tokenize(t)));
    expect(found).toEqual(texts.map((t) => findDeadline(t)));
    expect(found.filter(Boolean).length).toBeGreaterThanOrEqual(11);
  });

  it("reads a CV's personal details as the search over the whole text does", async () => {
    const { readLayout } = await import('../../../shared/enrich/posting-layout');
    const cv = texts.map((t) => readLayout(t, tokenize(t)).cv);
    expect(cv).toEqual(texts.map((t) => readLayout(t).cv));
    expect(cv.filter(Boolean)).toEqual(['Date of birth', 'Geburtsdatum']);
  });
});
