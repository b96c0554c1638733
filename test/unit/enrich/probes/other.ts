import type { Probe } from './probe';

/** Sentences written for these probes in Hungarian, Greek, Finnish, Estonian, Latvian and Lithuanian (as in germanic.ts). */
export const OTHER: Record<string, Probe[]> = {
  hu: [
    ['- Folyékony angol nyelvtudás', 'en:fluent'],
    ['- Német nyelvtudás szükséges', 'de'],
    ['- Angol nyelvtudás előny', '?en'],
    ['- Az angol nyelvtudás nem feltétel', '-'],
    ['- Angol nyelvtudás B2 szinten', 'en:B2'],
    ['- Angol vagy német nyelvtudás szükséges', 'en|de'],
    ['- Ingyenes angol nyelvtanfolyam', '-'],
  ],
  el: [
    ['- Άριστη γνώση της αγγλικής γλώσσας', 'en'],
    ['- Η γνώση γερμανικών θα θεωρηθεί πλεονέκτημα', '?de'],
    ['- Η γνώση γαλλικών είναι επιθυμητή', '?fr'],
    ['- Αγγλικά επιπέδου C1', 'en:C1'],
    ['- Δεν απαιτείται γνώση γερμανικών', '-'],
  ],
  fi: [
    ['- Sujuva suomen kielen taito on edellytys', 'fi:fluent'],
    ['- Hyvä englannin kielen taito', 'en:good'],
    ['- Ruotsin kielen taito katsotaan eduksi', '?sv'],
    ['- Suomen kieltä ei vaadita', '-'],
    ['- Englannin kielen taito tasolla B2', 'en:B2'],
    ['- Sujuva englanti', 'en:fluent'],
  ],
  et: [
    ['- Väga hea eesti keele oskus', 'et:good'],
    ['- Inglise keele oskus on nõutav', 'en'],
    ['- Vene keele oskus on eeliseks', '?ru'],
    ['- Soome keele oskus tuleb kasuks', '?fi'],
    ['- Eesti keele oskus ei ole nõutav', '-'],
    ['- Inglise keel B2 tasemel', 'en:B2'],
    ['- Pakume tasuta eesti keele kursusi', '-'],
  ],
  lv: [
    ['- Teicamas latviešu valodas zināšanas', 'lv'],
    ['- Angļu valodas zināšanas B2 līmenī', 'en:B2'],
    ['- Krievu valodas zināšanas būs priekšrocība', '?ru'],
    ['- Vācu valodas zināšanas nav obligātas', '-'],
  ],
  lt: [
    ['- Privaloma gerai mokėti anglų kalbą', 'en:good'],
    ['- Vokiečių kalbos žinios būtų privalumas', '?de'],
    ['- Anglų kalba B2 lygiu', 'en:B2'],
    ['- Rusų kalbos mokėjimas nėra būtinas', '-'],
  ],
};
