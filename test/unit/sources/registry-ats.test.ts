import { describe, expect, it } from 'vitest';
import { createSource, sourceConfigSchema } from '../../../shared/adapters/sources/registry';
import { startLoopbackServer } from '../../support/loopback-server';

function issues(config: unknown) {
  const result = sourceConfigSchema.safeParse(config);
  if (result.success) throw new Error('expected the config to be refused');
  return result.error.issues;
}

/** Each ATS type with its short-form field, an example value and the address that value builds. */
const shortForms = [
  {
    type: 'greenhouse',
    field: 'board',
    value: 'algolia',
    url: 'https://boards-api.greenhouse.io/v1/boards/algolia/jobs?content=true',
  },
  {
    type: 'ashby',
    field: 'organization',
    value: 'airbyte',
    url: 'https://api.ashbyhq.com/posting-api/job-board/airbyte?includeCompensation=true',
  },
  {
    type: 'workable',
    field: 'account',
    value: 'huggingface',
    url: 'https://apply.workable.com/api/v1/widget/accounts/huggingface?details=true',
  },
  {
    type: 'smartrecruiters',
    field: 'company',
    value: 'BoschGroup',
    url: 'https://api.smartrecruiters.com/v1/companies/BoschGroup/postings?limit=100',
  },
  { type: 'bamboohr', field: 'company', value: 'example', url: 'https://example.bamboohr.com/careers/list' },
  { type: 'jobvite', field: 'company', value: 'example', url: 'https://jobs.jobvite.com/example/search' },
] as const;

describe('the source registry with the ATS job boards', () => {
  for (const { type, field, value, url } of shortForms) {
    it(`accepts a ${type} source by its ${field} and builds it`, () => {
      const config = sourceConfigSchema.parse({ id: 'board', type, [field]: value });
      expect(config).toEqual({ id: 'board', type, [field]: value });
      const source = createSource(config, { baseDir: '/' });
      expect([source.id, source.type]).toEqual(['board', type]);
    });

    it(`refuses an unknown field in a ${type} source and names it`, () => {
      const [issue] = issues({ id: 'board', type, [field]: value, bord: 'typo' });
      expect(issue?.code).toBe('unrecognized_keys');
      expect(issue?.code === 'unrecognized_keys' && issue.keys).toEqual(['bord']);
    });

    it(`refuses a ${type} source with neither ${field} nor url, naming ${field}`, () => {
      const [issue] = issues({ id: 'board', type });
      expect(issue?.path).toEqual([field]);
      expect(issue?.message).toBe(`either ${field} or url is required`);
    });

    it(`refuses a ${type} ${field} that could break out of the address`, () => {
      expect(issues({ id: 'board', type, [field]: '../admin?x=' })[0]?.path).toEqual([field]);
    });

    it(`refuses a ${type} url that is not http(s)`, () => {
      expect(issues({ id: 'board', type, url: 'file:///etc/passwd' })[0]?.path).toEqual(['url']);
    });

    it(`builds the default ${type} address from the ${field}`, async () => {
      // A poll cancelled before it starts names the address it would have fetched, without
      // leaving the machine.
      const source = createSource(sourceConfigSchema.parse({ id: 'board', type, [field]: value }), { baseDir: '/' });
      await expect(source.fetch({ state: undefined, signal: AbortSignal.abort() })).rejects.toThrow(
        `${type} board: fetching ${url} was aborted`,
      );
    });
  }

  it('lists every ATS type among the known ones when the type is unknown', () => {
    const [issue] = issues({ id: 'x', type: 'taleo', url: 'https://example.com/' });
    for (const { type } of shortForms) expect(issue?.message).toContain(`'${type}'`);
  });

  it('fetches from the url when one is given, whatever the short form says', async () => {
    const server = await startLoopbackServer();
    try {
      server.respond((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs":[]}'));
      const config = sourceConfigSchema.parse({
        id: 'mirror',
        type: 'greenhouse',
        board: 'algolia',
        url: server.url('/mirror/algolia.json'),
      });
      const result = await createSource(config, { baseDir: '/' }).fetch({ state: undefined });
      expect(result).toMatchObject({ notModified: false, postings: [], rejected: [] });
      expect(server.requests.map((r) => r.url)).toEqual(['/mirror/algolia.json']);
    } finally {
      await server.close();
    }
  });
});
