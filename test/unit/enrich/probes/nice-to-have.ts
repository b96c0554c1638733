import type { Probe } from './probe';

/**
 * A "nice to have" heading and the list under it, as ads in each language write it; a list item
 * there that names skills ("DevOps skills") does not open the requirements again; a plus that opens
 * a sentence covers the languages it lists (expectations as in germanic.ts).
 */
export const NICE_TO_HAVE: Record<string, Probe[]> = {
  en: [
    ['Good to have:\n- Spanish', '?es'],
    ['Nice to have:\n- DevOps skills\n- Advanced English communication skills', '?en'],
    ['Requirements:\n- Python\nBonus:\n- Cloud skills\n- German', '?de'],
    ['Nice to have:\n- Kubernetes\nRequired skills:\n- Fluent English', 'en:fluent'],
    ['- A plus: experience in logistics and knowledge of German', '?de'],
  ],
  pt: [['Diferenciais:\n- Projetos open source\n- Inglês avançado', '?en']],
  hu: [['Az állás betöltéséhez előnyt jelent:\n- Szakmai tapasztalat\n- Angol nyelvismeret', '?en']],
  lt: [['Privalumai:\n- Vokiečių kalbos mokėjimas', '?de']],
  lv: [['Priekšrocības:\n- Krievu valodas zināšanas', '?ru']],
  ro: [['Avantaje:\n- Cunoașterea limbii germane', '?de']],
  bg: [
    ['Предимства:\n- Познания по немски език', '?de'],
    ['- Предимство ще имат кандидати с опит в продажбите и владеене на немски език', '?de'],
  ],
  es: [
    ['Requisitos deseables:\n- Francés', '?fr'],
    ['- Es un plus saber italiano', '?it'],
  ],
  hr: [['- Poznavanje talijanskog jezika smatrat će se prednošću', '?it']],
  sl: [['- Znanje nemščine je dobrodošlo', '?de']],
  de: [['- Spanischkenntnisse wären toll', '?es']],
  cs: [['- Výhodou je znalost němčiny', '?de']],
  sv: [
    [
      '- Vi ser gärna att du har erfarenhet av försäljning och du behöver goda kunskaper i svenska och engelska',
      'sv:good en:good',
    ],
  ],
};
