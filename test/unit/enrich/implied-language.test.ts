import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../shared/enrich/enrich-posting';
import { impliedLanguage } from '../../../shared/posting/implied-language';
import { unknownEnrichment } from '../../../shared/posting/posting';

describe('impliedLanguage, the rule', () => {
  const silent = unknownEnrichment(true, 'da');

  it('is the ad language of a posting that states no language', () => {
    expect(impliedLanguage(silent)).toBe('da');
    expect(impliedLanguage({ ...silent, adLanguage: 'fi' })).toBe('fi');
  });

  it('is null once the ad states a required language or a one-of group, English included', () => {
    expect(impliedLanguage({ ...silent, requiredLanguages: [{ code: 'en', level: null }] })).toBeNull();
    expect(impliedLanguage({ ...silent, requiredLanguages: [{ code: 'da', level: 'C1' }] })).toBeNull();
    expect(impliedLanguage({ ...silent, requiredOneOf: [['sv', 'no', 'da']] })).toBeNull();
  });

  it('is null when the ad language is unknown or the document is not a posting', () => {
    expect(impliedLanguage({ ...silent, adLanguage: null })).toBeNull();
    expect(impliedLanguage({ ...silent, isPosting: false })).toBeNull();
  });
});

// Ads that ask for no language, each in its own language.
const silentAds = [
  {
    language: 'da',
    title: 'Lagermedarbejder til vores lager i Odense',
    text: 'Vi søger en lagermedarbejder på fuld tid. Du skal pakke ordrer og modtage varer. Vi tilbyder en god løn og gode kolleger. Send din ansøgning i dag.',
  },
  {
    language: 'de',
    title: 'Verkäufer (m/w/d) für unsere Filiale in Leipzig',
    text: 'Wir suchen ab sofort einen Verkäufer in Vollzeit. Ihre Aufgaben: Beratung der Kunden, Kasse und Warenpflege. Wir bieten ein unbefristetes Arbeitsverhältnis und ein gutes Team. Bewerben Sie sich jetzt.',
  },
  {
    language: 'pt',
    title: 'Rececionista de hotel em Faro',
    text: 'Procuramos um rececionista para o nosso hotel. As suas funções: atender os hóspedes, fazer o check-in e responder a pedidos. Oferecemos contrato sem termo e uma equipa simpática. Envie a sua candidatura.',
  },
  {
    language: 'sv',
    title: 'Butikssäljare till vår butik i Umeå',
    text: 'Vi söker en säljare på heltid. Du kommer att hjälpa våra kunder, sköta kassan och fylla på varor. Vi erbjuder en trevlig arbetsplats och bra villkor. Skicka din ansökan redan idag.',
  },
];

describe('enrichPosting and what an ad implies', () => {
  it.each(silentAds)('an ad in $language that asks for no language implies its own, and says why', (ad) => {
    const e = enrichPosting(ad);
    expect(e).toMatchObject({ isPosting: true, adLanguage: ad.language, requiredLanguages: [], requiredOneOf: [] });
    expect(e.impliedLanguage).toBe(ad.language);
    expect(e.evidence.filter((x) => x.field === 'impliedLanguage')).toEqual([
      { field: 'impliedLanguage', value: ad.language, quote: ad.title, rule: 'ad language, no language stated' },
    ]);
  });

  it('implies nothing for an ad that asks for a language, and keeps no evidence for it', () => {
    const ad = silentAds[0] as (typeof silentAds)[number];
    const e = enrichPosting({ ...ad, text: `${ad.text}\nDu taler og skriver flydende engelsk.` });
    expect(e.requiredLanguages.map((l) => l.code)).toEqual(['en']);
    expect(e.impliedLanguage).toBeNull();
    expect(e.evidence.some((x) => x.field === 'impliedLanguage')).toBe(false);
  });

  it('quotes the first line of the text when the ad has no title of its own', () => {
    const ad = silentAds[1] as (typeof silentAds)[number];
    const e = enrichPosting({ title: '', text: `\n\n  ${ad.title}\n${ad.text}` });
    expect(e.impliedLanguage).toBe('de');
    expect(e.evidence.find((x) => x.field === 'impliedLanguage')?.quote).toBe(ad.title);
  });

  it('implies nothing for a document that is not a posting, or one with no text to read', () => {
    const article = enrichPosting({
      title: 'Fem ting jeg lærte, da jeg flyttede til Lissabon',
      text: 'Da jeg flyttede til Lissabon sidste år, vidste jeg ikke meget om byen. Her er fem ting, jeg lærte om at bo og leve der, om maden, om folk og om vejret.',
    });
    expect(article.isPosting).toBe(false);
    expect(article.impliedLanguage).toBeNull();
    expect(enrichPosting({ title: '', text: '' }).impliedLanguage).toBeNull();
  });
});
