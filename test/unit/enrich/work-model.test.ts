import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

const remoteOf = (text: string, title = 'Engineer', remoteHint?: 'remote' | 'hybrid' | 'onsite') =>
  enrichPosting({ title, text, ...(remoteHint ? { remoteHint } : {}) });

describe('remote, hybrid or on-site, as a careful reader decides', () => {
  it.each([
    ['de', 'Du arbeitest in unserem Büro in Hamburg oder von zu Hause, mit regelmäßigen Besuchen im Büro.'],
    ['fr', 'Poste basé sur notre site de Lyon, ou en télétravail avec une présence régulière sur site.'],
    ['en', 'You work from our Leeds office or from home, with regular visits to the office.'],
  ])('%s: home work with regular office visits is hybrid', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('hybrid');
  });

  it.each([
    ['sk', 'Ponúkame: home office, stravné lístky, 25 dní dovolenky. Pracovisko: Košice.'],
    ['de', 'Wir bieten: Homeoffice, Jobticket und 30 Tage Urlaub. Arbeitsort: Köln.'],
    ['no', 'Du jobber fra hjemmekontor eller fra kontoret vårt i Bergen.'],
  ])('%s: an office job that allows home office is hybrid', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('hybrid');
  });

  it.each([
    ['pl', 'Praca stacjonarna, hybrydowa lub zdalna – wybierasz sam.'],
    ['en', 'Work on-site, hybrid or remote: your choice.'],
    ['es', 'Trabajo presencial o remoto, como prefieras.'],
  ])('%s: a choice that includes remote is remote', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('remote');
  });

  it.each([
    ['de', 'Arbeiten, von wo Du willst – im Homeoffice oder in unserem Büro in Leipzig.'],
    ['nl', 'Een fijne werkplek in ons kantoor in Utrecht, maar thuis werken kan ook altijd.'],
  ])('%s: home work the worker may always choose is remote', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('remote');
  });

  it.each([
    ['en', 'You will provide remote support to customers from our service centre in Porto. Work is on-site.'],
    ['en', 'Install and maintain remote monitoring equipment at wind farms.'],
    ['es', 'Configurar el acceso remoto de los clientes desde nuestra oficina en Sevilla.'],
    ['en', 'We have offices in Oslo and Riga and a few remote team members.'],
  ])('%s: "remote" about the work, not the worker, is not remote', (_lang, text) => {
    expect(remoteOf(text).remote).not.toBe('remote');
  });

  it.each([
    ['en', 'We are not recruiting remotely for this position. Location: Vienna.'],
    ['es', 'Teletrabajo parcial, no es total.'],
  ])('%s: negated or partial remote work is not remote', (_lang, text) => {
    expect(remoteOf(text).remote).not.toBe('remote');
  });

  it.each([
    ['en', 'This role will be based in London.'],
    ['de', 'Arbeitsort: Hauptstraße 12, 50667 Köln'],
    ['sv', 'Företaget är beläget i Uppsala och har kontor i Stockholm och Malmö.'],
    ['fr', 'Nous prenons en charge les frais de déménagement pour les candidats venant à Lyon.'],
  ])('%s: a place alone says nothing of the work model: %s', (_lang, text) => {
    expect(remoteOf(text).remote).toBe('unknown');
  });

  it.each([
    ['en', 'A modern office in central Porto with excellent public transport connections.'],
    ['sv', 'Du sitter på vårt kontor i Göteborg med fri parkering.'],
    ['da', 'Vil du flytte til Aalborg for at arbejde i et stærkt team?'],
  ])('%s: an office one commutes to, or a move there to work, is on-site: %s', (_lang, text) => {
    const e = remoteOf(text);
    expect(e.remote).toBe('onsite');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', value: 'onsite' }));
  });

  it('a remote title outweighs flexible hours in the body', () => {
    const e = remoteOf('Remote working and flexible work schedules.', 'Senior Engineer (Remote)');
    expect(e.remote).toBe('remote');
    expect(e.evidence).toContainEqual(expect.objectContaining({ field: 'remote', value: 'remote', rule: 'title' }));
  });

  it("the source's workplace field counts when the text says nothing, and the text wins when it does", () => {
    const silent = remoteOf('We build payment software.', 'Engineer', 'remote');
    expect(silent.remote).toBe('remote');
    expect(silent.evidence).toContainEqual(expect.objectContaining({ field: 'remote', rule: 'source field' }));
    expect(remoteOf('This is a hybrid role: three days in our Madrid office.', 'Engineer', 'remote').remote).toBe(
      'hybrid',
    );
  });

  it('quotes the words that decided the work model', () => {
    const e = remoteOf('Hybrid: two days a week in our Lisbon office.');
    expect(e.evidence).toContainEqual(
      expect.objectContaining({ field: 'remote', value: 'hybrid', quote: expect.stringContaining('Hybrid') }),
    );
  });
});
