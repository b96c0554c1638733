import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// Some job APIs hand over a title and structured fields with a stub for the text: the record is still a job.
describe('a job source record whose text is a stub', () => {
  it.each([
    ['Principal Research Scientist', '...', { locationText: 'Austin, TX, US, 78701' }],
    ['Inside Sales Contractor', 'About Us', { remoteHint: 'remote' as const }],
    ['Sachbearbeiter Buchhaltung (m/w/d)', 'Über uns', { locationText: '50667 Köln, Deutschland' }],
    ['Chargé de clientèle', '', { locationText: 'Lyon, France' }],
  ])('reads %j as a posting', (title, text, fields) => {
    const e = enrichPosting({ title, text, ...fields });
    expect(e.isPosting).toBe(true);
    expect(e.evidence?.find((x) => x.field === 'isPosting')?.rule).toBe('title from a job source');
  });

  it('reads the place of such a record from its location field', () => {
    const e = enrichPosting({ title: 'Research Scientist', text: '...', locationText: 'Richardson, TX, US, 75080' });
    expect(e.countries).toEqual(['US']);
  });

  it('still rejects a stub without any source field', () => {
    expect(enrichPosting({ title: 'Principal Research Scientist', text: '...' }).isPosting).toBe(false);
  });

  it('still rejects a headline with a stub, even from a source with a location', () => {
    const e = enrichPosting({ title: 'Top 5 reasons to move to Lyon', text: 'About Us', locationText: 'Lyon, France' });
    expect(e.isPosting).toBe(false);
  });

  it('judges a long text by its words, not by the source fields', () => {
    const text =
      'By Jane Doe, staff reporter. The city council met on Tuesday to discuss the new tram line. ' +
      '"We are delighted," said the mayor. Photo: John Smith. Residents said they welcomed the plan. '.repeat(3);
    expect(enrichPosting({ title: 'Council approves tram line', text, locationText: 'Leeds' }).isPosting).toBe(false);
  });
});
