import { describe, expect, it } from 'vitest';
import { importsOf, layeringViolations, repoFiles, type SourceFile, sourceFiles } from './layering';

const all = repoFiles();
const known = new Set(all);
const sources = sourceFiles(all);

/** The violations of one made-up file, resolved against the real repository. */
const violationsOf = (path: string, text: string) => layeringViolations([{ path, text }], known);

describe('the import reader', () => {
  it('sees static, re-exported, type-only, dynamic and required imports', () => {
    const text = [
      "import { a } from './a';",
      "export { b } from './b';",
      "import type { C } from './c';",
      "const d = await import('./d');",
      "const e = require('./e');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', './b', './c', './d', './e']);
  });
});

describe('the layering rules', () => {
  it('forbid the domain to import a use case, an adapter, a handler, infra, the web pages, local/ or AWS', () => {
    const text = [
      "import { planDigests } from '../use-cases/plan-digests';",
      "export { keys } from '../adapters/dynamo/keys';",
      "const handler = await import('../../functions/api/handler');",
      "import type { App } from '../../infra/compose-app';",
      "import { layout } from '../../web/pages/layout';",
      "const cli = require('../../local/cli');",
      "import { SQSClient } from '@aws-sdk/client-sqs';",
      "import type { Handler } from 'aws-lambda';",
      "import middy from '@middy/core';",
      "import { Stack } from 'aws-cdk-lib';",
    ].join('\n');
    expect(violationsOf('shared/match/made-up.ts', text)).toHaveLength(10);
    expect(violationsOf('shared/email/made-up.ts', text)).toHaveLength(10);
  });

  it('let the domain import the domain, the ports and any other package', () => {
    const text = [
      "import { translator } from '../i18n';",
      "import type { Posting } from '../posting/posting';",
      "import type { SubscriberStore } from '../ports/stores';",
      "import * as z from 'zod';",
    ].join('\n');
    expect(violationsOf('shared/digest/made-up.ts', text)).toEqual([]);
  });

  it('name the file, the import as written, the file it resolves to and the rule', () => {
    expect(violationsOf('shared/match/made-up.ts', "import { x } from '../use-cases/plan-digests';")).toEqual([
      'shared/match/made-up.ts → ../use-cases/plan-digests (shared/use-cases/plan-digests.ts): ' +
        'the domain imports no use case, adapter, handler, infra, web page, local runtime or AWS package',
    ]);
  });

  it('forbid a use case to import an adapter, a handler, infra, the web pages or local/', () => {
    const text = [
      "import { keys } from '../adapters/dynamo/keys';",
      "import { handler } from '../../functions/api/handler';",
      "import { composeApp } from '../../infra/compose-app';",
      "import { layout } from '../../web/pages/layout';",
      "import { localDeps } from '../../local/local-deps';",
    ].join('\n');
    expect(violationsOf('shared/use-cases/made-up.ts', text)).toHaveLength(5);
    expect(violationsOf('shared/use-cases/made-up.ts', "import type { Deps } from './deps';")).toEqual([]);
  });

  it('forbid an adapter to import a use case or a handler', () => {
    const text = [
      "import { planDigests } from '../../use-cases/plan-digests';",
      "import { handler } from '../../../functions/api/handler';",
      "import type { SubscriberStore } from '../../ports/stores';",
      "import { GetCommand } from '@aws-sdk/lib-dynamodb';",
    ].join('\n');
    expect(violationsOf('shared/adapters/dynamo/made-up.ts', text)).toHaveLength(2);
  });

  it('forbid a handler to import infra', () => {
    expect(
      violationsOf('functions/api/made-up.ts', "import { settings } from '../../infra/app-settings';"),
    ).toHaveLength(1);
    expect(violationsOf('functions/api/made-up.ts', "import { handler } from './handler';")).toEqual([]);
  });

  it('forbid anything outside test/ to import from test/, and let tests import anything', () => {
    const text = "import { storedPosting } from '../test/support/stored-posting';";
    expect(violationsOf('bench/made-up.ts', text)).toHaveLength(1);
    expect(violationsOf('scripts/made-up.ts', text)).toHaveLength(1);
    expect(violationsOf('test/made-up.ts', "import { keys } from '../shared/adapters/dynamo/keys';")).toEqual([]);
  });

  it('report every violation of every file, one line each', () => {
    const files: SourceFile[] = [
      { path: 'shared/posting/a.ts', text: "import '../use-cases/plan-digests';\nimport '@aws-sdk/client-sqs';" },
      { path: 'functions/api/b.ts', text: "import '../../infra/app-settings';" },
    ];
    expect(layeringViolations(files, known)).toHaveLength(3);
  });
});

describe('the repository', () => {
  it('has its source files read, every folder of them', () => {
    expect(sources.length).toBeGreaterThan(100);
    const folders = new Set(sources.map((f) => f.path.split('/').slice(0, 2).join('/')));
    for (const folder of ['shared/use-cases', 'shared/adapters', 'shared/posting', 'functions/api', 'infra/stacks']) {
      expect(folders).toContain(folder);
    }
    for (const folder of ['local', 'web', 'bench', 'scripts', 'bin']) {
      expect(sources.some((f) => f.path.startsWith(`${folder}/`))).toBe(true);
    }
    expect(sources.some((f) => f.path.startsWith('test/') || f.path.startsWith('node_modules/'))).toBe(false);
  });

  it('keeps every layering rule', () => {
    const violations = layeringViolations(sources, known);
    expect(violations, `${violations.length} imports break the layering:\n${violations.join('\n')}`).toEqual([]);
  });
});
