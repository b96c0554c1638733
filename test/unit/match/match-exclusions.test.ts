import { describe, expect, it } from 'vitest';
import { matchPosting } from '../../../shared/match/match-posting';
import { type Enrichment, unknownEnrichment } from '../../../shared/posting/posting';
import { type Criteria, criteriaSchema, preferencesSchema } from '../../../shared/subscriber/subscriber';

const NOW = new Date('2026-11-23T10:00:00Z');

const enrichment = (over: Partial<Enrichment>): Enrichment => ({ ...unknownEnrichment(true, 'en'), ...over });
const norwegianInLisbon = (title: string, text: string, company?: string) => ({
  title,
  text,
  company,
  enrichment: enrichment({ requiredLanguages: [{ code: 'no', level: null }], countries: ['PT'] }),
});
const criteria = (c: Partial<Criteria>): Criteria =>
  criteriaSchema.parse({ languages: ['no'], countries: ['PT'], ...c });

describe('excluded keywords', () => {
  const salesJob = norwegianInLisbon('Norwegian-speaking Sales Agent', 'Outbound calls to customers in Norway.');

  it('drop a posting that names one, in any case', () => {
    expect(matchPosting(criteria({ excludeKeywords: ['sales'] }), salesJob, NOW)).toBeNull();
    expect(matchPosting(criteria({ excludeKeywords: ['OUTBOUND'] }), salesJob, NOW)).toBeNull();
  });

  it('count only whole words: excluding "call" keeps a posting about "calls"', () => {
    expect(matchPosting(criteria({ excludeKeywords: ['call'] }), salesJob, NOW)).not.toBeNull();
  });

  it('win over an included keyword the same posting holds', () => {
    expect(matchPosting(criteria({ keywords: ['agent'], excludeKeywords: ['sales'] }), salesJob, NOW)).toBeNull();
  });

  it('leave a posting alone when none is named, and absent exclusions exclude nothing', () => {
    expect(matchPosting(criteria({ excludeKeywords: ['night shift'] }), salesJob, NOW)).not.toBeNull();
    expect(matchPosting(criteria({}), salesJob, NOW)).not.toBeNull();
  });
});

describe('excluded companies', () => {
  const job = norwegianInLisbon('Customer support', 'Help our Nordic customers.', 'Teleperformance Portugal');

  it('drop a posting from that company whatever the case of either name', () => {
    expect(matchPosting(criteria({ excludeCompanies: ['teleperformance'] }), job, NOW)).toBeNull();
    expect(matchPosting(criteria({ excludeCompanies: ['TELEPERFORMANCE PORTUGAL'] }), job, NOW)).toBeNull();
  });

  it('do not drop a company whose name merely starts with the same letters', () => {
    expect(matchPosting(criteria({ excludeCompanies: ['Tele'] }), job, NOW)).not.toBeNull();
  });

  it('do not drop a posting that names no company', () => {
    const anonymous = norwegianInLisbon('Customer support', 'Help our Nordic customers.');
    expect(matchPosting(criteria({ excludeCompanies: ['Teleperformance'] }), anonymous, NOW)).not.toBeNull();
  });

  it('are optional in the criteria and validated like keywords', () => {
    expect(criteriaSchema.parse({ languages: ['no'] }).excludeCompanies).toBeUndefined();
    const bad = preferencesSchema.safeParse({ languages: ['no'], remote: true, excludeCompanies: ['x'.repeat(101)] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['excludeCompanies', 0]);
  });
});
