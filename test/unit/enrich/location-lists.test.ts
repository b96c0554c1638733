import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';

// A board's location field listing several countries, or a town with its state code before the country.
const enrich = (locationText: string, text = 'We are hiring a backend engineer to build our payment services.') =>
  enrichPosting({ title: 'Backend Engineer', text, locationText });

describe('country lists in a location field', () => {
  it.each([
    ['Hong Kong, Singapore, Taiwan', 'HK,SG,TW'],
    ['Macau, Taiwan', 'MO,TW'],
    ['Brazil, Turkey, Vietnam, Poland', 'BR,PL,TR,VN'],
    ['Brasilien, Türkei, Vietnam', 'BR,TR,VN'],
  ])('reads every country of %j, none as a town', (location, region) => {
    const e = enrichPosting({ title: 'Support Agent', text: 'Fully remote support role.', locationText: location });
    expect(e.remoteRegion).toBe(region);
    expect(e.cities).toEqual([]);
  });

  it('reads an office job in Hong Kong as in the country Hong Kong, not a town of China', () => {
    const e = enrichPosting({ title: 'Analyst', text: 'Join our office team.', locationText: 'Hong Kong' });
    expect(e.countries).toEqual(['HK']);
  });

  it('reads a remote role open in a list of countries as that region', () => {
    const e = enrichPosting({
      title: 'Data Annotator',
      text: 'This is a fully remote position.',
      locationText: 'Chile, Turkey, Vietnam, Hong Kong',
    });
    expect(e.remote).toBe('remote');
    expect(e.remoteRegion).toBe('CL,HK,TR,VN');
  });
});

describe('a state or province code between a town and its country', () => {
  it.each([
    ['Gerlingen, BW, Germany', ['DE']],
    ['Pune, MH, IN, 411014', ['IN']],
    ['Chennai, TN, India', ['IN']],
    ['Munich, BY, Germany', ['DE']],
    ['Toronto, ON, Canada', ['CA']],
  ])('reads %j as the country alone', (location, codes) => {
    expect(enrich(location).countries).toEqual(codes);
  });

  it.each([
    ['DE, AT, CH', ['AT', 'CH', 'DE']],
    ['Germany, AT, CH', ['AT', 'CH', 'DE']],
    ['Berlin, DE', ['DE']],
  ])('still reads the codes of %j as countries', (location, codes) => {
    expect([...enrich(location).countries].sort()).toEqual(codes);
  });

  it('reads "Remote, DE, AT" as a remote region of two countries', () => {
    expect(enrich('Remote, DE, AT').remoteRegion).toBe('AT,DE');
  });
});
