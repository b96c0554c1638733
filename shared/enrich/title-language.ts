import type { Evidence } from '../posting/posting';
import { type Clause, clauseText, foldedSet } from './tokenize';

/**
 * The gender note a job title carries says which language's conventions the ad follows:
 * German "(m/w/d)", French "(H/F)", Dutch "(m/v)", Polish "(K/M)", Spanish "(H/M)"; "(m/f/d)" is
 * how an English ad of a German employer writes it. Each note's letters, folded, in any order.
 */
const GENDER_NOTES: [letters: Set<string>, language: string][] = [
  [new Set(['m', 'w']), 'de'],
  [new Set(['m', 'w', 'd']), 'de'],
  [new Set(['m', 'w', 'x']), 'de'],
  [new Set(['m', 'w', 'i']), 'de'],
  [new Set(['h', 'f']), 'fr'],
  [new Set(['f', 'h', 'x']), 'fr'],
  [new Set(['m', 'v']), 'nl'],
  [new Set(['m', 'v', 'x']), 'nl'],
  [new Set(['k', 'm']), 'pl'],
  [new Set(['h', 'm']), 'es'],
  [new Set(['m', 'f', 'd']), 'en'],
];
// The closing parenthesis may be gone: a clause's text ends at its last word.
const NOTE = /\(\s*(\p{L})\s*\/\s*(\p{L})(?:\s*\/\s*(\p{L}))?(?!\p{L})/giu;

/** German writes both genders into one word: "Kaufmann/-frau", "Berater/in", "Referent:in", "Pfleger*in". */
const GERMAN_GENDER_FORM = /\p{Ll}(?:\/-?in|:in|\*in|_in|\(in\)|Innen)\b/u;

/**
 * Words of job titles that only one language uses, folded. A list entry of a job board is often a
 * title alone ("Principal Research Scientist", "Lagermitarbeiter"): no function words to count,
 * but a reader still knows its language from these.
 */
const TITLE_WORDS: Record<string, Set<string>> = {
  en: foldedSet(
    'engineer engineering developer scientist specialist representative associate analyst officer executive ' +
      'assistant technician worker driver nurse teacher accountant clerk coordinator contractor support ' +
      'customer sales research inside principal staff writer lead head remote part-time full-time intern ' +
      'internship graduate trainee apprentice operator advisor adviser agent cashier cleaner cook receptionist ' +
      'warehouse labourer laborer caregiver technologist recruiter paralegal bookkeeper strategist owner',
  ),
  de: foldedSet(
    'mitarbeiter mitarbeiterin sachbearbeiter sachbearbeiterin kaufmann kauffrau fachkraft leiter leiterin ' +
      'berater beraterin techniker technikerin ingenieur ingenieurin entwickler entwicklerin verkaufer verkauferin ' +
      'fahrer fahrerin pfleger pflegerin helfer helferin referent referentin betreuer betreuerin ' +
      'ausbildung auszubildende werkstudent werkstudentin praktikant praktikantin teilzeit vollzeit ' +
      'lagerarbeiter lagermitarbeiter kundenberater kundenservice buchhalter buchhalterin erzieher erzieherin ' +
      'elektriker monteur monteurin koch kochin reinigungskraft stellvertretende',
  ),
  fr: foldedSet(
    'ingenieur developpeur developpeuse charge chargee commerciale technicien technicienne ' +
      'assistante conseiller conseillere vendeur vendeuse gestionnaire comptable alternance ' +
      'stagiaire chauffeur infirmier infirmiere employe employee magasinier',
  ),
  es: foldedSet(
    'ingeniero ingeniera desarrollador desarrolladora asesor asesora vendedor ' +
      'vendedora contable dependiente dependienta camarero camarera ' +
      'conductor enfermero enfermera becario becaria practicas jefe jefa',
  ),
  it: foldedSet(
    'ingegnere sviluppatore sviluppatrice addetto addetta impiegato impiegata commerciale ' +
      'responsabile magazziniere autista infermiere consulente tirocinio stagista operaio operaia',
  ),
  pt: foldedSet(
    'engenheiro engenheira desenvolvedor desenvolvedora assistente ' +
      'atendente estagio estagiario estagiaria motorista enfermeiro enfermeira',
  ),
  nl: foldedSet(
    'medewerker medewerkster verkoper ontwikkelaar adviseur monteur chauffeur verpleegkundige ' +
      'stagiair vacature werkvoorbereider',
  ),
  sv: foldedSet(
    'medarbetare saljare utvecklare handlaggare samordnare larare sjukskoterska underskoterska ' +
      'lagerarbetare chaufför chauffor kundtjanst ekonomiassistent',
  ),
  no: foldedSet('medarbeider selger utvikler radgiver saksbehandler sykepleier laerer lagermedarbeider sjafor'),
  da: foldedSet('medarbejder saelger udvikler radgiver sagsbehandler sygeplejerske laerer lagermedarbejder'),
  fi: foldedSet('myyja kehittaja asiantuntija suunnittelija sairaanhoitaja opettaja kuljettaja tyontekija'),
  pl: foldedSet('specjalista specjalistka kierownik sprzedawca programista ksiegowa ksiegowy kierowca pracownik'),
};
const LANGUAGES = Object.keys(TITLE_WORDS);

function noteLanguage(text: string): string | null {
  for (const m of text.matchAll(NOTE)) {
    const letters = new Set([m[1], m[2], m[3]].filter((l): l is string => l !== undefined).map((l) => l.toLowerCase()));
    const found = GENDER_NOTES.find(([l]) => l.size === letters.size && [...l].every((x) => letters.has(x)));
    if (found) return found[1];
  }
  return null;
}

export interface TitleLanguageFinding {
  language: string | null;
  evidence?: Evidence[];
}

/**
 * The language of an ad too short for function words to tell (a board's list entry, a title with
 * a line or two): its title's gender note, German gender forms, else the one language whose
 * title words it holds most. Only used when the text itself could not tell.
 */
export function findTitleLanguage(clauses: Clause[]): TitleLanguageFinding {
  const head = clauses.slice(0, 12);
  for (const clause of head) {
    const text = clause.tokens.map((t) => t.raw + t.gapAfter).join('');
    const language = noteLanguage(text) ?? (GERMAN_GENDER_FORM.test(text) ? 'de' : null);
    if (language) return found(language, clause, 'gender note');
  }
  const counts = new Map<string, number>();
  let sample: Clause | undefined;
  for (const clause of head) {
    for (const t of clause.tokens) {
      for (const l of LANGUAGES) {
        if (!TITLE_WORDS[l]?.has(t.key)) continue;
        counts.set(l, (counts.get(l) ?? 0) + 1);
        sample ??= clause;
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || !sample || (second && second[1] === first[1])) return { language: null };
  return found(first[0], sample, 'title words');
}

function found(language: string, clause: Clause, rule: string): TitleLanguageFinding {
  return { language, evidence: [{ field: 'adLanguage', value: language, quote: clauseText(clause, 80), rule }] };
}
