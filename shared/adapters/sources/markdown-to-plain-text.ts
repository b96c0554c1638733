const ESCAPED = 0xe000;

/**
 * Light Markdown → plain text: drops heading marks, emphasis, link and image syntax, code ticks,
 * block quotes and rules; keeps every word and the line structure. Each rule is a linear,
 * line-bounded pattern so hostile input cannot make it backtrack.
 */
export function markdownToPlainText(markdown: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(raw);
      continue;
    }
    // Reference-style link definitions and horizontal rules carry no words.
    if (/^\s{0,3}\[[^\]\n]+\]:\s*\S+/.test(raw)) continue;
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) continue;
    lines.push(inline(block(raw)));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function block(line: string): string {
  const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
  if (heading) return withoutClosingHashes(heading[1] ?? '');
  return line.replace(/^\s{0,3}(>\s?)+/, '').replace(/^(\s*)[*+]\s+/, '$1- ');
}

/** `## Title ##` → `Title`, without a trailing-whitespace regex (those backtrack on long lines). */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  if (end === trimmed.length) return trimmed;
  return end === 0 || /\s/.test(trimmed[end - 1] ?? '') ? trimmed.slice(0, end).trimEnd() : trimmed;
}

function inline(line: string): string {
  return (
    line
      // Escaped characters hide in the private use area until the markup is gone.
      .replace(/[\uE000-\uE07F]/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!>~])/g, (_, c: string) => String.fromCharCode(ESCAPED + c.charCodeAt(0)))
      // Bounded lengths: an unclosed "[" must not scan the rest of a long line again and again.
      .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
      .replace(/<\/?[a-zA-Z][^<>\n]*>/g, '')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]+)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_\n]+)_(?!\w)/g, '$1$2')
      .replace(/~~([^~\n]+)~~/g, '$1')
      .replace(/[\uE000-\uE07F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED))
  );
}
