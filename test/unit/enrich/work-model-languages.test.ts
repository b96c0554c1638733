import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// The work model as ads across Europe write it: fully remote, remote within a country, some days at
// home, on-site, remote work refused, and "remote" said of the work rather than of the worker. One
// short sentence a case, in each language, written for this test.
const remoteOf = (text: string) => enrichPosting({ title: 'Specialist', text: `${text}\nApply with your CV.` });

type Row = [string, string];

const REMOTE: Row[] = [
  ['en', 'This is a fully remote position.'],
  ['de', 'Die Stelle ist zu 100 % remote.'],
  ['fr', 'Poste en télétravail complet.'],
  ['es', 'Trabajo 100 % remoto.'],
  ['it', 'Lavoro completamente da remoto.'],
  ['pt', 'Trabalho 100% remoto.'],
  ['nl', 'Je werkt volledig vanuit huis.'],
  ['pl', 'Praca w pełni zdalna.'],
  ['cs', 'Práce je plně na dálku.'],
  ['sk', 'Práca je úplne na diaľku.'],
  ['hu', 'Teljesen távmunkában végezhető munka.'],
  ['ro', 'Postul este 100% de acasă.'],
  ['bg', 'Работата е изцяло дистанционна.'],
  ['el', 'Πλήρως απομακρυσμένη εργασία.'],
  ['hr', 'Rad je u potpunosti na daljinu.'],
  ['sl', 'Delo je v celoti na daljavo.'],
  ['sv', 'Tjänsten är helt på distans.'],
  ['no', 'Stillingen er 100 % fjernarbeid.'],
  ['da', 'Du arbejder fuldt ud hjemmefra.'],
  ['fi', 'Työ tehdään kokonaan etänä.'],
  ['et', 'Töö on täielikult kaugtöö.'],
  ['lv', 'Darbs ir pilnībā attālināts.'],
  ['lt', 'Darbas yra visiškai nuotolinis.'],
];

const REMOTE_IN_COUNTRY: [string, string, string][] = [
  ['en', 'Remote within Germany.', 'DE'],
  ['de', 'Remote aus ganz Österreich.', 'AT'],
  ['fr', 'Télétravail complet depuis la France.', 'FR'],
  ['es', 'Teletrabajo desde cualquier lugar de España.', 'ES'],
  ['it', 'Full remote da tutta Italia.', 'IT'],
  ['pt', 'Remoto a partir de Portugal.', 'PT'],
  ['nl', 'Volledig remote binnen Nederland.', 'NL'],
  ['pl', 'Praca zdalna – cała Polska.', 'PL'],
  ['sv', 'Distansarbete från hela Sverige.', 'SE'],
  ['fi', 'Etätyö, koko Suomi.', 'FI'],
];

const HYBRID: Row[] = [
  ['en', 'Hybrid work: two days a week at the office, the rest from home.'],
  ['de', 'Zwei Tage pro Woche Homeoffice möglich.'],
  ['fr', 'Télétravail possible deux jours par semaine.'],
  ['es', 'Modalidad híbrida: tres días en la oficina.'],
  ['it', 'Smart working due giorni a settimana.'],
  ['pt', 'Regime híbrido com dois dias por semana no escritório.'],
  ['nl', 'Hybride werken: twee dagen per week op kantoor.'],
  ['pl', 'Praca hybrydowa, 2 dni w biurze.'],
  ['cs', 'Možnost home office 2 dny v týdnu.'],
  ['sk', 'Možnosť home office 2 dni v týždni.'],
  ['hu', 'Hibrid munkavégzés, heti két nap home office.'],
  ['ro', 'Program hibrid, două zile pe săptămână la birou.'],
  ['bg', 'Хибриден модел на работа.'],
  ['el', 'Υβριδικό μοντέλο εργασίας.'],
  ['hr', 'Hibridni model rada.'],
  ['sl', 'Hibridni način dela.'],
  ['sv', 'Möjlighet att arbeta hemifrån två dagar i veckan.'],
  ['no', 'Mulighet for hjemmekontor to dager i uken.'],
  ['da', 'Mulighed for hjemmearbejde to dage om ugen.'],
  ['fi', 'Mahdollisuus etätyöhön kahtena päivänä viikossa.'],
  ['et', 'Hübriidtöö, kaks päeva nädalas kontoris.'],
  ['lv', 'Hibrīda darba modelis.'],
  ['lt', 'Hibridinis darbo modelis.'],
];

const ONSITE: Row[] = [
  ['en', 'This role is fully on-site.'],
  ['de', 'Die Tätigkeit erfolgt vor Ort in unserem Werk.'],
  ['fr', 'Poste en présentiel.'],
  ['es', 'Trabajo presencial en nuestras oficinas.'],
  ['it', 'Lavoro in presenza presso la nostra sede.'],
  ['pt', 'Trabalho presencial no escritório.'],
  ['nl', 'Je werkt op locatie bij de klant.'],
  ['pl', 'Praca stacjonarna w biurze.'],
  ['sv', 'Arbetet utförs på plats hos kunden.'],
  ['no', 'Arbeidet utføres på kontoret.'],
  ['fi', 'Työ tehdään lähityönä toimistolla.'],
  ['el', 'Εργασία με φυσική παρουσία στο γραφείο.'],
];

const REFUSED: Row[] = [
  ['en', 'No remote work.'],
  ['de', 'Kein Homeoffice möglich.'],
  ['fr', 'Pas de télétravail.'],
  ['es', 'No se permite el teletrabajo.'],
  ['it', 'Non è previsto lo smart working.'],
  ['pt', 'Não é possível trabalhar remotamente.'],
  ['nl', 'Thuiswerken is niet mogelijk.'],
  ['pl', 'Brak możliwości pracy zdalnej.'],
  ['cs', 'Práce na dálku není možná.'],
  ['hu', 'Távmunka nem lehetséges.'],
  ['el', 'Δεν υπάρχει δυνατότητα τηλεργασίας.'],
  ['sv', 'Tjänsten går inte att utföra på distans.'],
  ['no', 'Stillingen har ikke mulighet for hjemmekontor.'],
  ['da', 'Det er ikke muligt at arbejde hjemmefra.'],
  ['fi', 'Tehtävässä ei ole mahdollisuutta etätyöhön.'],
  ['et', 'Kaugtöö ei ole võimalik.'],
  ['lv', 'Attālināts darbs nav iespējams.'],
];

const ABOUT_THE_WORK: Row[] = [
  ['en', 'You will provide remote support to our customers.'],
  ['en', 'Experience with remote sensing and satellite data.'],
  ['de', 'Fernwartung und Remote-Support für unsere Kunden.'],
  ['fr', 'Assurer la surveillance à distance des installations.'],
  ['es', 'Brindar soporte remoto a los usuarios.'],
  ['it', 'Assistenza remota ai clienti.'],
  ['pt', 'Prestar suporte remoto aos clientes.'],
  ['nl', 'Bewaking op afstand van installaties.'],
  ['pl', 'Zdalne wsparcie użytkowników.'],
  ['en', 'Set up remote monitoring of our wind farms.'],
];

describe('the work model in the languages of European job ads', () => {
  it.each(REMOTE)('%s: fully remote: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('remote');
  });

  it.each(REMOTE_IN_COUNTRY)('%s: remote within a country: %s', (_lang, text, region) => {
    const e = remoteOf(text);
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe(region);
  });

  it.each(HYBRID)('%s: some days at home: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('hybrid');
  });

  it.each(ONSITE)('%s: on-site: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('onsite');
  });

  it.each(REFUSED)('%s: remote work refused is on-site: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('onsite');
  });

  it.each(ABOUT_THE_WORK)('%s: "remote" said of the work is not a work model: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('unknown');
  });
});

describe('physical work named in a title is on-site', () => {
  const read = (title: string, text = 'Apply with your CV.') => enrichPosting({ title, text });

  it.each([
    ['en', 'Warehouse Operative - night shift'],
    ['de', 'Reinigungskraft (m/w/d) in Teilzeit'],
    ['fr', 'Aide-soignant(e) de nuit'],
    ['es', 'Camarero/a para restaurante'],
    ['it', 'Cuoco capo partita'],
    ['pt', 'Cozinheiro de 2ª'],
    ['nl', 'Verpleegkundige interne geneeskunde'],
    ['pl', 'Magazynier – wózek widłowy'],
    ['cs', 'Řidič skupiny C'],
    ['hu', 'Villanyszerelő'],
    ['ro', 'Șofer distribuție'],
    ['bg', 'Готвач в ресторант'],
    ['el', 'Σερβιτόρος για εστιατόριο'],
    ['hr', 'Konobar/ica'],
    ['sv', 'Undersköterska till hemtjänsten'],
    ['no', 'Barnehagelærer 100 %'],
    ['da', 'Tømrer til byggeplads'],
    ['fi', 'Lähihoitaja, kotihoito'],
    ['et', 'Laotöötaja'],
    ['lt', 'Sandėlininkas'],
  ])('%s: %s', (_lang, title) => {
    const e = read(title);
    expect(e.remote).toBe('onsite');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', rule: 'physical work' }));
  });

  it.each([
    ['Data Warehouse Engineer'],
    ['Linux Device Driver Developer'],
    ['Inżynier elektryk'],
    ['Ingenieur Gebäudetechnik (m/w/d)'],
    ['Data Cleaning Analyst'],
  ])('a software or engineering title is not physical work: %s', (title) => {
    expect(read(title).remote).toBe('unknown');
  });

  it('the text still decides: an online teacher working from home is remote', () => {
    expect(read('English Teacher', 'Teach online, fully remote, from anywhere in Europe.').remote).toBe('remote');
  });
});

describe('an interview on site is the hiring, not the work', () => {
  it.each([
    ['de', 'Danach laden wir Dich zu einem Termin bei uns vor Ort ein.'],
    ['en', 'The final interview takes place on site.'],
    ['fr', 'Un entretien sur site clôture le processus.'],
    ['es', 'La entrevista final es presencial.'],
  ])('%s: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('unknown');
  });
});
