import { describe, expect, it } from 'vitest';
import { signToken, TokenError, verifyToken } from '../../../shared/tokens/tokens';

const KEY = 'k'.repeat(32);
const NOW = new Date('2026-11-23T10:00:00Z');
const YEARS_LATER = new Date('2036-11-23T10:00:00Z');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof TokenError ? err.code : `not a TokenError: ${String(err)}`;
  }
  return undefined;
}

const [payloadOf, signatureOf] = [(t: string) => t.split('.')[0] as string, (t: string) => t.split('.')[1] as string];
const decoded = (t: string) => JSON.parse(Buffer.from(payloadOf(t), 'base64url').toString('utf8'));
const encoded = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');

describe('preference-centre links (purpose "manage")', () => {
  it('name their subscriber and still work years later, like unsubscribe links', () => {
    const token = signToken(KEY, { purpose: 'manage', subscriberId: 'sub-1' }, NOW);
    expect(verifyToken(KEY, token, 'manage', YEARS_LATER)).toEqual({ subscriberId: 'sub-1' });
  });

  it('are not accepted as unsubscribe, confirm or "not relevant" links, nor the other way round', () => {
    const manage = signToken(KEY, { purpose: 'manage', subscriberId: 'sub-1' });
    expect(codeOf(() => verifyToken(KEY, manage, 'unsubscribe'))).toBe('token.wrong-purpose');
    expect(codeOf(() => verifyToken(KEY, manage, 'confirm'))).toBe('token.wrong-purpose');
    expect(codeOf(() => verifyToken(KEY, manage, 'not-relevant'))).toBe('token.wrong-purpose');
    const unsubscribe = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' });
    expect(codeOf(() => verifyToken(KEY, unsubscribe, 'manage'))).toBe('token.wrong-purpose');
  });

  it('signed with another key are refused as invalid', () => {
    const forged = signToken('f'.repeat(32), { purpose: 'manage', subscriberId: 'sub-1' });
    expect(codeOf(() => verifyToken(KEY, forged, 'manage'))).toBe('token.invalid');
  });
});

describe('"not relevant" links', () => {
  it('carry the posting they report, and never expire', () => {
    const token = signToken(KEY, { purpose: 'not-relevant', subscriberId: 'sub-1', postingId: 'p-42' }, NOW);
    expect(verifyToken(KEY, token, 'not-relevant', YEARS_LATER)).toEqual({ subscriberId: 'sub-1', postingId: 'p-42' });
  });

  it('cannot be pointed at another posting or subscriber: the signature no longer fits', () => {
    const token = signToken(KEY, { purpose: 'not-relevant', subscriberId: 'sub-1', postingId: 'p-42' });
    const otherPosting = encoded({ ...decoded(token), x: 'p-43' });
    expect(codeOf(() => verifyToken(KEY, `${otherPosting}.${signatureOf(token)}`, 'not-relevant'))).toBe(
      'token.invalid',
    );
    const otherSubscriber = encoded({ ...decoded(token), s: 'sub-2' });
    expect(codeOf(() => verifyToken(KEY, `${otherSubscriber}.${signatureOf(token)}`, 'not-relevant'))).toBe(
      'token.invalid',
    );
  });

  it('are refused when cut short', () => {
    const token = signToken(KEY, { purpose: 'not-relevant', subscriberId: 'sub-1', postingId: 'p-42' });
    expect(codeOf(() => verifyToken(KEY, token.slice(0, token.indexOf('.')), 'not-relevant'))).toBe('token.malformed');
    expect(codeOf(() => verifyToken(KEY, token.slice(0, -1), 'not-relevant'))).toBe('token.invalid');
  });
});
