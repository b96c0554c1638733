import { type Clause, fold } from './tokenize';

/**
 * The part of an ad a clause stands in. A place or a language means something else in each: the
 * job's in the title, header lines, body and requirements; the company's in "about us"; a perk in
 * the benefits ("free Danish lessons").
 */
export type Section = 'title' | 'header' | 'body' | 'about' | 'requirements' | 'benefits';

// Section headings as ads write them, in the languages of Europe's job markets. Each phrase is
// matched on folded words at the start of a short line that stands alone.
const HEADINGS: Record<Exclude<Section, 'title' | 'header'>, string> = {
  about: `
    about us | about the company | about our company | who we are | our company | our story | company description
    company profile | the company | our client | about our client | om oss | om os | om företaget | om virksomheden
    om selskapet | om bedriften | vem vi är | hvem vi er | über uns | wer wir sind | das unternehmen | unser unternehmen
    über das unternehmen | unternehmensprofil | à propos | à propos de nous | qui sommes nous | l entreprise
    notre entreprise | la société | over ons | wie zijn wij | wie wij zijn | het bedrijf | sobre nós | quem somos
    a empresa | sobre a empresa | sobre nosotros | quiénes somos | la empresa | sobre la empresa | chi siamo
    l azienda | azienda | o nas | o firmie | kim jesteśmy | meistä | yrityksestä | yritys | kuka olemme | o nás
    o společnosti | rólunk | a cégről | despre noi | despre companie | σχετικά με εμάς | ποιοι είμαστε | meist
    ettevõttest | apie mus | apie įmonę | par mums | par uzņēmumu | за нас | о компании | о нас | o nama | o podjetju`,
  requirements: `
    requirements | qualifications | about you | your profile | your qualifications | what you bring | what you ll bring
    who you are | what we re looking for | what we are looking for | we are looking for | who we are looking for
    must have | must haves | skills | key skills | required skills | you have | you are | your skills | profile
    ideal candidate | the ideal candidate | kvalifikasjoner | krav | ønskede kvalifikasjoner | vi ser etter
    kvalifikationer | dine kvalifikationer | dina kvalifikationer | vi söker dig som | vi söker | vi forventer
    vi forventer at du | ska du ha | om dig | om deg | ihr profil | dein profil | anforderungen | was du mitbringst
    was sie mitbringen | das bringst du mit | das bringen sie mit | qualifikationen | anforderungsprofil
    votre profil | profil recherché | profil | compétences | vous êtes | prérequis | qualifications requises
    profiel | functie eisen | functie-eisen | wat vragen wij | wij vragen | jouw profiel | wie ben jij | wat breng je mee
    requisitos | perfil | o que procuramos | perfil procurado | requisitos mínimos | requerimientos | buscamos
    lo que buscamos | requisiti | profilo | cosa cerchiamo | il candidato ideale | wymagania | nasze wymagania
    oczekujemy | czego oczekujemy | vaatimukset | odotamme | edellytämme | toivomme | požadavky | co očekáváme
    požiadavky | elvárások | amit elvárunk | cerințe | cerinte | profilul candidatului | απαιτήσεις | προσόντα
    nõuded | ootame | reikalavimai | mes tikimės | prasības | изисквания | требования | мы ожидаем | uvjeti | zahteve
    aranan nitelikler | nitelikler | genel nitelikler | teknik nitelikler | aradığımız nitelikler`,
  benefits: `
    benefits | what we offer | we offer | perks | perks and benefits | why join us | why us | why work with us
    what s in it for you | what you get | our offer | compensation | vi tilbyr | vi tilbyder | vi kan tilby | vi erbjuder
    vi erbjuder dig | det här erbjuder vi | wir bieten | was wir bieten | unser angebot | das bieten wir | wir bieten dir
    wir bieten ihnen | benefits für dich | nous offrons | ce que nous offrons | avantages | nous vous offrons
    ce que nous proposons | wij bieden | wat bieden wij | wat wij bieden | ons aanbod | arbeidsvoorwaarden
    oferecemos | o que oferecemos | benefícios | o que oferecemos | ofrecemos | beneficios | qué ofrecemos
    lo que ofrecemos | offriamo | cosa offriamo | benefit | oferujemy | co oferujemy | benefity | tarjoamme | mitä tarjoamme
    nabízíme | co nabízíme | ponúkame | amit kínálunk | kínálunk | oferim | ce oferim | beneficii | προσφέρουμε
    τι προσφέρουμε | pakume | mida pakume | siūlome | ką siūlome | piedāvājam | ko mēs piedāvājam | предлагаме
    мы предлагаем | что мы предлагаем | nudimo | nudimo vam | nudimo ti | sunulan imkanlar | yan haklar
    sunduklarımız`,
  body: `
    responsibilities | your responsibilities | key responsibilities | your tasks | tasks | the role | about the role
    about the job | about the position | job description | role description | what you ll do | what you will do
    your role | your mission | the job | the position | arbeidsoppgaver | ansvarsområder | oppgaver | dine oppgaver
    arbejdsopgaver | dine opgaver | arbetsuppgifter | dina arbetsuppgifter | om tjänsten | om rollen | om stillingen
    ihre aufgaben | deine aufgaben | aufgaben | deine rolle | ihre rolle | die stelle | vos missions | missions
    vos responsabilités | le poste | description du poste | votre mission | taken | jouw taken | functieomschrijving
    de functie | wat ga je doen | responsabilidades | funções | a função | as tuas funções | tareas | funciones
    el puesto | descripción del puesto | mansioni | responsabilità | il ruolo | zadania | obowiązki | twoje zadania
    zakres obowiązków | tehtävät | tehtävään kuuluu | työtehtävät | náplň práce | pracovní náplň | feladatok
    feladatkör | responsabilități | responsabilitati | atribuții | αρμοδιότητες | καθήκοντα | ülesanded | tööülesanded
    pareigos | atsakomybės | pienākumi | darba pienākumi | отговорности | обязанности | задачи | opis posla
    iş tanımı | görev tanımı | görevler | sorumluluklar`,
};

const MAX_HEADING_WORDS = 7;

type Heading = { words: string[]; section: Section };
let byFirstWordCache: Map<string, Heading[]> | undefined;

// Folded word sequences per section, keyed by first word. Built on first use: tokenize.ts (whose
// fold this needs) imports this file, so nothing here may run while the modules load.
function headingsByFirstWord(): Map<string, Heading[]> {
  if (byFirstWordCache) return byFirstWordCache;
  const byFirstWord = new Map<string, Heading[]>();
  for (const [section, list] of Object.entries(HEADINGS) as [Section, string][]) {
    for (const phrase of list.split(/[|\n]/)) {
      const words = phrase
        .trim()
        .split(/[\s'’-]+/)
        .filter(Boolean)
        .map(fold);
      const first = words[0];
      if (!first) continue;
      const entry = byFirstWord.get(first) ?? [];
      entry.push({ words, section });
      byFirstWord.set(first, entry);
    }
  }
  // Longest phrase first: "about the role" (body) before "about us" (about).
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWordCache = byFirstWord;
  return byFirstWord;
}

/** The section a heading line opens, or null when the line is not a heading. */
export function headingSection(clause: Clause): Section | null {
  const tokens = clause.tokens;
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return null;
  const candidates = headingsByFirstWord().get(tokens[0]?.key ?? '');
  if (!candidates) return null;
  for (const { words, section } of candidates) {
    if (words.length > tokens.length) continue;
    if (words.every((w, i) => tokens[i]?.key === w)) {
      // "About Acme" opens "about us"; a longer line only when the phrase is most of it.
      if (tokens.length - words.length > (section === 'about' ? 3 : 2)) return null;
      return section;
    }
  }
  // "About <Company>": the company's own description.
  if (tokens[0]?.key === 'about' && tokens.length <= 4 && tokens.slice(1).every((t) => t.upper)) return 'about';
  return null;
}

/** A structured line near the top or anywhere: "Location: Oslo", "Arbeitsort: 91052 Erlangen". */
function isHeaderLine(clause: Clause, alone: boolean): boolean {
  if (!clause.lineStart || !alone) return false;
  const tokens = clause.tokens;
  if (tokens.length < 2 || tokens.length > 14) return false;
  for (let i = 0; i < Math.min(4, tokens.length - 1); i++) {
    if (tokens[i]?.gapAfter.includes(':')) return true;
  }
  return false;
}

/**
 * Sets each clause's section: headings ("About us", "Vi tilbyr", "Ihr Profil") open a section
 * that lasts until the next heading; "Label: value" lines are header lines wherever they stand.
 */
export function assignSections(clauses: Clause[]): void {
  let current: Section = 'body';
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as Clause;
    const next = clauses[i + 1];
    const alone = clause.lineStart && (next === undefined || next.line !== clause.line);
    const heading = alone ? headingSection(clause) : null;
    if (heading) {
      current = heading;
      clause.section = heading;
      continue;
    }
    clause.section = isHeaderLine(clause, alone) ? 'header' : current;
  }
}
