import { describe, expect, it } from 'vitest';
import { createSource, sourceConfigSchema } from '../../../shared/adapters/sources/registry';

function issues(config: unknown) {
  const result = sourceConfigSchema.safeParse(config);
  if (result.success) throw new Error('expected the config to be refused');
  return result.error.issues;
}

describe('the source registry', () => {
  it('accepts a folder source and a Lever source', () => {
    expect(sourceConfigSchema.parse({ id: 'examples', type: 'folder', path: 'examples/postings' })).toEqual({
      id: 'examples',
      type: 'folder',
      path: 'examples/postings',
    });
    expect(sourceConfigSchema.parse({ id: 'metabase', type: 'lever', site: 'metabase' }).type).toBe('lever');
  });

  it('refuses an unknown field and names it', () => {
    const [issue] = issues({ id: 'examples', type: 'folder', path: '.', pth: 'typo' });
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.code === 'unrecognized_keys' && issue.keys).toEqual(['pth']);
  });

  it('refuses an unknown source type and lists the known ones', () => {
    const [issue] = issues({ id: 'feed', type: 'linkedin', url: 'https://example.com/feed' });
    expect(issue?.path).toEqual(['type']);
    expect(issue?.message).toContain("'folder' | 'lever'");
  });

  it('refuses an id with capitals, spaces or a leading dash', () => {
    for (const id of ['Examples', 'my source', '-examples', '', 'a'.repeat(64)]) {
      expect(issues({ id, type: 'folder', path: '.' })[0]?.path).toEqual(['id']);
    }
  });

  it('refuses a Lever source with neither site nor url, naming site', () => {
    const [issue] = issues({ id: 'lever', type: 'lever' });
    expect(issue?.path).toEqual(['site']);
    expect(issue?.message).toBe('either site or url is required');
  });

  it('refuses a Lever url that is not http(s)', () => {
    expect(issues({ id: 'lever', type: 'lever', url: 'file:///etc/passwd' })[0]?.path).toEqual(['url']);
  });

  it('builds the source a config describes', () => {
    const folder = createSource({ id: 'examples', type: 'folder', path: '.' }, { baseDir: '/tmp' });
    const lever = createSource({ id: 'metabase', type: 'lever', site: 'metabase' }, { baseDir: '/tmp' });
    expect([folder.id, folder.type, lever.id, lever.type]).toEqual(['examples', 'folder', 'metabase', 'lever']);
  });
});
