import { fold, foldedSet, type Token } from './tokenize';

// Words that say how the work is shared between home and an office (inflected "possibility" and
// "occasional", a combination of both), and words that free it of any place ("from anywhere").

/**
 * Stems of "possibility", "occasional(ly)", "partly" in the languages of European ads, whose
 * inflections a word list misses ("občasnou možností", "mogelijkheden", "mogućnosti", "możliwości").
 */
const PARTIAL_STEMS = `
  possibilit posibilid possibilid posibilit moglich mulighe mojlighe mogelijkhe moznost mogucnost mozliwo
  mahdollisuu mahdollis lehetoseg galimyb iespej voimalu възможност δυνατοτητ occasion ocasional occasionnel
  gelegentlich obcasn satunnai sporadi teilweis czesciow castecn ciastocn djelomi delno reszben reszleg parcial
  parzial partiel частичн отчаст μερικ daleji dalina osalis kısmen gedeelt deels
`
  .split(/\s+/)
  .filter((w) => w.length > 0)
  .map(fold);

/** A word of part of the time by its stem: "možností", "mogelijkheden", "gelegentliche". */
export function partialStem(k: string): boolean {
  if (k.length < 6) return false;
  for (const stem of PARTIAL_STEMS) if (k.startsWith(stem)) return true;
  return false;
}

/** A remote compound holding a word of possibility ("Etätyömahdollisuus", "Homeoffice-Möglichkeit"). */
export function partialInside(k: string): boolean {
  if (k.length < 12) return false;
  for (let p = 4; p < k.length - 5; p++) for (const stem of PARTIAL_STEMS) if (k.startsWith(stem, p)) return true;
  return false;
}

/** "Sometimes" said of working from home: part of the time. */
export const SOMETIMES = foldedSet(`
  sometimes manchmal parfois veces volte soms ibland ganger gange joskus czasami někdy ponekad
`);

/** "Combining office and home work", "Kombination aus Büro und Homeoffice", "kombiniranja rada iz ureda i od kuće". */
const MIX_STEMS = ['combin', 'kombin', 'yhdist', 'laczen', 'łączen'].map(fold);
const MIX_WORDS = foldedSet('mix mixed blend split');

/** Whether a clause speaks of combining (office and home) work. */
export function mixed(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (MIX_WORDS.has(t.key)) return true;
    if (t.key.length > 5) for (const stem of MIX_STEMS) if (t.key.startsWith(stem)) return true;
  }
  return false;
}

/** "Mobiles Arbeiten", "mobile Arbeit": German ads' word for work away from the office. */
export const MOBILE = foldedSet('mobil mobile mobiles mobilen mobiler');
const MOBILE_WORK = foldedSet('arbeiten arbeit arbeitens');

/** "Mobiles Arbeiten" at `i`: like "Homeoffice", some days away from the office unless said to be all of them. */
export function mobileWork(tokens: Token[], i: number): boolean {
  return MOBILE.has((tokens[i] as Token).key) && MOBILE_WORK.has(tokens[i + 1]?.key ?? '');
}

/** Offices in the languages the main office list lacks ("ured", "kancelář", "iroda", "birou", "γραφείο"). */
export const MORE_OFFICES = foldedSet(`
  ured ureda uredu kancelář kanceláře kanceláři kancelária kancelárii biura iroda irodában irodai birou birouri
  pisarna pisarni γραφείο офиса kontori biroja birojā biure biuras
`);

/**
 * "From anywhere", "von überall", "desde cualquier lugar", "hvor som helst", "mistä tahansa": said
 * of where one works, the worker chooses any place.
 */
export const ANYWHERE = foldedSet(`
  anywhere überall overalt överallt overal odkudkoli odkudkoliv odkiaľkoľvek bárhonnan oriunde cualquier
  qualsiasi dowolnego tahansa helst importe
`);

/** Working, in the forms a "from anywhere" follows ("you can work from anywhere", "Du arbeitest von überall"). */
export const WORKING = foldedSet(`
  work works working worked arbeiten arbeitest arbeitet arbeite travailler travailles travaille trabajar trabajas
  trabaja trabajes trabalhar trabalha trabalhe lavorare lavori lavora werken werkt werk pracować pracujesz pracy
  pracovat pracuješ dolgozni dolgozhatsz lucra lucrezi raditi radiš delati delaš työskennellä työskentelet
  arbejde arbejder arbeide arbeider arbeta arbetar jobbe jobber jobba
`);

/** "Work from anywhere": an anywhere word with working shortly before it. */
export function workAnywhere(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (WORKING.has((tokens[j] as Token).key)) return true;
  return false;
}
