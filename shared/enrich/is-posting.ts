import { type Clause, foldedSet } from './tokenize';

/** Vocabulary of job ads, by the part of the ad it belongs to. */
const POSTING_VOCABULARY: Set<string>[] = [
  // applying
  foldedSet(`apply applying application applications applicants cv resume ansøg ansøgning ansøgningsfrist søknad
    søknadsfrist ansök ansökan ansökningsdag bewerbung bewerben bewirb postuler candidature candidatar candidatura
    solicitar inscríbete candidati aplikuj hae hakemus hakuaika отклик резюме откликнуться`),
  // requirements
  foldedSet(`requirements qualifications profile krav kvalifikationer kvalifikasjoner kompetencer anforderungen
    voraussetzungen profil profiel exigences requisitos requisiti wymagania vaatimukset edellytämme требования`),
  // tasks
  foldedSet(`responsibilities tasks duties opgaver oppgaver uppgifter arbejdsopgaver arbeidsoppgaver arbetsuppgifter aufgaben taken missions
    tareas funções responsabilidades mansioni obowiązki tehtävät обязанности`),
  // offer
  foldedSet(`offer offered benefits salary tilbyder tilbyr erbjuder bieten biedt bieden offrons ofrecemos oferecemos
    offriamo oferujemy tarjoamme предлагаем løn lønn lön gehalt salaire salario salário stipendio wynagrodzenie
    зарплата оплата`),
  // terms of employment
  foldedSet(`full-time fulltime part-time heltid deltid vollzeit teilzeit cdi cdd contract kontrakt vertrag contrato
    contratto umowa permanent tillsvidareanställning anställningsform ansættelse omfattning arbetstid arbeidstid
    arbejdstid arbeitszeit shifts shift`),
];
/** word → which part of an ad it belongs to */
const PART_OF = new Map<string, number>();
POSTING_VOCABULARY.forEach((set, n) => {
  for (const w of set) PART_OF.set(w, n);
});
const REPORTED_SPEECH = foldedSet(`says said sier siger sagde säger sade sagte dice diz mówi sanoo kertoo
  говорит сказал`);
// Per ad language: "je" is "I" in French but "you" in Dutch, "me" is "me" in English but a
// reflexive in Spanish, so one mixed list would read every Dutch ad as a first-person story.
const FIRST_PERSON: Record<string, Set<string>> = {
  en: foldedSet('me my myself'),
  da: foldedSet('jeg mig min mit mine'),
  no: foldedSet('jeg meg min mitt mine'),
  sv: foldedSet('jag mig min mitt mina'),
  de: foldedSet('ich mich mir mein meine'),
  nl: foldedSet('ik mij mijn'),
  fr: foldedSet('je moi mon'),
  es: foldedSet('yo mí'),
  pt: foldedSet('eu minha meu'),
  it: foldedSet('io mio mia'),
  fi: foldedSet('minä mä minun'),
  pl: foldedSet('ja mnie mój moja'),
  ru: foldedSet('я меня мой моя'),
};
const NO_WORDS = new Set<string>();
const BYLINE_START =
  /^\s{0,5}(last updated|updated|published|posted|oppdatert|publisert|opdateret|udgivet|uppdaterad|publicerad|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano|päivitetty|julkaistu)\b/i;
const BYLINE_BY = /\b(by|av|af|von|par|por|da|door|przez)\b/i;

/**
 * Whether a document is a job ad rather than an article, blog post or company page:
 * articles carry a byline, reported speech and first-person narrative; ads carry the
 * apply / requirements / tasks / offer / terms vocabulary. Needs some words to say yes.
 */
export function isJobPosting(text: string, clauses: Clause[], adLanguage: string | null): boolean {
  let words = 0;
  let firstPerson = 0;
  let speech = 0;
  const parts = new Set<number>();
  const firstPersonWords = (adLanguage && FIRST_PERSON[adLanguage]) || NO_WORDS;
  for (const c of clauses) {
    for (const t of c.tokens) {
      if (t.key.charCodeAt(0) > 57) words++;
      // "I" is English for me, but Scandinavian for "in".
      if (firstPersonWords.has(t.key) || (t.raw === 'I' && adLanguage === 'en')) firstPerson++;
      if (REPORTED_SPEECH.has(t.key)) speech++;
      const part = PART_OF.get(t.key);
      if (part !== undefined) parts.add(part);
    }
  }
  if (words < 5) return false;
  const firstLine = text.slice(0, 200).split('\n', 1)[0] ?? '';
  let article = 0;
  if (BYLINE_START.test(firstLine) && BYLINE_BY.test(firstLine)) article += 2;
  article += Math.min(2, speech);
  if (firstPerson / words > 0.01) article += 1;
  const quotes = (text.slice(0, 20_000).match(/[«»“”„]/g) ?? []).length;
  if (quotes >= 4) article += 1;
  // A first-person story that barely touches the vocabulary of an ad is a blog post, even
  // without a byline (a feed's blog entries often carry their date in front matter instead).
  if (firstPerson / words > 0.03 && parts.size < 2) return false;
  if (article >= 1 && parts.size === 0) return false;
  return article < 2 || parts.size >= 3;
}
