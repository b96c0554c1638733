import { fold } from './tokenize';

// The words by which a news report or an analysis about hiring shows itself, in the languages of
// Europe's job markets: someone announced or reported the hiring (a past-tense reporting verb, a
// spokesperson), or the text is about job ads rather than being one.

const phraseList = (list: string): string[][] =>
  list
    .split('|')
    .map((p) =>
      p
        .split(/[^\p{L}\d]+/u)
        .filter(Boolean)
        .map(fold),
    )
    .filter((p) => p.length > 0);

/**
 * How news reports who made the hiring known: "announced", "teilte … mit", "uppger", "informoval".
 * An ad speaks for itself and never reports its own publication in the past tense. Each phrase
 * starts with a word that is rare in any text (no article or auxiliary first: every word looked up
 * costs time); forms that need their auxiliary to be read are in REPORTED_AFTER.
 */
export const REPORTING = phraseList(`announced|told reporters|spokesperson|spokesman|spokeswoman|teilte|mitgeteilt|
  kündigte|angekündigt|hieß es|verkündete|pressesprecher|pressesprecherin|réagi|porte-parole|informó|portavoz|
  anunciou|revelou|adiantou|porta-voz|riferito|portavoce|meddelade|uppger|uppgav|talesperson|rekryterade|opplyser|
  opplyste|rekrutterte|oplyser|oplyste|meddelte|maakte bekend|maakten bekend|liet weten|woordvoerder|woordvoerster|
  poinformował|poinformowała|poinformowali|zapowiedział|zapowiedziała|tiedotti|ilmoitti|oznámil|oznámila|oznámili|
  informoval|informovala|uvedl|uvedla|uviedol|uviedla|bejelentette|közölte|anunțat|declarat|ανακοίνωσε|δήλωσε|teatas|
  teatasid|paziņoja|izsludināja|paskelbė|pranešė|najavio|najavila|napovedal|napovedala|sporočil|sporočila|обяви|
  съобщи|объявил|объявила|сообщил|сообщила|сообщили|оголосив|оголосила|повідомив|повідомила|açıkladı|duyurdu|
  erklärte|betonte|explicó|señaló|afirmó|declaró|aseguró|afirmou|explicou|declarou|
  dichiarato|verklaarde|aldus|udtalte|uttalte|berättade|ismertette|fejtette|nyilatkozta|precizat|ανέφερε|τόνισε|
  съобщават|съобщиха|заяви|заявиха|сподели|рекао|рекла|изјавио|изјавила|саопштио|саопштила|портпарол|izjavio|
  izjavila|saopštio|priopćio|portparol|glasnogovornik|glasnogovornica|tiskovni predstavnik|заявил|заявила|заявив`);

/**
 * Reporting verbs that fold onto an ad's own words ("annoncé" onto French and Danish "annonce",
 * "précisé" onto "precise"): read only after their auxiliary ("a annoncé", "ha anunciado").
 * Folded word → the words that must stand before it.
 */
export const REPORTED_AFTER = new Map<string, Set<string>>([
  ['annonce', new Set(['a', 'ont'])],
  ['indique', new Set(['a', 'ont'])],
  ['precise', new Set(['a', 'ont'])],
  ['declare', new Set(['a', 'ont'])],
  ['anunciado', new Set(['ha', 'han'])],
  ['annunciato', new Set(['ha', 'hanno'])],
]);

/**
 * Nouns for a job ad, by how their words begin (every case and compound after): a text that names
 * job ads again and again writes about them (how to write one, an analysis, a survey of offers)
 * rather than being one. As tokenize() keys words: folded.
 */
export const AD_NOUN_STEMS =
  `jobad|advert|stellenanzeige|stellenausschreibung|jobanzeige|inserat|vacaturetekst|advertentie|
  platsannons|jobbannons|annons|stillingsannons|jobannonc|stillingsannonc|annonc|tyopaikkailmoitu|ilmoitu|
  tookuulutus|kuulutus|sludinajum|skelbim|ogłoszeni|inzerat|allashirdetes|hirdetes|anunt|anuncio|anuncia|annunci|
  oglas|обяв|αγγελι|объявлени`
    .split('|')
    .map((w) => fold(w.trim()))
    .filter(Boolean);

/** English writes a job ad as two words: "job" or "jobs", then one of these. */
export const JOB_THEN = new Set(['job', 'jobs']);
export const AD_AFTER_JOB = new Set(
  'ad ads advert adverts advertisement advertisements posting postings listing listings'.split(' '),
);

/** A share written to a decimal ("0,3 %", "11.8%"): a statistic, as reports quote them. */
export const DECIMAL_SHARE = /\d[.,]\d{1,2}\s?%/g;
