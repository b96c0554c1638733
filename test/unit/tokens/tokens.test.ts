import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signToken, TokenError, TokenKeyError, verifyToken } from '../../../shared/tokens/tokens';

const KEY = `${'k'.repeat(32)}-test-key-for-tokens`;
const OTHER_KEY = 'o'.repeat(40);
const NOW = new Date('2026-11-23T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof TokenError) return error.code;
    throw error;
  }
  return undefined;
}

describe('signed tokens', () => {
  it('gives back the subscriber of a confirm token it signed', () => {
    const token = signToken(KEY, { purpose: 'confirm', subscriberId: 'sub-123' }, NOW);
    expect(verifyToken(KEY, token, 'confirm', NOW)).toEqual({ subscriberId: 'sub-123' });
  });

  it('keeps a subscriber id with dots and unicode intact', () => {
    const token = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'a.b.c/ø' }, NOW);
    expect(verifyToken(KEY, token, 'unsubscribe', NOW)).toEqual({ subscriberId: 'a.b.c/ø' });
  });

  it('makes tokens that are safe in a URL without encoding', () => {
    const token = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-123' }, NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('accepts a confirm token for almost 7 days and rejects it as expired after', () => {
    const token = signToken(KEY, { purpose: 'confirm', subscriberId: 'sub-1' }, NOW);
    const almost = new Date(NOW.getTime() + 7 * DAY_MS - 1000);
    expect(verifyToken(KEY, token, 'confirm', almost).subscriberId).toBe('sub-1');
    const after = new Date(NOW.getTime() + 7 * DAY_MS);
    expect(codeOf(() => verifyToken(KEY, token, 'confirm', after))).toBe('token.expired');
  });

  it('accepts an unsubscribe token years later: unsubscribe works forever', () => {
    const token = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' }, NOW);
    const later = new Date(NOW.getTime() + 20 * 365 * DAY_MS);
    expect(verifyToken(KEY, token, 'unsubscribe', later).subscriberId).toBe('sub-1');
  });

  it('rejects a confirm token used to unsubscribe, and the other way round', () => {
    const confirm = signToken(KEY, { purpose: 'confirm', subscriberId: 'sub-1' }, NOW);
    const unsubscribe = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' }, NOW);
    expect(codeOf(() => verifyToken(KEY, confirm, 'unsubscribe', NOW))).toBe('token.wrong-purpose');
    expect(codeOf(() => verifyToken(KEY, unsubscribe, 'confirm', NOW))).toBe('token.wrong-purpose');
  });

  it('rejects a token signed with another key', () => {
    const token = signToken(OTHER_KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' }, NOW);
    expect(codeOf(() => verifyToken(KEY, token, 'unsubscribe', NOW))).toBe('token.invalid');
  });

  it('rejects a forged token that names another subscriber under the original signature', () => {
    const token = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' }, NOW);
    const signature = token.split('.')[1];
    const forgedPayload = Buffer.from(JSON.stringify({ p: 'unsubscribe', s: 'sub-2' })).toString('base64url');
    expect(codeOf(() => verifyToken(KEY, `${forgedPayload}.${signature}`, 'unsubscribe', NOW))).toBe('token.invalid');
  });

  it('rejects a forged token that drops the expiry of a confirm token', () => {
    const forgedPayload = Buffer.from(JSON.stringify({ p: 'confirm', s: 'sub-1' })).toString('base64url');
    const wrongSignature = createHmac('sha256', 'guessed-key').update(forgedPayload).digest('base64url');
    expect(codeOf(() => verifyToken(KEY, `${forgedPayload}.${wrongSignature}`, 'confirm', NOW))).toBe('token.invalid');
  });

  it('rejects the token when any single character is changed', () => {
    const token = signToken(KEY, { purpose: 'confirm', subscriberId: 'sub-123' }, NOW);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const replacement = token[i] === 'A' ? 'B' : 'A';
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(
        codeOf(() => verifyToken(KEY, tampered, 'confirm', NOW)),
        `position ${i}`,
      ).toMatch(/^token\.(invalid|malformed)$/);
    }
  });

  it('rejects a truncated token as malformed or invalid', () => {
    const token = signToken(KEY, { purpose: 'unsubscribe', subscriberId: 'sub-1' }, NOW);
    const [payload, signature] = token.split('.') as [string, string];
    expect(codeOf(() => verifyToken(KEY, payload, 'unsubscribe', NOW))).toBe('token.malformed');
    expect(codeOf(() => verifyToken(KEY, `${payload}.`, 'unsubscribe', NOW))).toBe('token.malformed');
    expect(codeOf(() => verifyToken(KEY, `${payload}.${signature.slice(0, -3)}`, 'unsubscribe', NOW))).toBe(
      'token.invalid',
    );
    expect(codeOf(() => verifyToken(KEY, token.slice(0, 10), 'unsubscribe', NOW))).toBe('token.malformed');
  });

  it('rejects empty and garbage tokens as malformed', () => {
    for (const token of ['', '.', '..', 'a.b.c', 'not a token', 'abc.d+f/', '%00.%00']) {
      expect(
        codeOf(() => verifyToken(KEY, token, 'confirm', NOW)),
        JSON.stringify(token),
      ).toBe('token.malformed');
    }
  });

  it('gives errors a name ending in Error and a code', () => {
    try {
      verifyToken(KEY, '', 'confirm', NOW);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TokenError);
      expect((error as TokenError).name).toBe('TokenError');
      expect((error as TokenError).code).toBe('token.malformed');
    }
  });

  it('refuses a key shorter than 32 characters, naming the key', () => {
    expect(() => signToken('short', { purpose: 'confirm', subscriberId: 's' }, NOW)).toThrow(TokenKeyError);
    expect(() => verifyToken('x'.repeat(31), 'a.b', 'confirm', NOW)).toThrow(/token key must be at least 32/);
  });
});
