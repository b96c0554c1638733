import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLambdaSources } from '../../../functions/lambda-sources';

const dir = mkdtempSync(join(tmpdir(), 'jobalert-lambda-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// In AWS the sources come as a file in a layer (infra/constructs/sources-layer.ts).
describe('the sources file of a Lambda function', () => {
  it('gives the sources it holds, checked', () => {
    const path = file('ok.json', JSON.stringify([{ id: 'acme', type: 'lever', site: 'acme' }]));
    expect(readLambdaSources(path)).toEqual([{ id: 'acme', type: 'lever', site: 'acme' }]);
  });

  it('gives none to a function that is not told of a file', () => {
    expect(readLambdaSources(undefined)).toEqual([]);
  });

  it('names the file it cannot read', () => {
    expect(() => readLambdaSources(join(dir, 'missing.json'))).toThrow(
      /JOBALERT_SOURCES_FILE: cannot read .*missing\.json/,
    );
  });

  it('names the field of a source that is wrong', () => {
    const path = file('bad.json', JSON.stringify([{ id: 'acme', type: 'lever', colour: 'blue' }]));
    expect(() => readLambdaSources(path)).toThrow(/bad\.json:\n.*\[0\].*colour/s);
  });
});
