import { describe, expect, it } from 'vitest';
import { MAX_POSTING_FIELD, rawPostingSchema } from '../../../shared/posting/posting';

const posting = { sourceId: 'board', externalId: '1', title: 'Support agent', text: 'Dutch and English.' };

describe('rawPostingSchema bounds', () => {
  it('refuses a link longer than a field may be, naming the bound', () => {
    const url = `https://jobs.example.org/${'a'.repeat(MAX_POSTING_FIELD)}`;
    const result = rawPostingSchema.safeParse({ ...posting, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['url'], message: 'over 10,000 characters' }),
    ]);
  });

  it('keeps a link within the bound', () => {
    expect(rawPostingSchema.safeParse({ ...posting, url: 'https://jobs.example.org/1' }).success).toBe(true);
  });
});
