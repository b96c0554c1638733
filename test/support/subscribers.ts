import { type Subscriber, subscriberSchema } from '../../shared/subscriber/subscriber';

/** An active subscriber who speaks Norwegian and wants Portugal or remote. */
export function norwegianSpeaker(overrides: Partial<Subscriber> = {}): Subscriber {
  return subscriberSchema.parse({
    id: 'sub-1',
    email: 'ola@example.com',
    status: 'active',
    criteria: { languages: ['no'], countries: ['PT'], remote: true, keywords: ['support'] },
    frequency: 'daily',
    hour: 8,
    timeZone: 'Europe/Lisbon',
    locale: 'en',
    createdAt: '2026-11-01T08:00:00Z',
    confirmedAt: '2026-11-01T08:05:00Z',
    ...overrides,
  });
}
