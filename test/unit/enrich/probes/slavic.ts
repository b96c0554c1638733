import type { Probe } from './probe';

/** Sentences written for these probes in the Slavic languages (expectations as in germanic.ts). */
export const SLAVIC: Record<string, Probe[]> = {
  pl: [
    ['- Biegła znajomość języka angielskiego', 'en:fluent'],
    ['- Wymagana znajomość języka niemieckiego', 'de'],
    ['- Znajomość języka francuskiego będzie dodatkowym atutem', '?fr'],
    ['- Mile widziana znajomość języka hiszpańskiego', '?es'],
    ['- Znajomość języka angielskiego nie jest wymagana', '-'],
    ['- Oferujemy bezpłatne kursy języka angielskiego', '-'],
    ['- Język angielski na poziomie B2', 'en:B2'],
    ['- Wymagana znajomość języka niemieckiego lub angielskiego', 'de|en'],
    ['- angielski biegle', 'en:fluent'],
    ['- Język polski jako ojczysty', 'pl:native'],
  ],
  cs: [
    ['- Plynulá angličtina podmínkou', 'en:fluent'],
    ['- Znalost německého jazyka nutná', 'de'],
    ['- Znalost francouzštiny výhodou', '?fr'],
    ['- Angličtina není podmínkou', '-'],
    ['- Angličtina na úrovni B2', 'en:B2'],
    ['- Aktivní znalost němčiny nebo angličtiny', 'de|en'],
    ['- Kurzy angličtiny zdarma', '-'],
  ],
  sk: [
    ['- Plynulá angličtina je podmienkou', 'en:fluent'],
    ['- Znalosť nemeckého jazyka je nutná', 'de'],
    ['- Znalosť maďarčiny výhodou', '?hu'],
    ['- Anglický jazyk nie je podmienkou', '-'],
    ['- Angličtina na úrovni C1', 'en:C1'],
    ['- Kurzy angličtiny zadarmo', '-'],
  ],
  bg: [
    ['- Отлично владеене на английски език', 'en'],
    ['- Немски език е предимство', '?de'],
    ['- Английски език на ниво B2', 'en:B2'],
    ['- Безплатни курсове по английски език', '-'],
  ],
  hr: [
    ['- Aktivno znanje engleskog jezika', 'en'],
    ['- Poznavanje njemačkog jezika je prednost', '?de'],
    ['- Znanje engleskog jezika nije uvjet', '-'],
    ['- Engleski jezik na razini B2', 'en:B2'],
    ['- Tečno znanje engleskog jezika', 'en:fluent'],
  ],
  sl: [
    ['- Aktivno znanje angleškega jezika', 'en'],
    ['- Znanje nemškega jezika je prednost', '?de'],
    ['- Tekoče znanje angleščine', 'en:fluent'],
    ['- Znanje angleščine ni pogoj', '-'],
    ['- Angleščina na ravni B2', 'en:B2'],
  ],
};
