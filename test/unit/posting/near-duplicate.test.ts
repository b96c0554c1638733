import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../shared/adapters/sources/html-to-plain-text';
import {
  isNearDuplicate,
  nearDuplicateKey,
  nearDuplicateThreshold,
  postingSimilarity,
} from '../../../shared/posting/near-duplicate';
import { type Enrichment, unknownEnrichment } from '../../../shared/posting/posting';
import { fixturesDir, seedsDir } from '../../support/fixtures';

const seed = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');
const seedFiles = [
  '000_1749e7e31bab95be.txt',
  '001_d53701c465218936.txt',
  '002_e26d09193e706b28.txt',
  '003_2eab9346ffdadcc4.txt',
  '004_0fc16f87b38e3819.txt',
];

/** The text with its middle sentence replaced: an agency's repost. */
function withOneSentenceChanged(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const middle = Math.floor(sentences.length / 2);
  sentences[middle] = 'We also offer a relocation package and a friendly team.';
  return sentences.join(' ');
}

interface LeverPosting {
  text: string;
  descriptionPlain: string;
  lists: { text: string; content: string }[];
  additionalPlain: string;
}
const [analytics, ci] = JSON.parse(
  readFileSync(path.join(fixturesDir, 'sources/lever/metabase-remote-postings.json'), 'utf8'),
) as LeverPosting[];
const leverText = (p: LeverPosting) =>
  [p.descriptionPlain, ...p.lists.map((l) => `${l.text}\n${htmlToPlainText(l.content)}`), p.additionalPlain].join('\n');

const facts: Enrichment = { ...unknownEnrichment(true, 'en'), countries: ['PT'], remote: 'remote' };
const posting = (title: string, text: string, enrichment = facts) => ({ title, text, enrichment });

describe('near-duplicates', () => {
  it.each(seedFiles)('a repost of %s with one sentence changed is a near-duplicate', (file) => {
    const text = seed(file);
    expect(isNearDuplicate(posting('Support', text), posting('Support', withOneSentenceChanged(text)))).toBe(true);
  });

  it('two different jobs of the same company, under the same title, are not', () => {
    const a = posting('Engineer', leverText(analytics as LeverPosting));
    const b = posting('Engineer', leverText(ci as LeverPosting));
    expect(postingSimilarity(a, b)).toBeLessThan(nearDuplicateThreshold);
    expect(isNearDuplicate(a, b)).toBe(false);
  });

  it('different founding documents are far apart', () => {
    for (const a of seedFiles) {
      for (const b of seedFiles.filter((f) => f !== a)) {
        expect(postingSimilarity(posting('X', seed(a)), posting('X', seed(b)))).toBeLessThan(0.1);
      }
    }
  });

  it('the same text for another country is not collapsed: it matches other subscribers', () => {
    const text = seed('000_1749e7e31bab95be.txt');
    expect(isNearDuplicate(posting('Support', text), posting('Support', text, { ...facts, countries: ['ES'] }))).toBe(
      false,
    );
  });

  it('gathers candidates by title, whatever its case and punctuation', () => {
    expect(nearDuplicateKey('Norwegian-Speaking  Customer Care!')).toBe(
      nearDuplicateKey('norwegian speaking customer care'),
    );
  });

  it('gathers candidates by title whatever a board adds: bracketed notes and the work model', () => {
    const key = nearDuplicateKey('Danish back office');
    expect(nearDuplicateKey('Danish Back-Office (m/w/d)')).toBe(key);
    expect(nearDuplicateKey('[Remote] Danish back office')).toBe(key);
    expect(nearDuplicateKey('Danish back office – hybrid')).toBe(key);
    expect(nearDuplicateKey('Back office danés (remoto)')).not.toBe(key);
    expect(nearDuplicateKey('Danish back office lead')).not.toBe(key);
  });

  it('keeps a title that is nothing but a note', () => {
    expect(nearDuplicateKey('(Remote)')).toBe('remote');
  });
});
