import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One Markdown link `[text](target)` and the line it stands on (1-based). */
export interface MarkdownLink {
  line: number;
  text: string;
  target: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of a Markdown text with fenced code blocks and inline code spans blanked, so that
 * what they show is neither a link nor a heading; line numbers stay as they were.
 */
export function proseLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  let fence: string | undefined;
  return lines.map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes with at least as many of the same character and nothing after them.
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) {
        fence = undefined;
      }
      return '';
    }
    if (opening) {
      fence = opening;
      return '';
    }
    return line.replace(/(`+)(?:(?!\1).)+?\1/g, (span) => ' '.repeat(span.length));
  });
}

const LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

/** Every inline link and image of a Markdown text, outside code. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseLines(markdown).forEach((line, index) => {
    for (const m of line.matchAll(LINK)) {
      const target = (m[2] as string).replace(/^<|>$/g, '');
      links.push({ line: index + 1, text: m[1] as string, target });
    }
  });
  return links;
}

/** Whether a link target is relative: no scheme (http:, mailto:, …) and not protocol-relative. */
export function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/** GitHub's anchor for a heading's text: lower case, punctuation but hyphens and spaces dropped, spaces as hyphens. */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a Markdown text's headings, in order, repeated ones suffixed -1, -2, … as GitHub does. */
export function headingAnchors(markdown: string): string[] {
  const occurrences = new Map<string, number>();
  const anchors: string[] = [];
  const add = (heading: string) => {
    const slug = githubSlug(heading);
    let anchor = slug;
    while (occurrences.has(anchor)) {
      const n = (occurrences.get(slug) ?? 0) + 1;
      occurrences.set(slug, n);
      anchor = `${slug}-${n}`;
    }
    occurrences.set(anchor, 0);
    anchors.push(anchor);
  };
  // Headings are found in the prose (outside code) but named by their raw text: a code span in a
  // heading counts as its text.
  const lines = proseLines(markdown);
  const raw = markdown.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) {
      add((raw[i] as string).replace(/^ {0,3}#{1,6}[ \t]*/, '').replace(/(?:^|[ \t]+)#+[ \t]*$/, ''));
      return;
    }
    // A setext heading: a line of = or - under a line of paragraph text.
    const previous = lines[i - 1];
    if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^ {0,3}(#|[-*+>|]|\d+[.)])/.test(previous)
    ) {
      add((raw[i - 1] as string).trim());
    }
  });
  // Explicit anchors: <a id="x"> / <a name="x">.
  for (const line of lines)
    for (const m of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.push(m[1] as string);
  return anchors;
}

/** README.md and every Markdown file under docs/, relative to the repository. */
export function documentationFiles(repoDir: string): string[] {
  const files = existsSync(path.join(repoDir, 'README.md')) ? ['README.md'] : [];
  const walk = (dir: string) => {
    const full = path.join(repoDir, dir);
    if (!existsSync(full)) return;
    for (const name of readdirSync(full).sort()) {
      const rel = path.join(dir, name);
      if (statSync(path.join(repoDir, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.md')) files.push(rel);
    }
  };
  walk('docs');
  return files;
}

/**
 * What is wrong with the relative links of one Markdown file, one sentence each naming the file,
 * the line, the link and the problem; empty when every link resolves.
 */
export function brokenLinks(repoDir: string, file: string): string[] {
  const problems: string[] = [];
  const fromDir = path.dirname(path.join(repoDir, file));
  for (const link of markdownLinks(readFileSync(path.join(repoDir, file), 'utf8'))) {
    if (!isRelative(link.target)) continue;
    const where = `${file}:${link.line}: [${link.text}](${link.target})`;
    const hash = link.target.indexOf('#');
    const pathPart = hash === -1 ? link.target : link.target.slice(0, hash);
    const fragment = hash === -1 ? undefined : link.target.slice(hash + 1);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      problems.push(`${where}: the address is not valid percent-encoding`);
      continue;
    }
    const resolved =
      decoded === ''
        ? path.join(repoDir, file)
        : decoded.startsWith('/')
          ? path.join(repoDir, decoded)
          : path.resolve(fromDir, decoded);
    const shown = path.relative(repoDir, resolved) || '.';
    if (shown.startsWith('..')) {
      problems.push(`${where}: points outside the repository (${shown})`);
      continue;
    }
    if (!existsSync(resolved)) {
      problems.push(`${where}: no such file or folder ${shown}`);
      continue;
    }
    if (fragment === undefined || fragment === '') continue;
    if (statSync(resolved).isDirectory()) {
      problems.push(`${where}: #${fragment} on a folder (${shown}), which has no headings`);
      continue;
    }
    if (!resolved.endsWith('.md')) {
      const lines = /^L(\d+)(?:-L(\d+))?$/.exec(fragment);
      const count = readFileSync(resolved, 'utf8').split('\n').length;
      if (!lines)
        problems.push(`${where}: #${fragment} on ${shown}, which is not Markdown (only #L<line> works there)`);
      else if (Number(lines[2] ?? lines[1]) > count) problems.push(`${where}: ${shown} has only ${count} lines`);
      continue;
    }
    const anchors = headingAnchors(readFileSync(resolved, 'utf8'));
    if (!anchors.includes(safeDecode(fragment))) {
      problems.push(`${where}: ${shown} has no heading whose anchor is #${fragment} (it has: ${anchors.join(', ')})`);
    }
  }
  return problems;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
