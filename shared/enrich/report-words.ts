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
 * How news reports who made the hiring known: "announced", "teilte … mit", "uppger", "informoval",
 * "a annoncé". An ad speaks for itself and never reports its own publication in the past tense.
 * Forms that fold onto an ad's word are left out or written as a phrase ("annoncé" folds to Danish
 * "annonce", "anunció" to "anuncio": "a annoncé", "ha anunciado").
 */
export const REPORTING = phraseList(`announced|has announced|told reporters|a spokesperson|a spokesman|
  a spokeswoman|the spokesperson|teilte|mitgeteilt|kündigte|angekündigt|hieß es|verkündete|ein sprecher|
  eine sprecherin|a annoncé|ont annoncé|a réagi|a indiqué|a précisé|a déclaré|porte-parole|ha anunciado|
  han anunciado|informó|según fuentes|el portavoz|la portavoz|un portavoz|anunciou|revelou|adiantou|o porta-voz|
  a porta-voz|ha annunciato|hanno annunciato|riferito|il portavoce|la portavoce|meddelade|uppger|uppgav|
  talesperson|pressekontakt uppger|rekryterade|opplyser|opplyste|rekrutterte|oplyser|oplyste|meddelte|
  maakte bekend|maakten bekend|liet weten|woordvoerder|woordvoerster|poinformował|poinformowała|poinformowali|
  zapowiedział|zapowiedziała|tiedotti|ilmoitti|oznámil|oznámila|oznámili|informoval|informovala|uvedl|uvedla|
  uviedol|uviedla|bejelentette|közölte|a anunțat|au anunțat|a declarat|ανακοίνωσε|δήλωσε|teatas|teatasid|
  paziņoja|izsludināja|paskelbė|pranešė|najavio|najavila|napovedal|napovedala|sporočil|sporočila|обяви|съобщи|
  объявил|объявила|сообщил|сообщила|сообщили|оголосив|оголосила|повідомив|повідомила|açıkladı|duyurdu`);

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
