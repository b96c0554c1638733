import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

export const tokenPurposeSchema = z.enum(['confirm', 'unsubscribe', 'manage', 'not-relevant']);
export type TokenPurpose = z.infer<typeof tokenPurposeSchema>;

/**
 * What a token carries, in short keys to keep links short: purpose, subscriber, expiry (epoch s),
 * for a "not relevant" link the posting it is about, and for a confirm link its sign-up request.
 */
export const tokenPayloadSchema = z
  .object({
    p: tokenPurposeSchema,
    s: z.string().min(1),
    e: z.number().int().positive().optional(),
    x: z.string().min(1).max(200).optional(),
    r: z.string().min(1).max(64).optional(),
  })
  .strict();
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

export interface TokenClaims {
  purpose: TokenPurpose;
  subscriberId: string;
  /** The posting a "not relevant" link reports. */
  postingId?: string;
  /** The sign-up request a confirm link confirms (its criteria as its email showed them). */
  signupId?: string;
}

/**
 * Confirm links live a week; the links in every email never expire (invariant 2: unsubscribe
 * works forever, and so do the preference centre and "not relevant" links beside it).
 */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number | null> = {
  confirm: 7 * 24 * 60 * 60,
  unsubscribe: null,
  manage: null,
  'not-relevant': null,
};

export const MIN_TOKEN_KEY_LENGTH = 32;

export type TokenErrorCode = 'token.malformed' | 'token.invalid' | 'token.expired' | 'token.wrong-purpose';

export class TokenError extends Error {
  constructor(
    readonly code: TokenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

export class TokenKeyError extends Error {
  readonly code = 'token.key-too-short';
  constructor(length: number) {
    super(`the token key must be at least ${MIN_TOKEN_KEY_LENGTH} characters long (got ${length})`);
    this.name = 'TokenKeyError';
  }
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Signs a token for a subscriber and one purpose: `base64url(payload).base64url(hmac)`. */
export function signToken(key: string, claims: TokenClaims, now: Date = new Date()): string {
  assertKey(key);
  const lifetime = TOKEN_LIFETIME_SECONDS[claims.purpose];
  const payload: TokenPayload = tokenPayloadSchema.parse({
    p: claims.purpose,
    s: claims.subscriberId,
    ...(claims.postingId === undefined ? {} : { x: claims.postingId }),
    ...(claims.signupId === undefined ? {} : { r: claims.signupId }),
    ...(lifetime === null ? {} : { e: Math.floor(now.getTime() / 1000) + lifetime }),
  });
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${encoded}.${signature(key, encoded)}`;
}

/** Verifies a token for one purpose; returns its subscriber (and posting, if any) or throws a TokenError. */
export function verifyToken(
  key: string,
  token: string,
  purpose: TokenPurpose,
  now: Date = new Date(),
): { subscriberId: string; postingId?: string; signupId?: string } {
  assertKey(key);
  const parts = typeof token === 'string' ? token.trim().split('.') : [];
  const [encoded, given] = parts;
  if (parts.length !== 2 || !encoded || !given || !BASE64URL.test(encoded) || !BASE64URL.test(given)) {
    throw new TokenError('token.malformed', 'the link is incomplete or damaged');
  }
  // Compare the encoded strings, not decoded bytes: base64url decoding ignores trailing bits, so a
  // changed last character could otherwise still pass.
  const expected = Buffer.from(signature(key, encoded), 'utf8');
  const actual = Buffer.from(given, 'utf8');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new TokenError('token.invalid', 'the link is not valid');
  }
  const payload = decodePayload(encoded);
  if (payload.p !== purpose) {
    throw new TokenError('token.wrong-purpose', `the link is not a ${purpose} link`);
  }
  if (payload.e !== undefined && Math.floor(now.getTime() / 1000) >= payload.e) {
    throw new TokenError('token.expired', 'the link has expired');
  }
  return {
    subscriberId: payload.s,
    ...(payload.x === undefined ? {} : { postingId: payload.x }),
    ...(payload.r === undefined ? {} : { signupId: payload.r }),
  };
}

function decodePayload(encoded: string): TokenPayload {
  try {
    return tokenPayloadSchema.parse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
  } catch {
    // Only reachable with a valid signature over a bad payload, i.e. our own bug or a key leak.
    throw new TokenError('token.malformed', 'the link is damaged');
  }
}

function signature(key: string, encodedPayload: string): string {
  return createHmac('sha256', key).update(encodedPayload).digest('base64url');
}

function assertKey(key: string): void {
  if (typeof key !== 'string' || key.length < MIN_TOKEN_KEY_LENGTH) {
    throw new TokenKeyError(typeof key === 'string' ? key.length : 0);
  }
}
