import { describe, expect, it } from 'vitest';
import { criteriaSchema } from '../../../shared/subscriber/subscriber';
import { renderCheckInboxPage } from '../../../web/pages/check-inbox-page';
import { renderConfirmedPage } from '../../../web/pages/confirmed-page';
import { renderErrorPage } from '../../../web/pages/error-page';
import { renderSignupPage } from '../../../web/pages/signup-page';
import { renderUnsubscribePage } from '../../../web/pages/unsubscribe-page';
import { renderUnsubscribedPage } from '../../../web/pages/unsubscribed-page';

const EVIL = '"><script>alert(1)</script>';

/** Every opening tag of the given names, with its attributes. */
function tags(html: string, ...names: string[]): { name: string; attrs: Record<string, string> }[] {
  const pattern = new RegExp(`<(${names.join('|')})\\b([^>]*)>`, 'g');
  return [...html.matchAll(pattern)].map((m) => ({
    name: m[1] as string,
    attrs: Object.fromEntries(
      [...(m[2] as string).matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1] as string, a[2] ?? '']),
    ),
  }));
}

function expectNoInjectedScript(html: string): void {
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toMatch(/"><script/);
}

describe('every page', () => {
  const pages = {
    signup: renderSignupPage(),
    checkInbox: renderCheckInboxPage(),
    confirmed: renderConfirmedPage(),
    unsubscribe: renderUnsubscribePage({ action: '/unsubscribe?token=a.b' }),
    unsubscribed: renderUnsubscribedPage(),
    error: renderErrorPage(400, 'This link is not valid.'),
  };

  it.each(Object.entries(pages))('%s is a whole document with a language, a title and a viewport', (_, html) => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
  });

  it.each(Object.entries(pages))('%s loads nothing from elsewhere', (_, html) => {
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|@import|url\(/);
  });
});

describe('renderSignupPage', () => {
  it('posts a plain form to /subscribe, and switches its language with a plain GET', () => {
    const forms = tags(renderSignupPage(), 'form').map((f) => f.attrs);
    expect(forms).toContainEqual(expect.objectContaining({ method: 'post', action: '/subscribe' }));
    expect(forms).toContainEqual(expect.objectContaining({ method: 'get', action: '/' }));
  });

  it('has a label for every input a person fills in', () => {
    const html = renderSignupPage({ errors: { email: 'must be an email address' } });
    const fields = tags(html, 'input', 'select', 'textarea').filter((t) => t.attrs.type !== 'hidden');
    expect(fields.length).toBeGreaterThanOrEqual(9);
    const labelled = new Set(tags(html, 'label').map((l) => l.attrs.for));
    for (const field of fields) {
      expect(field.attrs.id, `${field.name} ${field.attrs.name}`).toBeTruthy();
      expect(labelled.has(field.attrs.id), `label for #${field.attrs.id}`).toBe(true);
    }
  });

  it('offers the 24 EU languages and eight more, named in English, as a multi-select', () => {
    const html = renderSignupPage();
    const select = html.slice(
      html.indexOf('<select id="languages"'),
      html.indexOf('</select>', html.indexOf('<select id="languages"')),
    );
    expect(select).toContain('name="languages" multiple');
    const values = tags(select, 'option').map((o) => o.attrs.value);
    expect(values).toHaveLength(32);
    expect(values).toEqual(expect.arrayContaining(['no', 'ga', 'mt', 'uk', 'ja']));
    expect(select).toContain('<option value="no">Norwegian</option>');
    expect(select).toContain('<option value="el">Greek</option>');
  });

  it('offers European countries and a few others', () => {
    const html = renderSignupPage();
    expect(html).toContain('<option value="PT">Portugal</option>');
    expect(html).toContain('<option value="NO">Norway</option>');
    expect(html).toContain('<option value="US">United States</option>');
    expect(html).toContain('name="countries" multiple');
  });

  it('defaults to a daily email at 08:00, UTC until the script finds the browser’s time zone', () => {
    const html = renderSignupPage();
    expect(html).toContain('id="frequency-daily" name="frequency" type="radio" value="daily" checked');
    expect(html).toContain('<option value="8" selected>08:00</option>');
    expect(html).toContain('<input type="hidden" id="timeZone" name="timeZone" value="UTC">');
    expect(html).toContain('Intl.DateTimeFormat().resolvedOptions().timeZone');
  });

  it('fills the form in again with what was sent', () => {
    const html = renderSignupPage({
      values: {
        email: 'ola@example.com',
        languages: ['no', 'da'],
        countries: ['PT'],
        remote: true,
        keywords: ['support', 'billing'],
        frequency: 'weekly',
        hour: 18,
        timeZone: 'Europe/Oslo',
      },
    });
    expect(html).toContain('value="ola@example.com"');
    expect(html).toContain('<option value="no" selected>Norwegian</option>');
    expect(html).toContain('<option value="da" selected>Danish</option>');
    expect(html).toContain('<option value="PT" selected>Portugal</option>');
    expect(html).toContain('name="remote" type="checkbox" value="true" checked');
    expect(html).toContain('value="support, billing"');
    expect(html).toContain('value="weekly" checked');
    expect(html).toContain('<option value="18" selected>18:00</option>');
    expect(html).toContain('value="Europe/Oslo"');
  });

  it('shows each error next to its field and ties it to the field for screen readers', () => {
    const html = renderSignupPage({
      errors: { email: 'must be an email address such as "you@example.com"', countries: 'name at least one country' },
    });
    const email = tags(html, 'input').find((t) => t.attrs.id === 'email');
    expect(email?.attrs).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'email-error' });
    expect(html).toMatch(
      /id="email"[^>]*>\n<p class="error" id="email-error">must be an email address such as &quot;you@example.com&quot;<\/p>/,
    );
    expect(html).toMatch(/<\/select>\n<p class="error" id="countries-error">name at least one country<\/p>/);
    expect(html).toContain('role="alert"');
    const languages = tags(html, 'select').find((t) => t.attrs.id === 'languages');
    expect(languages?.attrs['aria-invalid']).toBeUndefined();
  });

  it('escapes every value and message it shows', () => {
    const html = renderSignupPage({
      values: { email: EVIL, keywords: [EVIL], timeZone: EVIL, languages: [EVIL], countries: [EVIL] },
      errors: { email: EVIL, form: EVIL, [EVIL]: EVIL },
    });
    expectNoInjectedScript(html);
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('the other pages', () => {
  it('check-inbox escapes the address and says the same for any address', () => {
    const html = renderCheckInboxPage({ email: EVIL });
    expectNoInjectedScript(html);
    const known = renderCheckInboxPage({ email: 'known@example.com' });
    const unknown = renderCheckInboxPage({ email: 'unknown@example.com' });
    expect(known.replace('known@example.com', 'X')).toBe(unknown.replace('unknown@example.com', 'X'));
  });

  it('confirmed page describes the alert and escapes keywords', () => {
    const criteria = criteriaSchema.parse({ languages: ['no'], countries: ['PT'], keywords: [EVIL] });
    const html = renderConfirmedPage({ criteria, frequency: 'daily' });
    expectNoInjectedScript(html);
    expect(html).toContain('jobs that need Norwegian, in Portugal');
    expect(html).toContain('once a day');
  });

  it('unsubscribe page posts to the URL it was opened at, token included, and submits nothing by itself', () => {
    const action = '/unsubscribe?token=eyJwIjoidW5zdWJzY3JpYmUifQ.abc_-&lang=en';
    const html = renderUnsubscribePage({ action });
    const forms = tags(html, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]?.attrs.method).toBe('post');
    expect(forms[0]?.attrs.action?.replaceAll('&amp;', '&')).toBe(action);
    expect(html).toMatch(/<button type="submit">Unsubscribe<\/button>/);
    expect(html).not.toMatch(/<script|onload|http-equiv="refresh"|\.submit\(/i);
  });

  it('unsubscribe page escapes a hostile URL and refuses one on another host or scheme', () => {
    expectNoInjectedScript(renderUnsubscribePage({ action: `/unsubscribe?token=${EVIL}` }));
    expect(() => renderUnsubscribePage({ action: 'javascript:alert(1)' })).toThrow(/action/);
    expect(() => renderUnsubscribePage({ action: '//evil.example.com/x' })).toThrow(/action/);
  });

  it('error page shows the message readably, escaped', () => {
    const html = renderErrorPage(400, 'This link is not valid. It may have been cut off by your email program.');
    expect(html).toContain('<h1>This link or form is not valid</h1>');
    expect(html).toContain('It may have been cut off');
    expectNoInjectedScript(renderErrorPage(500, EVIL));
    expect(renderErrorPage(500, 'x')).toContain('Something went wrong on our side');
  });
});

describe('pages in the visitor’s language', () => {
  it('names languages and countries in that language, sorted the way it sorts', () => {
    const html = renderSignupPage({ locale: 'de' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<option value="no">Norwegisch</option>');
    expect(html).toContain('<option value="NL">Niederlande</option>');
    const countries = html.slice(
      html.indexOf('<select id="countries"'),
      html.indexOf('</select>', html.indexOf('<select id="countries"')),
    );
    const labels = [...countries.matchAll(/<option value="[A-Z]{2}">([^<]+)<\/option>/g)].map((m) => m[1] as string);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('de').compare));
    expect(labels.indexOf('Österreich')).toBeGreaterThan(labels.indexOf('Norwegen'));
  });

  it('offers every UI language by its own name, the current one chosen, and sends it with the form', () => {
    const html = renderSignupPage({ locale: 'fi' });
    expect(html).toContain('<option value="fi" lang="fi" selected>Suomi</option>');
    expect(html).toContain('<option value="no" lang="no">Norsk</option>');
    expect(html).toContain('<input type="hidden" name="locale" value="fi">');
    expect(html).toContain('<label for="email">Sähköpostiosoite</label>');
  });

  it('has inputs for keywords and companies to leave out, filled in again', () => {
    const html = renderSignupPage({
      values: { excludeKeywords: ['sales', 'night shift'], excludeCompanies: ['Acme'] },
    });
    expect(html).toMatch(
      /<input id="excludeKeywords" name="excludeKeywords" type="text"[^>]* value="sales, night shift"/,
    );
    expect(html).toMatch(/<input id="excludeCompanies" name="excludeCompanies" type="text"[^>]* value="Acme"/);
  });

  it('falls back to English for a language it does not speak', () => {
    expect(renderSignupPage({ locale: 'xx' })).toMatch(/<html lang="en">/);
  });

  it.each(['no', 'da', 'sv', 'fi', 'de', 'nl', 'pt', 'es', 'fr'])(
    'every page speaks %s and still escapes',
    (locale) => {
      const pages = [
        renderSignupPage({ locale, values: { email: EVIL }, errors: { email: EVIL } }),
        renderCheckInboxPage({ locale, email: EVIL }),
        renderConfirmedPage({
          locale,
          criteria: criteriaSchema.parse({ languages: ['no'], remote: true, keywords: [EVIL] }),
        }),
        renderUnsubscribePage({ locale, action: `/unsubscribe?token=${EVIL}` }),
        renderUnsubscribedPage(locale),
        renderErrorPage(404, EVIL, locale),
      ];
      for (const html of pages) {
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html).not.toMatch(/Sign up|Unsubscribe from|You are unsubscribed|Page not found|Check your inbox/);
        expectNoInjectedScript(html);
      }
    },
  );
});
