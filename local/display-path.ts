import path from 'node:path';

/** A path as short as it can be said: relative below the working folder, absolute elsewhere. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
}
