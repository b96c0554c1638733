import type { Probe } from './probe';

/**
 * More ways ads say the same things (expectations as in germanic.ts): "you speak X" in each
 * language, a plus said of a condition ("if you also speak X, that is a plus"), "not required but
 * an advantage", a plus said after the question ("Do you speak X? That is a bonus").
 */
export const PHRASINGS: Record<string, Probe[]> = {
  en: [
    ['- Many of our customers speak Russian', '-'],
    ['- Fluent English. Any other language is a plus', 'en:fluent'],
    ['- Do you also speak German? That is a bonus', '?de'],
    ['- Additional languages such as Spanish or Italian are a plus', '?es ?it'],
    ['- Ideally you also speak French', '?fr'],
    ['- It is an advantage if you speak Swedish', '?sv'],
    ['- Bonus points if you speak Dutch', '?nl'],
    ['- Preferred: Dutch', '?nl'],
    ['- German skills are considered an asset', '?de'],
    ['- You must be able to speak German', 'de'],
    ['- You speak German and English', 'de en'],
    ['- Proficiency in Finnish', 'fi'],
    ['- Strong communication skills in Danish', 'da'],
    ['- Any other language is a plus, especially German', '?de'],
    ['- Fluent English, Spanish is a bonus', 'en:fluent ?es'],
    ['- Working proficiency in German', 'de'],
    ['- Full professional proficiency in English', 'en'],
    ['- Must speak Polish', 'pl'],
    ['- Knowledge of Czech would be beneficial', '?cs'],
    ['- Portuguese not required', '-'],
    ['- French (C1) and German (B2)', 'fr:C1 de:B2'],
    ['- Spanish: native or bilingual', 'es'],
    ['- English: fluent; German: basic', 'en:fluent de:basic'],
    ['- German is a big plus', '?de'],
    ['- German is an added advantage', '?de'],
    ['- Knowledge of German is highly desirable', '?de'],
    ['- Candidates who speak Italian will be preferred', '?it'],
  ],
  de: [
    ['- Französisch ist keine Voraussetzung, aber von Vorteil', '?fr'],
    ['- Idealerweise sprichst du auch Französisch', '?fr'],
    ['- Wenn du zusätzlich Spanisch sprichst, ist das ein Plus', '?es'],
    ['- Du sprichst Deutsch und Englisch', 'de en'],
    ['- Englisch ist ein Muss, Französisch ein Plus', 'en ?fr'],
    ['- Sehr gute Deutsch- und Englischkenntnisse', 'de:good en:good'],
    ['- Deutsch (C1) und Englisch (B2)', 'de:C1 en:B2'],
    ['- Grundkenntnisse in Englisch', 'en:basic'],
    ['- Englischkenntnisse von Vorteil', '?en'],
    ['- Kenntnisse in Polnisch sind wünschenswert', '?pl'],
    ['- Pluspunkte: Französisch', '?fr'],
    ['- Fremdsprachenkenntnisse, idealerweise Italienisch', '?it'],
  ],
  fr: [
    ["- C'est un plus si vous parlez allemand", '?de'],
    ["- La connaissance de l'allemand serait appréciée", '?de'],
    ['- Vous parlez couramment anglais', 'en:fluent'],
    ['- Un plus : italien', '?it'],
    ["- Vous maîtrisez l'anglais à l'écrit comme à l'oral", 'en'],
    ['- Une deuxième langue (espagnol, italien) est un atout', '?es ?it'],
  ],
  es: [
    ['- Se valorarán conocimientos de alemán', '?de'],
    ['- Hablas inglés con fluidez', 'en'],
    ['- Valorable: francés', '?fr'],
    ['- Nivel alto de inglés', 'en'],
    ['- Inglés y francés, nivel B2', 'en:B2 fr:B2'],
  ],
  it: [
    ['- Costituisce titolo preferenziale la conoscenza del tedesco', '?de'],
    ['- Parli inglese fluentemente', 'en'],
    ['- Sarà considerato un plus il francese', '?fr'],
    ['- Buona conoscenza della lingua inglese', 'en:good'],
  ],
  pt: [
    ['- Falas inglês fluentemente', 'en'],
    ['- Conhecimentos de alemão serão valorizados', '?de'],
    ['- É valorizado o domínio do francês', '?fr'],
    ['- Inglês: nível avançado', 'en'],
  ],
  nl: [
    ['- Het is mooi meegenomen als je Duits spreekt', '?de'],
    ['- Kennis van Duits is een pre', '?de'],
    ['- Goede beheersing van de Nederlandse taal', 'nl'],
    ['- Je beheerst de Engelse taal in woord en geschrift', 'en'],
  ],
  sv: [
    ['- Det är meriterande om du talar finska', '?fi'],
    ['- Du talar svenska', 'sv'],
    ['- Kunskaper i tyska är ett plus', '?de'],
    ['- God svenska i tal och skrift', 'sv:good'],
  ],
  no: [
    ['- Det er en fordel om du snakker svensk', '?sv'],
    ['- Du snakker norsk', 'no'],
    ['- Beherske norsk muntlig og skriftlig', 'no'],
  ],
  da: [
    ['- Mange af vores kunder taler russisk', '-'],
    ['- Det er en fordel, hvis du taler tysk', '?de'],
    ['- Du taler dansk', 'da'],
    ['- Kendskab til tysk er et plus', '?de'],
  ],
  fi: [
    ['- Sujuva suomen kielen taito. Ruotsin kieli katsotaan eduksi', 'fi:fluent ?sv'],
    ['- Eduksi luemme ruotsin kielen taidon', '?sv'],
    ['- Plussaa on ruotsin kielen taito', '?sv'],
    ['- Puhut sujuvaa suomea', 'fi:fluent'],
    ['- Hyvä suomen ja englannin kielen taito', 'fi:good en:good'],
  ],
  pl: [
    ['- Atutem będzie znajomość języka niemieckiego', '?de'],
    ['- Mówisz po angielsku', 'en'],
    ['- Komunikatywna znajomość języka angielskiego', 'en'],
    ['- Mile widziany język niemiecki', '?de'],
  ],
  cs: [
    ['- Výhodou je znalost němčiny', '?de'],
    ['- Mluvíš anglicky', 'en'],
    ['- Znalost němčiny vítána', '?de'],
  ],
  sk: [
    ['- Výhodou je znalosť nemčiny', '?de'],
    ['- Hovoríš po anglicky', 'en'],
    ['- Znalosť anglického jazyka na komunikatívnej úrovni', 'en'],
  ],
  hu: [
    ['- Előnyt jelent a német nyelvtudás', '?de'],
    ['- Beszélsz angolul', 'en'],
    ['- Társalgási szintű angol nyelvtudás', 'en'],
  ],
  ro: [
    ['- Constituie avantaj cunoașterea limbii germane', '?de'],
    ['- Vorbești fluent limba engleză', 'en:fluent'],
    ['- Reprezintă un avantaj cunoașterea limbii franceze', '?fr'],
  ],
  el: [
    ['- Θα εκτιμηθεί η γνώση γερμανικών', '?de'],
    ['- Πολύ καλή γνώση αγγλικών', 'en'],
  ],
  bg: [
    ['- Предимство е владеенето на немски език', '?de'],
    ['- Говорите английски език', 'en'],
  ],
  hr: [
    ['- Prednost: njemački jezik', '?de'],
    ['- Govoriš engleski jezik', 'en'],
  ],
  sl: [
    ['- Prednost je znanje nemščine', '?de'],
    ['- Govoriš angleško', 'en'],
  ],
  et: [
    ['- Vene keele oskus on eelis', '?ru'],
    ['- Räägid eesti keelt', 'et'],
  ],
  lv: [
    ['- Priekšrocība: krievu valodas zināšanas', '?ru'],
    ['- Brīvi runā latviešu valodā', 'lv'],
  ],
  lt: [
    ['- Privalumas – vokiečių kalbos žinios', '?de'],
    ['- Laisvai kalbate lietuvių kalba', 'lt'],
  ],
};
