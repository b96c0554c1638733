import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJobPage } from '../../../shared/adapters/sources/job-page';
import { jobviteJobPage } from '../../../shared/adapters/sources/jobvite-job-page';
import { successFactorsJobPage } from '../../../shared/adapters/sources/successfactors-job-page';

// Synthetic job pages of our own, in each platform's markup (no real one is recorded).
const fixtures = new URL('../../fixtures/sources/', import.meta.url);
let jsonLdPage: string;
let successFactorsPage: string;

beforeAll(async () => {
  jsonLdPage = await readFile(new URL('jobvite/job-page-json-ld.html', fixtures), 'utf8');
  successFactorsPage = await readFile(new URL('successfactors/job-page.html', fixtures), 'utf8');
});

describe('a job page', () => {
  it('is read from its JSON-LD first, the markup’s places kept beside for the adapter to weigh', () => {
    const page = readJobPage(jsonLdPage, jobviteJobPage);
    expect(page.text).toMatch(/^Help our customers across Europe/);
    expect(page.places).toEqual(['Kraków, Poland']);
    expect(page.markupPlaces).toEqual(['Krakow, Poland']);
  });

  it('falls back to the description element when the JSON-LD has no description', () => {
    const bare = jsonLdPage.replace(/"description": "[^"]*",/, '');
    expect(bare).not.toBe(jsonLdPage);
    const page = readJobPage(bare, jobviteJobPage);
    expect(page.text).toBe('The same ad, as the page shows it.');
    expect(page.places).toEqual(['Kraków, Poland']);
    expect(page.remoteHint).toBe('remote');
  });

  it('reads each jobLocation of a SuccessFactors page as one place', () => {
    const second =
      '<span itemprop="jobLocation" itemscope><span itemprop="address" itemscope>' +
      '<meta itemprop="addressLocality" content="Porto"><meta itemprop="addressCountry" content="PT"></span></span>';
    const page = readJobPage(
      successFactorsPage.replace('<div class="job">', `${second}<div class="job">`),
      successFactorsJobPage,
    );
    expect(page.markupPlaces).toEqual(['Lisbon, Lisboa, Portugal', 'Porto, Portugal']);
  });

  it('gives no text when neither the JSON-LD nor the platform’s element holds any', () => {
    const page = readJobPage('<html><body><div class="jobdescription">  </div></body></html>', successFactorsJobPage);
    expect(page).toEqual({ text: '', places: [], markupPlaces: [] });
  });

  it('reads a page nested far deeper than any real one without overflowing', () => {
    const deep = `<span class="jobdescription">${'<div>'.repeat(50_000)}Deep ad${'</div>'.repeat(50_000)}</span>`;
    expect(readJobPage(deep, successFactorsJobPage).text).toBe('Deep ad');
  });
});
