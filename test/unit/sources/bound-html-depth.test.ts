import { describe, expect, it } from 'vitest';
import { boundHtmlDepth, MAX_HTML_DEPTH } from '../../../shared/adapters/sources/bound-html-depth';
import { htmlToPlainText } from '../../../shared/adapters/sources/html-to-plain-text';

const nested = (tags: string[], depth: number, inner: string) =>
  `${tags
    .map((t) => `<${t}>`)
    .join('')
    .repeat(depth)}${inner}${[...tags]
    .reverse()
    .map((t) => `</${t}>`)
    .join('')
    .repeat(depth)}`;

// A guard against a hang, not a benchmark: a linear pass takes milliseconds, a quadratic one minutes.
function readsWithin5s(html: string): string {
  const started = performance.now();
  const text = htmlToPlainText(html);
  expect(performance.now() - started).toBeLessThan(5_000);
  return text;
}

describe('boundHtmlDepth', () => {
  it('returns HTML within the bound exactly as it came', () => {
    const html = `<div class="a&quot;b"><p>Fluent <b>Norwegian</b><br>required</p><ul><li>one<li>two</ul></div>${'<p>x</p>'.repeat(500)}`;
    expect(boundHtmlDepth(html)).toBe(html);
  });

  it('flattens elements past the bound, keeping their words and a break for each block', () => {
    const html = `<div><section><p>Kept <b>bold</b></p><div><div>deep <span>words</span></div><div>next line</div></div></section></div>`;
    expect(htmlToPlainText(boundHtmlDepth(html, 3))).toBe('Kept bold\n\ndeep words\nnext line');
  });

  it('drops the content of a script past the bound rather than showing it as text', () => {
    expect(htmlToPlainText(boundHtmlDepth('<div><div><div><script>var x = 1;</script>text</div></div></div>', 2))).toBe(
      'text',
    );
  });
});

describe('htmlToPlainText on deeply nested HTML', () => {
  it.each([
    ['div', ['div']],
    ['list', ['ul', 'li']],
    ['table', ['table', 'tr', 'td']],
    ['inline', ['b']],
  ])('reads the text of a %s nested 3,000 deep without overflowing the stack', (_, tags) => {
    expect(readsWithin5s(nested(tags, 3_000, 'Norwegian required'))).toContain('Norwegian required');
  });

  it('reads a megabyte of unclosed tags within the bound', () => {
    const text = readsWithin5s(`${'<div><span>word '.repeat(Math.ceil(1_048_576 / 17))}end`);
    expect(text.endsWith('end')).toBe(true);
  });

  it('keeps the structure of the first levels: a list nested within the bound keeps its bullets', () => {
    const text = htmlToPlainText(nested(['div'], MAX_HTML_DEPTH - 10, '<ul><li>Danish</li><li>Swedish</li></ul>'));
    expect(text).toBe('- Danish\n- Swedish');
  });
});
