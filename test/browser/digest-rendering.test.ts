import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigest } from '../../shared/digest/render-digest';
import { renderConfirmation } from '../../shared/email/render-confirmation';
import type { MatchReason } from '../../shared/match/match';
import { repoDir } from '../support/fixtures';
import { labelledPosting } from '../support/labelled-postings';
import { norwegianSpeaker } from '../support/subscribers';

// A rendered digest in real Chromium, light and dark, desktop and phone width: legible (WCAG AA
// contrast for every text it shows) and no wider than the screen. Screenshots are artefacts.
const CHROMIUM = '/usr/bin/chromium';
const shots = path.join(repoDir, 'test-results/screenshots');
const REASON: MatchReason = {
  languages: ['no'],
  impliedLanguage: null,
  countries: ['PT'],
  remoteRegion: null,
  keywords: [],
};
let browser: Browser;

const digest = renderDigest({
  subscriber: norwegianSpeaker({
    criteria: { languages: ['no', 'de', 'sv'], countries: ['PT'], remote: true, keywords: [] },
  }),
  items: [
    { posting: labelledPosting('p001'), reason: { ...REASON, remoteRegion: 'PT' } },
    { posting: labelledPosting('p002'), reason: REASON },
    { posting: labelledPosting('p087'), reason: { ...REASON, languages: ['de'] } },
  ],
  unsubscribeUrl: 'https://jobs.example.com/unsubscribe?token=abc.def',
  siteUrl: 'https://jobs.example.com/',
  preferencesUrl: 'https://jobs.example.com/preferences?token=abc.def',
  notRelevantUrl: (id) => `https://jobs.example.com/not-relevant?posting=${encodeURIComponent(id)}`,
  moreCount: 4,
});

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Each text element's colour against the background it sits on (the nearest ancestor with one). */
async function textContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  const pairs = await page.$$eval('h1, h2, p, a, strong, td', (elements) =>
    elements
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim()))
      .map((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let node: Element | null = el; node; node = node.parentElement) {
          const color = getComputedStyle(node).backgroundColor;
          if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') {
            bg = color;
            break;
          }
        }
        return { text: (el.textContent ?? '').trim().slice(0, 40), fg: getComputedStyle(el).color, bg };
      }),
  );
  return pairs.map((p) => ({ text: p.text, ratio: contrastRatio(p.fg, p.bg) }));
}

describe.each([
  ['light', 'desktop', 900],
  ['light', 'phone', 390],
  ['dark', 'desktop', 900],
  ['dark', 'phone', 390],
] as const)('a digest in %s mode at %s width', (scheme, device, width) => {
  it('is legible, fits the screen and is kept as a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setContent(digest.html);
      const background = await page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(18, 20, 23)' : 'rgb(244, 245, 247)');
      const contrasts = await textContrasts(page);
      expect(contrasts.length).toBeGreaterThan(20);
      expect(contrasts.filter((c) => c.ratio < 4.5)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(shots, `digest-${scheme}-${device}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('the confirmation email in %s mode', (scheme) => {
  it('is legible in Portuguese at phone width and is kept as a screenshot', async () => {
    const { html } = renderConfirmation({
      confirmUrl: 'https://jobs.example.com/confirm?token=abc.def',
      criteria: { languages: ['no', 'da'], countries: ['PT'], remote: true, keywords: ['apoio'] },
      locale: 'pt',
    });
    const page = await browser.newPage({ viewport: { width: 390, height: 700 }, colorScheme: scheme });
    try {
      await page.setContent(html);
      expect(await page.getByRole('link', { name: 'Confirmar o meu alerta' }).isVisible()).toBe(true);
      expect((await textContrasts(page)).filter((c) => c.ratio < 4.5)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(shots, `confirmation-pt-${scheme}-phone.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
