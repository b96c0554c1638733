/** A document split into its YAML front matter (undefined when it has none) and its body. */
export interface FrontMatterSplit {
  frontMatter: string | undefined;
  body: string;
}

/**
 * Splits off a front-matter block: the first line is `---`, the block ends at the next `---` or
 * `...` line. Decided by content, not by file extension. Throws when the block is never closed.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { frontMatter: undefined, body: text };
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end === -1) throw new Error('front matter starts with "---" but is never closed');
  return { frontMatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') };
}
