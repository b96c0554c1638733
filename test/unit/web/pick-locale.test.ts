import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../shared/i18n';

describe('pickLocale', () => {
  it('takes the ?lang= value when it is a language we speak', () => {
    expect(pickLocale('de-DE,de;q=0.9', 'fi')).toBe('fi');
    expect(pickLocale(undefined, 'NB')).toBe('no');
  });

  it('ignores an unknown ?lang= and reads Accept-Language by preference', () => {
    expect(pickLocale('xx;q=1, sv;q=0.5, da;q=0.8', 'zz')).toBe('da');
    expect(pickLocale('ja, pt-BR;q=0.7')).toBe('pt');
  });

  it('counts Bokmål, Nynorsk and Norwegian with a region as Norwegian', () => {
    expect(pickLocale('nb-NO')).toBe('no');
    expect(pickLocale('nn')).toBe('no');
    expect(pickLocale('no-NO,en;q=0.5')).toBe('no');
  });

  it('skips languages the visitor refused with q=0', () => {
    expect(pickLocale('fr;q=0, es;q=0.2')).toBe('es');
  });

  it('falls back to English for nothing, garbage or a huge header', () => {
    expect(pickLocale()).toBe('en');
    expect(pickLocale(';;;,,q=abc')).toBe('en');
    expect(pickLocale(`${'x-'.repeat(5000)}, de`)).toBe('en');
  });
});
