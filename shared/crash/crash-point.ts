/**
 * The named steps at which the crash suite (`npm run test:crash`) kills a process, as a crash
 * would: `JOBALERT_CRASH_AT=<step>` kills it the first time it passes the step, `<step>@<n>` the
 * n-th time. Each step sits where a crash could break a delivery invariant; docs/architecture.md
 * says which invariant and how it holds.
 */
export const crashSteps = [
  /** A poll stored a new or changed posting and has not yet handed it to matching. */
  'poll.after-save',
  /** A poll stored its listing (and moved its postings on) and has not yet saved the source's state: its new cursor. */
  'poll.before-state',
  /** Matching recorded a match and has not yet finished the posting. */
  'match.after-add-match',
  /** A digest claimed its postings and has not yet recorded itself as sending. */
  'digest.after-claim',
  /** A digest is recorded as sending and SES has not yet been called. */
  'digest.before-send',
  /** SES accepted the email and the digest is not yet recorded as sent: the one documented window. */
  'digest.after-send',
  /** The digest is recorded as sent and its pending matches are not yet dropped. */
  'digest.after-sent',
  // Sign-up and confirm.
  /** A sign-up took a confirmation slot and stored its request; the email is not yet sent. */
  'signup.before-send',
  /** A confirm made the subscriber active; the backfill is not yet matched nor its digest queued. */
  'confirm.after-activate',
] as const;

export type CrashStep = (typeof crashSteps)[number];

const passes = new Map<string, number>();

/** Kills this process with SIGKILL at `step` when JOBALERT_CRASH_AT names it; nothing otherwise. */
export function crashPoint(step: CrashStep): void {
  const wanted = process.env.JOBALERT_CRASH_AT;
  if (!wanted) return;
  const [name, nth = '1'] = wanted.split('@');
  if (name !== step) return;
  const count = (passes.get(step) ?? 0) + 1;
  passes.set(step, count);
  if (count === Number(nth)) process.kill(process.pid, 'SIGKILL');
}
