import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lambdaSourceRefs } from '../../../functions/compose/lambda-source-refs';
import { readSourcesFile } from '../../../functions/compose/lambda-sources';
import { pollWorkerDeps } from '../../../functions/poll-worker/deps';

const dir = mkdtempSync(join(tmpdir(), 'jobalert-lambda-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.JOBALERT_SOURCES_FILE;
});
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  process.env.JOBALERT_SOURCES_FILE = path;
  return path;
};

// In AWS the sources come as a file in a layer (infra/constructs/sources-layer.ts).
describe('the sources file of a Lambda function', () => {
  it('gives the tick and the API the sources it holds, by name', () => {
    file('ok.json', JSON.stringify([{ id: 'acme', type: 'lever', site: 'acme' }]));
    expect(lambdaSourceRefs()).toEqual([{ id: 'acme', type: 'lever' }]);
  });

  it('gives none to a function that is not told of a file', () => {
    expect(readSourcesFile()).toEqual([]);
  });

  it('names the file it cannot read', () => {
    process.env.JOBALERT_SOURCES_FILE = join(dir, 'missing.json');
    expect(() => readSourcesFile()).toThrow(/JOBALERT_SOURCES_FILE: cannot read .*missing\.json/);
  });

  it('names, in the poll worker, the field of a source that is wrong', async () => {
    file('bad.json', JSON.stringify([{ id: 'acme', type: 'lever', colour: 'blue' }]));
    process.env.TABLE_NAME = 'jobalert-test';
    process.env.MATCH_QUEUE_URL = 'http://127.0.0.1:1/queue';
    await expect(pollWorkerDeps()).rejects.toThrow(/JOBALERT_SOURCES_FILE:\n.*\[0\].*colour/s);
  });
});
