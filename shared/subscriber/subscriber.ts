import * as z from 'zod';
import { isKnownCountry, isKnownLanguage } from '../places/codes';
import { languageLevelSchema } from '../posting/posting';

export const frequencySchema = z.enum(['instant', 'daily', 'weekly']);
export type Frequency = z.infer<typeof frequencySchema>;

const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as "Europe/Lisbon"' },
);

/** What a subscriber asks for. Languages and places are any-of; see matchPosting. */
export const criteriaSchema = z.object({
  languages: z
    .array(
      z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .refine(isKnownLanguage, { message: 'must be an ISO 639-1 language code such as "pt"' })
        // Bokmål and Nynorsk are Norwegian for matching, as enrichment reports them.
        .transform((c) => (c === 'nb' || c === 'nn' ? 'no' : c)),
    )
    .min(1, 'name at least one language you speak')
    .max(20),
  countries: z
    .array(
      z
        .string()
        .transform((s) => s.trim().toUpperCase())
        .refine(isKnownCountry, { message: 'must be an ISO 3166-1 alpha-2 country code such as "PT"' }),
    )
    .max(60)
    .default([]),
  remote: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /** Postings that name any of these (whole words, any case) never match. Absent means none. */
  excludeKeywords: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  /** Postings from a company whose name holds any of these (whole words, any case) never match. */
  excludeCompanies: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  /** Only postings that ask at least this level of the matched language (or state none). */
  minLevel: languageLevelSchema.optional(),
  /** Only ads written in one of these languages. Absent or empty means any. */
  adLanguages: z
    .array(
      z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .refine(isKnownLanguage, { message: 'must be an ISO 639-1 language code such as "pt"' })
        .transform((c) => (c === 'nb' || c === 'nn' ? 'no' : c)),
    )
    .max(20)
    .optional(),
});
export type Criteria = z.infer<typeof criteriaSchema>;

const deliveryFields = {
  frequency: frequencySchema.default('daily'),
  hour: z.number().int().min(0).max(23).default(8),
  timeZone: timeZoneSchema.default('UTC'),
  locale: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default('en'),
};

const somewhere = (r: { countries: string[]; remote: boolean }) => r.countries.length > 0 || r.remote;
const nowhere = () => ({ message: 'name at least one country, or set remote to true', path: ['countries'] });

/** Body of POST /api/subscriptions and of the signup form. */
export const subscriptionRequestSchema = criteriaSchema
  .extend({
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ message: 'must be an email address such as "you@example.com"' })),
    ...deliveryFields,
  })
  .strict()
  .refine(somewhere, nowhere());
export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;

/** What the preference centre may change: the sign-up's fields without the address. */
export const preferencesSchema = criteriaSchema.extend(deliveryFields).strict().refine(somewhere, nowhere());
export type Preferences = z.infer<typeof preferencesSchema>;

/** unconfirmed → active ⇄ paused; → unsubscribed | suppressed (bounce / complaint). Only active ones get mail. */
export const subscriberStatusSchema = z.enum(['unconfirmed', 'active', 'paused', 'unsubscribed', 'suppressed']);
export type SubscriberStatus = z.infer<typeof subscriberStatusSchema>;

export const subscriberSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  status: subscriberStatusSchema,
  criteria: criteriaSchema,
  frequency: frequencySchema,
  hour: z.number().int().min(0).max(23),
  timeZone: z.string(),
  locale: z.string(),
  createdAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().optional(),
  unsubscribedAt: z.iso.datetime().optional(),
  /** Read no more: profiles written before the confirmation slots (see claimConfirmationSlot) may hold it. */
  confirmationsSent: z.array(z.iso.datetime()).optional(),
  /** The sign-up request (its id) whose link made this subscriber active: a second click resumes, never reapplies. */
  confirmedSignup: z.string().min(1).max(64).optional(),
  /** Transient bounces since the last delivery; suppressed at SOFT_BOUNCE_LIMIT. */
  softBounces: z.number().int().min(0).optional(),
  pausedAt: z.iso.datetime().optional(),
  suppressedAt: z.iso.datetime().optional(),
});
export type Subscriber = z.infer<typeof subscriberSchema>;
