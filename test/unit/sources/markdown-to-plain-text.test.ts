import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../shared/adapters/sources/markdown-to-plain-text';

describe('Markdown to plain text', () => {
  it('drops heading marks, emphasis and link syntax but keeps the words', () => {
    const markdown =
      '## Requirements\n\n* **Fluent** Danish and _good_ English\n* See [the team page](https://example.com/team)\n';
    expect(markdownToPlainText(markdown)).toBe('Requirements\n\n- Fluent Danish and good English\n- See the team page');
  });

  it('keeps snake_case words, arithmetic stars and escaped characters intact', () => {
    expect(markdownToPlainText('Use customer_support_id and 2 * 3 \\*not emphasis\\*')).toBe(
      'Use customer_support_id and 2 * 3 *not emphasis*',
    );
  });

  it('drops block quotes, rules, images, HTML tags and reference definitions', () => {
    const markdown =
      '> Quoted line\n\n---\n\n![Office in Porto](porto.jpg) <br>Nice office\n\n[1]: https://example.com';
    expect(markdownToPlainText(markdown)).toBe('Quoted line\n\nOffice in Porto Nice office');
  });

  it('keeps the lines of a fenced block as they are', () => {
    expect(markdownToPlainText('```\n**raw**\n```')).toBe('**raw**');
  });

  it('drops the closing hashes of a heading but keeps a hash inside it', () => {
    expect(markdownToPlainText('## C# developer ##\n# Title#')).toBe('C# developer\nTitle#');
  });

  it.each([
    ['unclosed markup', `${'*_[`<'.repeat(40_000)}x`],
    ['long runs of spaces', `# a${' '.repeat(100_000)}x\n- - ${' -'.repeat(50_000)} x\n${' '.repeat(100_000)}#x`],
  ])('handles a long line of %s in linear time', (_, hostile) => {
    const started = performance.now();
    markdownToPlainText(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
