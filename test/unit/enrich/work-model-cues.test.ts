import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Work-model words whose neighbours change their meaning: a hybrid mix of skills, flexible hours,
// "Hybrid - Remote" in a title, presence in the office, a "Remote" / "No" field dump.
const enrich = (title: string, text: string, locationText?: string) =>
  enrichPosting({ title, text, ...(locationText ? { locationText } : {}) });

describe('work-model words read with their neighbours', () => {
  it.each([
    ['en', 'This is a hybrid of product design and frontend engineering.'],
    ['en', 'A hybrid role for someone who enjoys both analytics and hands-on campaign work.'],
    ['de', 'Die Stelle ist ein Hybrid aus Vertrieb und technischer Beratung.'],
    ['es', 'Un puesto híbrido entre ventas y soporte técnico.'],
  ])('%s: a hybrid of skills says nothing of where one works: %s', (_lang, text) => {
    expect(enrich('Growth Engineer', text).remote).toBe('unknown');
  });

  it.each([
    ['en', 'We offer a hybrid model: three days in the office, two from home.'],
    ['de', 'Hybrides Arbeiten zwischen Büro und Homeoffice.'],
  ])('%s: hybrid work between office and home stays hybrid', (_lang, text) => {
    expect(enrich('Engineer', text).remote).toBe('hybrid');
  });

  it.each([
    ['en', 'Fully distributed team. Remote collaboration with flexible hours.'],
    ['en', 'Remote cooperation with a flexible workflow and async updates.'],
    ['de', 'Remote-Arbeit mit flexiblen Arbeitszeiten.'],
    ['fr', 'Télétravail avec horaires flexibles.'],
  ])('%s: remote work with flexible hours is remote, not hybrid', (_lang, text) => {
    expect(enrich('Support Specialist', text).remote).toBe('remote');
  });

  it.each([
    ['en', 'Remote work with flexibility to come in some days.'],
    ['de', 'Teilweise Remote-Arbeit möglich.'],
  ])('%s: remote some of the time stays hybrid', (_lang, text) => {
    expect(enrich('Engineer', text).remote).toBe('hybrid');
  });

  it.each([['Senior Developer (m/w/d) - Hybrid - Remote'], ['Data Analyst | Remote / Hybrid']])(
    'reads the title %j as hybrid',
    (title) => {
      expect(enrich(title, 'We build accounting software for small firms.').remote).toBe('hybrid');
    },
  );

  it('still reads "remote or hybrid" as the worker choosing, remote', () => {
    expect(enrich('Data Analyst - Remote or Hybrid', 'We build accounting software.').remote).toBe('remote');
  });

  it.each([
    ['de', 'Arbeitsalltag: Anwesenheit im Büro erforderlich.'],
    ['de', 'Präsenz vor Ort in Stuttgart ist Voraussetzung.'],
    ['en', 'Daily presence in the office is required.'],
    ['fr', 'Présence sur site obligatoire.'],
    ['it', 'È richiesta la presenza in ufficio.'],
  ])('%s: presence in the office is on-site', (_lang, text) => {
    expect(enrich('Praktikant', text).remote).toBe('onsite');
  });

  it('reads presence in the office two days a week as hybrid', () => {
    expect(enrich('Engineer', 'Presence in the office two days a week, the rest from home.').remote).toBe('hybrid');
  });

  it.each([
    ['No', 'onsite'],
    ['Nein', 'onsite'],
    ['Yes', 'remote'],
  ])('reads a "Remote" line followed by %j as %s', (value, policy) => {
    const text = `Job ID:\n\nR123\n\nRemote:\n\n${value}\n\nJob Schedule:\n\nFull time`;
    expect(enrich('Maintenance Technician', text).remote).toBe(policy);
  });
});

describe('a country right before "Remote" at the end of a title', () => {
  it.each([
    ['Senior Engineer, Storage - US Remote', 'US'],
    ['Account Executive - Germany Remote', 'DE'],
    ['Ingeniero de datos - España Remote', 'ES'],
  ])('reads %j as remote within %s', (title, region) => {
    const e = enrich(title, 'Join our infrastructure team.');
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe(region);
  });

  it('does not take "IT" in "IT Remote Support Lead" for Italy', () => {
    expect(enrich('IT Remote Support Lead', 'Help our staff.').remoteRegion).not.toBe('IT');
  });
});

describe('remote-work compounds', () => {
  it.each([
    ['fi', 'Asiakaspalvelija', 'Tehtävä on etätyötehtävä, ja voit asua missä tahansa Suomessa.'],
    ['fr', 'Conseiller clientèle', 'Poste en télétravail complet, partout en France.'],
    ['de', 'Kundenberater', 'Die Stelle ist eine Teleworkingstelle, von überall in Deutschland.'],
  ])('%s: a compound that starts with a remote word reads as remote: %s', (_lang, title, sentence) => {
    expect(enrich(title, `${title}\n${sentence}\nApply now with your CV.`).remote).toBe('remote');
  });
});
