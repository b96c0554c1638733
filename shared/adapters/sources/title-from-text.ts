const MAX_TITLE = 150;

/**
 * The first non-empty line of a text as a title, cut at a word boundary past 150 characters
 * (some plain-text postings are one long line). Undefined for a text without words.
 */
export function titleFromText(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .find((l) => l.length > 0);
  if (!line) return undefined;
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
