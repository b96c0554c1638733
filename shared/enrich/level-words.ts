import { foldedSet } from './tokenize';

/**
 * Words that state how well a language must be known, by level, in the languages of Europe's job
 * markets (folded: "výborně" is "vyborne"). Each is also a requirement cue: "basic German" asks
 * for German. Words that are as often something else ("base", "mediu" = environment) are levels but
 * no cues; Estonian "head" (= English "head") is left out.
 */
export const NATIVE_WORDS = foldedSet(`
  native muttersprache muttersprachler muttersprachlich moedertaal modersmål morsmål madrelingua nativo natif носитель
  ojczysty äidinkieli muttersprachlerin nativa madre materna natywny anyanyelvi anyanyelv rodilý rodený μητρική
  emakeel gimtoji dzimtā maternă maternelle materno ojczystym ojczysta ojczystego rodilá rodená
  tongue muttersprachniveau muttersprachlerniveau muttersprachliches muttersprachlichem äidinkielenä äidinkielinen
  emakeelena materinski materinji materni roden родна роден
  emakeele nativ nativă izvorni izvorna izvorno майчин майчина родной родная рідна рідний μητρικής
  modersmålsniveau modersmålsnivå morsmålsnivå moedertaalniveau madrelingua
`);

export const FLUENT_WORDS = foldedSet(`
  fluent fluently fluency fluidez fluentemente fluidamente fließend flydende flytende flytande vloeiend fluente fluido
  courant courants courante courantes couramment biegły biegła
  verhandlungssichere verhandlungssicheres verhandlungssicheren verhandlungssicherem verhandlungssicherer fließenden
  fließender
  biegle sujuva sujuvaa sujuvasti свободный свободно свободное verhandlungssicher fluentes fluenti fluida fluidos
  fließende fließendes flüssig flüssiges folyékony folyékonyan plynulá plynule plynulý άπταιστα laisvai brīvi vabalt
  soravalt tekoče tečno akıcı reiprennandi вільно вільне fluentă
  excellent excellente excelente eccellente exzellent exzellente exzellentes hervorragend hervorragende ausgezeichnet
  ausgezeichnete exemplarisk obehindrat obehindrad utmärkt utmärkta utmerket utmerkede fremragende parfaitement
  perfekt perfekte perfektes perfect perfecte perfeito perfeita perfecto perfecta perfetto perfetta uitstekend
  uitstekende erinomainen erinomaista doskonała doskonały отличное отличный άριστη άριστα kiváló výborná výborný
  vynikajúca vynikajúci
  excelent excelentă excelente fluent
  izvrsno izvrsna izvrstan izvrsne odlično odlična odlične odlični одлично одлична течно tečna tečne tekoča
  отлично отлична отлични перфектно перфектни свободна свободни отличные вільна
  výborně výborne výbornú výbornou perfektní perfektná perfektne perfektně plynně plynulou plynulú
  puikiai puikios puikus puiki
  teicamas teicami teicama augstākajā augstākā augstā
  suurepärane suurepärased suurepärast kõrgtasemel kõrgel
  tárgyalóképes tárgyalóképesen εξαιρετική εξαιρετικές άπταιστη
  ottima ottimo ottime ottimi
`);

export const GOOD_WORDS = foldedSet(`
  good gute guten gutes gode god goda goede bon bonne buen buena bom boa buona buono dobra dobry hyvä хороший хорошее
  bons boas buenos buenas καλή καλές добро добри jó dobrá dobrý gerai labas hea dobro iyi bună buon buone goed gut
  bueno
  godt gott geri bun bune bine dobre dobrou dobrú dobře добра добре хорошо хороша хороше добрий labi laba heal heas geros gera
  καλής καλά
`);

/** Words for a level between basic and good ("intermediate", "középfokú"): a word level of its own. */
export const INTERMEDIATE_WORDS = foldedSet(`
  intermediate intermedio intermedia intermediário intermediária intermédio intermédiaire średniozaawansowany
  średniozaawansowana középfokú mierne pokročilý средно keskitaso keskitason mellannivå mellemniveau middels
  conversational
  medio mediu medii medie intermediar intermediară średnio średnim średniozaawansowanym středně stredne srednje
  средна средни средний среднее середній vidējā vidējās vidējs vidutiniškai vidutinis vidutiniu vidutinišką
  középfokon kesktasemel keskmine keskmisel suhtlustasemel társalgási μέτρια μέτριο μέτριες
`);

/** Words for a level below "good" ("conoscenza basica", "Grundkenntnisse"), intermediate ones included. */
export const BASIC_WORDS = foldedSet(`
  basic elementary beginner basico básico basica básica base basis grundkenntnisse grundlegende
  grundlæggende grundläggande grunnleggende basiskennis elementare podstawowa
  podstawowy perus perustaso alapfokú začiatočník základná základní
  podstawowym podstawowej elementarny notions débutant élémentaire elemental principiante
  începător elementar bază základy základnú základnou osnovno osnovna osnovni osnovne основно основна основни
  базово базови базовый базовое базовий начално начални начальный pamata pamatlīmenī pamatzināšanas pradinis
  alapfokon alapszinten pradiniu baziniu bazinis algtasemel algtase elementaarne elementaarsel baastasemel alapszintű βασική βασικές
  ${[...INTERMEDIATE_WORDS].join(' ')}
`);

/** Level words too common as other words to make a language required by themselves ("base salary", "medio ambiente", "mediu de lucru"). */
const NOT_CUES = foldedSet('base basis medio mediu bine');

/** Every level word that is a requirement cue by itself. */
export const LEVEL_CUES: ReadonlySet<string> = new Set(
  [...NATIVE_WORDS, ...FLUENT_WORDS, ...GOOD_WORDS, ...BASIC_WORDS].filter((w) => !NOT_CUES.has(w)),
);

/** Words for "level": a word level beside one ("muttersprachliches Niveau", "native level", "nível nativo") is the level stated. */
export const LEVEL_NOUNS = foldedSet(`
  level niveau nivå nivåer nivel nível livello poziom poziomie úroveň úrovni úrovne szint szinten taso tasolla tase
  tasemel līmenis līmenī lygis lygiu razina razini raven ravni ниво нивото уровень уровне επίπεδο seviye seviyede
`);
