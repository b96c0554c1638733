import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { findPhysicalWork } from '../../../shared/enrich/physical-work';
import { tokenize } from '../../../shared/enrich/tokenize';

const groupOf = (title: string) => findPhysicalWork(tokenize(title, 'title'), [])?.group ?? null;

describe('work done in person, read from the title', () => {
  it.each([
    ['de', 'Reinigungskraft (m/w/d) in Teilzeit', 'cleaning'],
    ['sv', 'Lokalvårdare till vårt hotell', 'cleaning'],
    ['pl', 'Magazynier – praca od zaraz', 'warehouse'],
    ['nl', 'Orderpicker avonddienst', 'warehouse'],
    ['de', 'Berufskraftfahrer CE im Nahverkehr', 'driving'],
    ['cs', 'Řidič dodávky', 'driving'],
    ['fr', 'Ouvrier polyvalent du bâtiment', 'construction'],
    ['lt', 'Statybininkai apdailos darbams', 'construction'],
    ['fi', 'Sähköasentaja', 'construction'],
    ['en', 'CNC Machinist, night shift', 'factory'],
    ['es', 'Operador de producción', 'factory'],
    ['hu', 'Szakács és felszolgáló', 'kitchen'],
    ['fr', 'Cuisinier / Cuisinière (H/F)', 'kitchen'],
    ['it', 'Commesso di negozio', 'shop'],
    ['bg', 'Продавач-консултант', 'shop'],
    ['fi', 'Lähihoitaja kotihoitoon', 'care'],
    ['ro', 'Asistent medical generalist', 'care'],
    ['no', 'Sykepleier, natt', 'care'],
    ['sv', 'Förskollärare', 'childcare'],
    ['da', 'Pædagogmedhjælper til vuggestue', 'childcare'],
    ['el', 'Νηπιαγωγός', 'childcare'],
    ['en', 'Au pair for a family with two children', 'childcare'],
    ['sk', 'Recepčná do hotela', 'reception'],
    ['de', 'Sicherheitsmitarbeiter Objektschutz', 'reception'],
  ])('%s: "%s" is %s work', (_lang, title, group) => {
    expect(groupOf(title)).toBe(group);
  });

  it.each([
    ['en', 'Data Warehouse Engineer'],
    ['en', 'Online English Teacher'],
    ['de', 'Softwareentwickler Lagerverwaltung (m/w/d)'],
    ['fr', 'Analyste données, secteur hôtelier'],
    ['sv', 'Kundtjänstmedarbetare'],
    ['no', 'Rådgiver, kunstig intelligens'],
    ['sk', 'Bratislavská radnica hľadá analytika'],
    ['en', 'Customer Support Specialist'],
    ['en', 'IT Technician'],
  ])('%s: "%s" is no physical job', (_lang, title) => {
    expect(groupOf(title)).toBeNull();
  });

  it('field service holds against a desk word', () => {
    expect(groupOf('Field Service Engineer, elevators')).not.toBeNull();
  });

  it('reads the first line as the title when the source gave none', () => {
    const body = tokenize('Elektriker søkes\n\nVi trenger en elektriker til nye prosjekter i Bergen.');
    expect(findPhysicalWork([], body)?.group).toBe('construction');
  });
});

const remoteOf = (title: string, text: string) => enrichPosting({ title, text });

describe('remote policy of a physical job', () => {
  it.each([
    [
      'de',
      'Reinigungskraft (m/w/d)',
      'Wir suchen eine zuverlässige Reinigungskraft für unsere Kunden in Graz. Deine Aufgaben: Reinigung von Büros. Bewirb dich jetzt mit deinem Lebenslauf.',
    ],
    [
      'pl',
      'Magazynier',
      'Poszukujemy magazyniera do centrum dystrybucyjnego w Poznaniu. Obowiązki: przyjmowanie towaru i kompletacja zamówień. Wyślij CV.',
    ],
    [
      'sv',
      'Förskollärare till Solrosens förskola',
      'Vi söker en förskollärare till vår förskola i Västerås. Du planerar verksamheten tillsammans med arbetslaget. Ansök senast den 30 juni.',
    ],
    [
      'fr',
      'Cuisinier (H/F)',
      'Nous recrutons un cuisinier pour la saison, à Nantes. Vous préparez les plats du jour. Envoyez votre CV.',
    ],
  ])('%s: nothing said of the work model, the work is done on site', (_lang, title, text) => {
    const e = remoteOf(title, text);
    expect(e.remote).toBe('onsite');
    expect(e.evidence).toContainEqual(
      expect.objectContaining({ field: 'remote', value: 'onsite', rule: 'physical work' }),
    );
    expect(e.evidence?.find((v) => v.rule === 'physical work')?.quote).toContain(title.split(' ')[0]);
  });

  it.each([
    [
      'en',
      'Customer Support Specialist',
      'Join our support team in Lisbon. You answer customer questions by email and chat. Apply with your CV.',
    ],
    [
      'de',
      'Softwareentwickler Lagerverwaltung (m/w/d)',
      'Du entwickelst unsere Software für die Logistik. Unser Team sitzt in Dortmund. Bewirb dich jetzt.',
    ],
  ])('%s: a desk job with only a place stays unknown', (_lang, title, text) => {
    expect(remoteOf(title, text).remote).toBe('unknown');
  });

  it('a physical job that says it is remote stays remote', () => {
    const e = remoteOf(
      'Remote Triage Nurse',
      'Fully remote: you assess patients by phone from home, anywhere in Ireland. Apply now with your CV.',
    );
    expect(e.remote).toBe('remote');
  });

  it('a physical job that names home days stays hybrid', () => {
    const e = remoteOf(
      'Lehrer (m/w/d) für Deutsch',
      'Unterricht an unserer Schule in Linz, Vorbereitung zwei Tage pro Woche im Homeoffice. Bewirb dich jetzt.',
    );
    expect(e.remote).toBe('hybrid');
  });
});

describe('a place alone', () => {
  it.each([
    [
      'en',
      'Product Designer',
      'We have offices in Oslo, Bergen and Riga. You design our booking app. Apply with your portfolio.',
    ],
    ['no', 'Tjenestedesigner', 'Vi har kontorer i Oslo og Bergen. Du designer tjenester for kundene våre. Søk i dag.'],
  ])("%s: the company's offices do not make a desk job on-site", (_lang, title, text) => {
    expect(remoteOf(title, text).remote).toBe('unknown');
  });
});
