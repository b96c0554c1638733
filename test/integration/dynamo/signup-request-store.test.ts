import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { confirmationSlotKey, emailKey, signupRequestKey, subscriberKey } from '../../../shared/adapters/dynamo/keys';
import { StoredItemError } from '../../../shared/adapters/dynamo/stored-item-error';
import type { SignupRequest } from '../../../shared/subscriber/signup-request';
import { useTestStore } from '../../support/test-store';

// The store's sign-up side on dynalite: an address's confirmation slots, and sign-up requests.
const t = useTestStore();
const HOUR_MS = 3_600_000;
const at = (hours: number) => new Date(Date.parse('2030-05-01T09:00:00.000Z') + hours * HOUR_MS);

describe('confirmation slots of one address', () => {
  it('give out exactly the limit among many racing claims', async () => {
    const claims = await Promise.all(
      Array.from({ length: 12 }, () => t.store.claimConfirmationSlot('race@example.com', 3, at(0))),
    );
    expect(claims.filter(Boolean)).toHaveLength(3);
  });

  it('are shared by every spelling of the address', async () => {
    expect(await t.store.claimConfirmationSlot('Case@Example.com', 1, at(0))).toBe(true);
    expect(await t.store.claimConfirmationSlot(' case@example.com ', 1, at(1))).toBe(false);
  });

  it('free up one by one 24 hours after each was taken, not before', async () => {
    const email = 'window@example.com';
    expect(await t.store.claimConfirmationSlot(email, 2, at(0))).toBe(true);
    expect(await t.store.claimConfirmationSlot(email, 2, at(10))).toBe(true);
    expect(await t.store.claimConfirmationSlot(email, 2, at(23.9))).toBe(false);
    expect(await t.store.claimConfirmationSlot(email, 2, at(24))).toBe(true);
    expect(await t.store.claimConfirmationSlot(email, 2, at(25))).toBe(false);
    expect(await t.store.claimConfirmationSlot(email, 2, at(34))).toBe(true);
  });

  it('expire by TTL a day after they were taken', async () => {
    await t.store.claimConfirmationSlot('ttl-slot@example.com', 1, at(0));
    const slot = await t.getItem(confirmationSlotKey('ttl-slot@example.com', 0));
    expect(slot?.expiresAt).toBe(at(24).getTime() / 1000);
  });
});

describe('keeping a pending sign-up', () => {
  const subscriber = (id: string, status: 'unconfirmed' | 'active') => ({
    id,
    email: `${id}@example.com`,
    status,
    criteria: { languages: ['no'], countries: ['PT'], remote: false, keywords: [] },
    frequency: 'daily' as const,
    hour: 8,
    timeZone: 'UTC',
    locale: 'en',
    createdAt: at(0).toISOString(),
  });
  const ttls = async (id: string) => [
    (await t.getItem(emailKey(`${id}@example.com`)))?.expiresAt,
    (await t.getItem(subscriberKey(id)))?.expiresAt,
  ];

  it('moves the TTL of an unconfirmed profile and its email lookup a week past now', async () => {
    await t.store.createSubscriber(subscriber('pending-1', 'unconfirmed'));
    const later = new Date(Date.now() + 3 * 24 * HOUR_MS);
    await t.store.keepPendingSignup({ id: 'pending-1', email: 'pending-1@example.com' }, later);
    const week = later.getTime() / 1000 + 7 * 24 * 3600;
    expect(await ttls('pending-1')).toEqual([Math.floor(week), Math.floor(week)]);
  });

  it('puts no TTL on a confirmed subscriber', async () => {
    await t.store.createSubscriber(subscriber('pending-2', 'unconfirmed'));
    await t.store.updateSubscriber('pending-2', { status: 'active', confirmedAt: at(1).toISOString() });
    await t.store.keepPendingSignup({ id: 'pending-2', email: 'pending-2@example.com' }, at(2));
    expect(await ttls('pending-2')).toEqual([undefined, undefined]);
  });
});

describe('sign-up requests', () => {
  const request = (signupId: string, languages: string[]): SignupRequest => ({
    subscriberId: 'sub-1',
    signupId,
    requestedAt: at(0).toISOString(),
    preferences: {
      criteria: { languages, countries: ['PT'], remote: false, keywords: [] },
      frequency: 'daily',
      hour: 8,
      timeZone: 'UTC',
      locale: 'en',
    },
  });

  it('are kept apart by their ids and read back as stored, with a TTL a day past their link', async () => {
    await t.store.putSignupRequest(request('a', ['no']));
    await t.store.putSignupRequest(request('b', ['de']));
    expect(await t.store.getSignupRequest('sub-1', 'a')).toEqual(request('a', ['no']));
    expect(await t.store.getSignupRequest('sub-1', 'b')).toEqual(request('b', ['de']));
    expect(await t.store.getSignupRequest('sub-1', 'c')).toBeUndefined();
    expect((await t.getItem(signupRequestKey('sub-1', 'a')))?.expiresAt).toBe(at(8 * 24).getTime() / 1000);
  });

  it('that fail their schema on read throw, naming the request', async () => {
    await t.raw.send(
      new PutCommand({
        TableName: t.tableName,
        Item: { ...signupRequestKey('sub-2', 'bad'), subscriberId: 'sub-2', signupId: 'bad' },
      }),
    );
    await expect(t.store.getSignupRequest('sub-2', 'bad')).rejects.toThrow(StoredItemError);
  });
});
