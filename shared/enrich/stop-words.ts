import { foldedSet } from './tokenize';

// Forms repeat across postings: compute each once (bounded, as fold's cache is).
const forms = new Map<string, string>();

/**
 * A word as written, in lower case and composed: Romanian's cedilla letters ("ş", "ţ") read as
 * its comma letters, and Turkish "İ" lower-cased without a stray dot.
 */
export function writtenForm(word: string): string {
  let form = forms.get(word);
  if (form === undefined) {
    form = /^[ -~]*$/.test(word)
      ? word.toLowerCase()
      : word
          .toLowerCase()
          .normalize('NFC')
          .replace(/\u0307/g, '')
          .replace(/ş/g, 'ș')
          .replace(/ţ/g, 'ț');
    if (forms.size >= 50_000) forms.clear();
    forms.set(word, form);
  }
  return form;
}

/**
 * The most frequent function words of each language an ad may be written in (every EU official
 * language, the Nordic and the Balkan ones, Russian, Ukrainian, Turkish …), as in any frequency
 * list of the language: articles, pronouns, prepositions, conjunctions, the forms of "to be".
 * Neighbours share many words (da / no / sv, cs / sk, es / pt, ru / uk / bg); each list also
 * carries the spellings that tell them apart (af / av, efter / etter, pro / pre, что / що / че).
 * Words are written with their letters: a list's diacritics are part of the word (see writtenForm).
 */
const LISTS: Record<string, string> = {
  en: 'the and of to in a is are for with you your we our will be on as at this that from by an or have has who can it not all about they their been would which there if into more',
  da: 'og i at det er en et til af på med for som du vi der ikke de har kan vil efter hvad nogle meget dig mig sig jeg skal også eller hos være bliver blive arbejde søger hvor hvis vores jeres din dit dine hvordan mellem uden nu fra var den ved men alle igen noget mere bare ind inden',
  no: 'og i å det er en et til av på med for som du vi der ikke de har kan vil etter hva noen mye deg meg seg jeg skal også eller hos være blir bli jobbe søker ikkje hvor hvis vår våre din ditt dine hvordan mellom uten nå fra at var den ved men alle igjen noe mer bare inn innen vårt',
  sv: 'och i att det är en ett till av på med för som du vi inte de har kan vill efter vad några mycket dig mig sig jag ska också eller hos vara blir bli arbeta söker var om vår våra din ditt dina hur mellan utan nu den vid men alla igen något mer bara inom vårt',
  is: 'og að er sem til við með en ekki það fyrir af eru þú þig þér hann hún hjá eða vera verður okkar þín þitt þinn sem einnig starfið starf í á um var þetta þessi hefur hafa mun munu svo þá þegar ef eftir úr yfir undir hér hvað allir allt',
  fi: 'ja on että ei se hän tai kun myös mutta ovat olla voi sinä me meillä jos kanssa sekä joka jotka jossa mikä tämä tässä sinulla sinun meidän olet olemme etsimme kuin mukaan niin vain kaikki yli sekä eli jo sen siitä tehtävä tehtävät oli olivat ole tänä tämän nämä mitä miten koska vielä sitten ennen jälkeen aikana osa',
  et: 'ja on et ei see kui ka oma või mis aga siis nii kes meie sa sina te teie oled olema koos ning kõik ole üle kuni pärast selle mida meil sinu tööd töö ootame pakume',
  de: 'und der die das ist in zu den mit von für du wir sie ein eine einen nicht auf dich uns bei als auch oder im dein deine unsere unser sind wird werden dem des zur zum über sowie ihre ihr',
  nl: 'en de het een van in is op je jij we wij voor met te niet zijn ons onze bij als ook of aan dat die om naar wordt worden je jouw er wat hebt heb door tot',
  fr: "et le la les de des un une est en du pour avec vous nous sur dans au aux ne pas tu ou votre notre vos nos qui que ce cette sont être par plus l' d' qu' n' j' s' c'",
  es: 'y a el la los las de del un una es en para con por que se tu su sus nuestro nuestra o al como tus somos estar está son más buscamos ofrecemos trabajo empresa también',
  pt: 'e o a os as de do da dos das um uma é em para com por que se não você nosso nossa ou ao como seu sua são está mais também na no nas nos pelo pela trabalho empresa',
  it: "e a il la le gli di del della delle dei un una è in per con che si non tu il nostro nostra o al alla come sono anche nel nella ed lo questo questa siamo essere più da ai al alla sul tra ha hanno l' all' dell' nell' dall' sull' un'",
  ca: "i el la els les de del un una és en per amb que es no al com més són o dels seu seva aquest aquesta nostre nostra teva vostre també treball l' d' som ara fa això aquí molt molta pel pels però",
  ro: 'și în de la cu pe a care din pentru nu este sunt o un să mai sau ai al ale prin ca ce fi vor vei noastră nostru echipa lucru experiență cunoștințe dumneavoastră',
  pl: 'i w z na do się nie jest to że dla oraz jak od po lub przez są czy jesteś będzie naszej nasz nasza twoje pracy które który która także tym o przy',
  cs: 'a je v na se že to s z do pro ve jsou jako nebo by ale které který která také jeho při od po jak tak už můžete naše náš vás vám jsme jste jsem bude budete práce pracovní když mezi ještě této pouze o až',
  sk: 'a je v na sa že to s z do pre vo sú ako alebo by ale ktoré ktorý ktorá tiež aj jeho pri od po tak už môžete naše náš vás vám sme ste som bude budete práce pracovné so keď medzi ešte tejto o až',
  sl: 'in je v na za se da so od z s o ki ter kot ali bo bi pri iz po do tudi ne še vaš naš lahko delo smo boste vas nas vam nam svoj svojo če kar ste sem iščemo nudimo rad ko',
  hr: 'i je u na za se da su od s o koji koja koje što kao ili će biti te sa ali iz po do bi prema nije također vaš naš rad posao možete tražimo nudimo gdje prije poslije vrijeme mjesto mjesta tjedan tko uvjeti tvrtka tvrtke tisuća bit smo nam još ćete sada',
  // Serbian in both scripts: in Latin it shares nearly every word with Croatian (see ad-language.ts).
  sr: 'и је у на за се да су од са као или ће који која које што бити по из до али рад посао нудимо тражимо ваш наш такође šta takođe gde pre posle nedelje ko uslovi preduzeće hiljada biće i je u na za se da su od sa kao ili će koji koja koje što biti po iz do ali rad posao nudimo tražimo vaš naš smo nam još ćete sada',
  mk: 'и на во за да се е од со како или ќе кој која што не го ги сме сте ние вие работа нудиме бараме исто но до беше сите оваа овој овие тоа тие нашиот нашата вашиот вашата повеќе кога каде дека',
  bg: 'и в на с за да не от се е по са до като че ще или към при но това който която които нашия вашия работа опит ние вие сме сте много също тази този тези всички когато къде повече беше',
  ru: 'и в на с не по для что от к до или как это вы мы за из при вас нас будет также который которые опыт работы если наш наша ваш у',
  uk: 'і в у на з що не та до для від як ми ви або за із при це також який яка які досвід роботи наш наша ваш є бути буде',
  el: 'και το η ο να του της την σε με για των τα στο στην από που είναι θα οι τη στη τις τους μας σας εμπειρία',
  hu: 'a az és hogy nem is egy van meg de csak el már mint vagy ha ki fel be ez azt volt lesz kell minden után által való szerint között valamint munka számára keresünk',
  lv: 'un ir par ar no uz kas ka lai vai tas tā arī bet kā jūs mēs mūsu jūsu pie līdz darba pēc nav būs darbs piedāvājam',
  lt: 'ir ar į yra kad su iš per nuo apie bet tai kaip jūs mes mūsų jūsų už arba taip pat bus darbo kuris kurie nėra siūlome',
  mt: 'il u ta li fil għal minn ma bil tal huwa hija jew biex kif aħna tiegħek tagħna għandek jekk ukoll fejn dwar xogħol',
  ga: 'agus an na ar i is le go do ag ach sa don leis bhí tá mar seo sin',
  eu: 'eta da ez bat du ere edo baina dira izan dute zure gure egin bere hau hori lana',
  sq: 'dhe të në për me një që nga është së janë ose si nuk ju ne punë',
  tr: 've bir bu ile için da de çok olarak olan gibi daha en ne ya veya ama sonra kadar siz biz iş ki her olmak deneyim tercihen arıyoruz',
};

/** Each language's function words, folded like every token's key. */
export const STOP_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, foldedSet(words)]),
);

/**
 * Each language's function words as written (see writtenForm): folding makes Czech "až" Hungarian
 * "az" and Icelandic "í" Norwegian "i"; the letters a word is written with tell them apart.
 */
export const STOP_WORD_FORMS: Record<string, string[]> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, words.split(/\s+/).filter(Boolean).map(writtenForm)]),
);

/** Every function word of every ad language: words that never make a language name an adjective. */
export const ALL_STOP_WORDS: Set<string> = new Set(Object.values(STOP_WORDS).flatMap((s) => [...s]));
