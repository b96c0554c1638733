import { describe, expect, it } from 'vitest';
import { headerSafe, listUnsubscribeHeaders } from '../../../shared/email/email-headers';
import { escapeHtml } from '../../../shared/html/escape-html';

describe('listUnsubscribeHeaders', () => {
  it('gives the List-Unsubscribe URL in angle brackets and the one-click header', () => {
    expect(listUnsubscribeHeaders('https://jobs.example.com/unsubscribe?token=a.b')).toEqual([
      { name: 'List-Unsubscribe', value: '<https://jobs.example.com/unsubscribe?token=a.b>' },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
  });

  it('adds a mailto after the URL when given one', () => {
    const [header] = listUnsubscribeHeaders('https://jobs.example.com/u?t=1', 'unsubscribe@example.com');
    expect(header?.value).toBe('<https://jobs.example.com/u?t=1>, <mailto:unsubscribe@example.com>');
  });

  it('refuses a URL that is not https, except plain http on loopback for the local runtime', () => {
    expect(() => listUnsubscribeHeaders('http://jobs.example.com/u?t=1')).toThrow(/https/);
    expect(() => listUnsubscribeHeaders('javascript:alert(1)')).toThrow(/https/);
    expect(() => listUnsubscribeHeaders('not a url')).toThrow(/https/);
    expect(listUnsubscribeHeaders('http://127.0.0.1:3000/u?t=1')[0]?.value).toBe('<http://127.0.0.1:3000/u?t=1>');
  });

  it('cannot be broken out of its angle brackets or onto a new line', () => {
    const [header] = listUnsubscribeHeaders('https://jobs.example.com/u?t=a>\r\nBcc: x@example.com<');
    expect(header?.value).not.toMatch(/[\r\n]/);
    expect(header?.value.match(/[<>]/g)).toEqual(['<', '>']);
  });
});

describe('headerSafe', () => {
  it('turns CR, LF, tabs and other control characters into single spaces', () => {
    expect(headerSafe('Hello\r\nBcc: victim@example.com')).toBe('Hello Bcc: victim@example.com');
    expect(headerSafe('a\u0000b\u0007c\u007fd\u0085e\u2028f\tg')).toBe('a b c d e f g');
    expect(headerSafe('  spaced   out  ')).toBe('spaced out');
  });

  it('keeps letters of every European language', () => {
    expect(headerSafe('Søknad – Ελληνικά – Łódź – Ærø')).toBe('Søknad – Ελληνικά – Łódź – Ærø');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves plain text alone', () => {
    expect(escapeHtml('Norsk kundeservice i Lisboa – 100 %')).toBe('Norsk kundeservice i Lisboa – 100 %');
  });
});
