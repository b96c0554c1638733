/** What a lenient read of a JSON-LD block found: every value it could parse, and why the others failed. */
export interface LenientJson {
  values: unknown[];
  errors: string[];
}

/**
 * Parses what career pages put in a JSON-LD script: one value, or several objects one after
 * another (with or without commas), trailing commas, raw line breaks inside strings, HTML-comment
 * or CDATA wrappers. One scan, no backtracking; each top-level object or array is parsed on its own.
 */
export function parseLenientJson(text: string): LenientJson {
  try {
    // Most blocks are plain JSON: the native parser alone is fastest.
    return { values: [JSON.parse(text)], errors: [] };
  } catch {
    // Read on leniently below.
  }
  const values: unknown[] = [];
  const errors: string[] = [];
  // The value being read, as slices of `text` with fixes in between (copying char by char is slow on big blocks).
  let pieces: string[] = [];
  let sliceFrom = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastSignificant = -1;

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (depth === 0) {
      // Between values: skip commas, semicolons, comment markers, anything that is not a value.
      if (c === '{' || c === '[') {
        pieces = [];
        sliceFrom = i;
        depth = 1;
        lastSignificant = i;
      }
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      else if (c < ' ') {
        pieces.push(text.slice(sliceFrom, i), controlEscape(c));
        sliceFrom = i + 1;
      }
      if (!inString) lastSignificant = i;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      // A trailing comma: outside strings nothing is flushed, so it is still in the current slice.
      if (text[lastSignificant] === ',' && lastSignificant >= sliceFrom) {
        pieces.push(text.slice(sliceFrom, lastSignificant));
        sliceFrom = lastSignificant + 1;
      }
      depth--;
    }
    if (c.trim()) lastSignificant = i;
    if (depth === 0) {
      pieces.push(text.slice(sliceFrom, i + 1));
      try {
        values.push(JSON.parse(pieces.join('')));
      } catch (err) {
        errors.push(`invalid JSON-LD (${(err as Error).message})`);
      }
    }
  }
  if (depth > 0) errors.push('invalid JSON-LD (the block ends inside a value)');
  return { values, errors };
}

function controlEscape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
