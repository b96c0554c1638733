import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFolderSource } from '../../shared/adapters/sources/folder-source';
import { splitFrontMatter } from '../../shared/adapters/sources/front-matter';
import { htmlToPlainText, looksLikeHtml } from '../../shared/adapters/sources/html-to-plain-text';
import { titleFromText } from '../../shared/adapters/sources/title-from-text';
import { enrichPosting } from '../../shared/enrich/enrich-posting';
import type { Enrichment, Evidence, RawPosting } from '../../shared/posting/posting';

const USAGE = `Usage: jobalert extract [--json] [--explain] FILE...   ("-" reads standard input)

Reads each posting (plain text, Markdown with front matter, HTML, or JSON postings) and prints what
enrichment finds: required languages (or, when the ad states none, the one it implies: its own),
places, remote policy. --json prints one object per line. --explain adds, for each value, the
ad's words that decided it and the rule that read them.`;

/** Same cap as the folder source: anything larger is not a posting. */
const MAX_BYTES = 10 * 1024 * 1024;

export interface ExtractLine {
  file: string;
  isPosting: boolean;
  adLanguage: string | null;
  /** The language the ad implies by stating none (its own); null when it states one. */
  impliedLanguage: string | null;
  requiredLanguages: { code: string; level: string | null }[];
  requiredOneOf: string[][];
  optionalLanguages: string[];
  countries: string[];
  cities: string[];
  remote: string;
  remoteRegion: string | null;
  /** Only with --explain. */
  evidence?: Evidence[];
}

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

function toLine(file: string, e: Enrichment, explain: boolean): ExtractLine {
  return {
    file,
    isPosting: e.isPosting,
    adLanguage: e.adLanguage,
    impliedLanguage: e.impliedLanguage,
    requiredLanguages: e.requiredLanguages,
    requiredOneOf: e.requiredOneOf,
    optionalLanguages: e.optionalLanguages,
    countries: e.countries,
    cities: e.cities,
    remote: e.remote,
    remoteRegion: e.remoteRegion,
    ...(explain ? { evidence: e.evidence } : {}),
  };
}

/** The file name the folder source should see: its own extension, or one guessed from the content. */
function folderName(file: string, content: string): string {
  const ext = path.extname(file).toLowerCase();
  if (['.txt', '.md', '.markdown', '.json'].includes(ext)) return `posting${ext}`;
  const start = content.trimStart()[0];
  if (start === '{' || start === '[') return 'posting.json';
  return splitFrontMatter(content).frontMatter !== undefined ? 'posting.md' : 'posting.txt';
}

function isHtml(file: string, content: string): boolean {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  if (['.md', '.markdown', '.json'].includes(ext)) return false;
  const start = content.trimStart();
  return !start.startsWith('{') && !start.startsWith('[') && looksLikeHtml(content);
}

/**
 * Parses one input into raw postings: HTML through the shared HTML-to-text converter, everything
 * else through the folder source itself (front matter, Markdown, JSON arrays), so `extract` reads
 * a file exactly as a folder source would.
 */
async function readPostings(file: string, content: string): Promise<{ postings: RawPosting[]; errors: string[] }> {
  // Nothing to read is a result of unknowns, not an error (the folder source refuses a title-less file).
  if (content.trim() === '')
    return { postings: [{ sourceId: 'extract', externalId: file, title: '', text: '' }], errors: [] };
  if (isHtml(file, content)) {
    const text = htmlToPlainText(content);
    return {
      postings: [{ sourceId: 'extract', externalId: file, title: titleFromText(text) ?? '', text }],
      errors: [],
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'jobalert-extract-'));
  try {
    await writeFile(path.join(dir, folderName(file, content)), content);
    const source = createFolderSource(
      { id: 'extract', type: 'folder', path: dir },
      { baseDir: dir, maxBytes: MAX_BYTES },
    );
    const result = await source.fetch({ state: undefined });
    if (result.notModified) return { postings: [], errors: [] };
    return { postings: result.postings, errors: result.rejected.map((r) => r.reason.replace(/^posting\.\w+/, file)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readInput(file: string, stdin: () => Promise<Buffer>): Promise<string> {
  const bytes = file === '-' ? await stdin() : await readFile(file);
  if (bytes.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`);
  return bytes.toString('utf8');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    // Keep one byte past the cap so the caller can say the input is too large.
    if (size > MAX_BYTES + 1) break;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const list = (xs: string[]) => (xs.length > 0 ? xs.join(',') : '-');

function tableRow(l: ExtractLine): string[] {
  return [
    l.file,
    l.isPosting ? 'yes' : 'no',
    l.adLanguage ?? '?',
    l.impliedLanguage ?? '-',
    list(l.requiredLanguages.map((r) => (r.level ? `${r.code}(${r.level})` : r.code))),
    list(l.requiredOneOf.map((g) => g.join('|'))),
    list(l.optionalLanguages),
    list(l.countries),
    list(l.cities),
    l.remote === 'remote' && l.remoteRegion ? `remote (${l.remoteRegion})` : l.remote,
  ];
}

/** Each value with the words that decided it: "  requiredLanguages = no   requirement cue   “Fluent Norwegian”". */
function formatEvidence(lines: ExtractLine[]): string {
  const out: string[] = [];
  for (const l of lines) {
    out.push('', `${l.file}:`);
    const evidence = l.evidence ?? [];
    if (evidence.length === 0) out.push('  (no evidence: nothing was read from it)');
    const field = Math.max(...evidence.map((e) => e.field.length + e.value.length + 3));
    const rule = Math.max(...evidence.map((e) => e.rule.length));
    for (const e of evidence) {
      out.push(`  ${`${e.field} = ${e.value}`.padEnd(field)}  ${e.rule.padEnd(rule)}  “${e.quote}”`);
    }
  }
  return out.join('\n');
}

function formatTable(lines: ExtractLine[]): string {
  const rows = [
    ['file', 'posting', 'ad', 'implied', 'required', 'one of', 'optional', 'countries', 'cities', 'remote'],
    ...lines.map(tableRow),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * `jobalert extract [--json] FILE...`: enrichment of each file, one JSON object per posting and line
 * with --json, else a table. Returns the exit code: 0, 1 when a file could not be read, 2 on bad usage.
 */
export async function runExtract(
  argv: string[],
  io: Output = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) },
  stdin: () => Promise<Buffer> = readStdin,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const json = parsed.values.json === true;
  const explain = parsed.values.explain === true;
  const lines: ExtractLine[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const content = await readInput(file, stdin);
      const { postings, errors } = await readPostings(file, content);
      for (const e of errors) io.err(`${e}`);
      if (errors.length > 0) failed = true;
      for (const p of postings) {
        const name = p.externalId.includes('#') ? `${file}#${p.externalId.split('#').slice(1).join('#')}` : file;
        const line = toLine(
          name,
          enrichPosting({ title: p.title, text: p.text, locationText: p.locationText, remoteHint: p.remoteHint }),
          explain,
        );
        if (json) io.out(JSON.stringify(line));
        else lines.push(line);
      }
    } catch (err) {
      failed = true;
      io.err(`${file}: ${(err as Error).message}`);
    }
  }
  if (!json && lines.length > 0) io.out(explain ? formatTable(lines) + formatEvidence(lines) : formatTable(lines));
  return failed ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
