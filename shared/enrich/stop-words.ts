import { foldedSet } from './tokenize';

/**
 * Frequent function words per ad language. Neighbours (da / no / sv, es / pt / it) share many
 * words; each list also carries the spellings that tell them apart (af/av, efter/etter, hvad/hva).
 */
export const STOP_WORDS: Record<string, Set<string>> = {
  en: foldedSet(
    'the and of to in a is are for with you your we our will be on as at this that from by an or have has who can',
  ),
  da: foldedSet(
    'og i at det er en til af på med for som du vi der ikke de har kan vil efter hvad nogle meget dig mig sig jeg skal også eller hos være bliver blive være arbejde søger',
  ),
  no: foldedSet(
    'og i å det er en til av på med for som du vi der ikke de har kan vil etter hva noen mye deg meg seg jeg skal også eller hos være blir bli jobbe søker ikkje',
  ),
  sv: foldedSet(
    'och i att det är en till av på med för som du vi inte de har kan vill efter vad några mycket dig mig sig jag ska också eller hos vara blir bli arbeta söker',
  ),
  fi: foldedSet('ja on että ei se hän tai kun myös mutta ovat olla voi sinä me meillä jos kanssa sekä joka mikä tämä'),
  de: foldedSet(
    'und der die das ist in zu den mit von für du wir sie ein eine nicht auf dich uns bei als auch oder im dein deine unsere',
  ),
  nl: foldedSet('en de het een van in is op je jij we wij voor met te niet zijn ons onze bij als ook of aan dat'),
  fr: foldedSet('et le la les de des un une est en du pour avec vous nous sur dans au aux ne pas tu ou votre notre'),
  es: foldedSet('y el la los las de del un una es en para con por que se tu su nuestro nuestra o al como'),
  pt: foldedSet('e o a os as de do da dos das um uma é em para com por que se não você nosso nossa ou ao como'),
  it: foldedSet('e il la le gli di del della un una è in per con che si non tu il nostro nostra o al come sono'),
  pl: foldedSet('i w z na do się nie jest to że dla oraz jak od po lub przez są czy'),
  ru: foldedSet('и в на с не по для что от к до или как это вы мы за из при вас'),
};

/** Every function word of every ad language: words that never make a language name an adjective. */
export const ALL_STOP_WORDS: Set<string> = new Set(Object.values(STOP_WORDS).flatMap((s) => [...s]));
