/** A signed link names a subscriber we no longer have (erased, or never stored). */
export class SubscriberNotFoundError extends Error {
  readonly code = 'subscriber.not-found';
  constructor() {
    super('this link belongs to a subscription that no longer exists');
    this.name = 'SubscriberNotFoundError';
  }
}
