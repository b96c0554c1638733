/**
 * The store will not hold this one posting (its item is too large, or the database refused it as
 * invalid): the poll rejects that posting with this reason and goes on with the others. Any other
 * store error (throttling, the network) is not about the posting and fails the source's run.
 */
export class PostingRefusedError extends Error {
  readonly code = 'store.posting-refused';

  constructor(reason: string) {
    super(reason);
    this.name = 'PostingRefusedError';
  }
}
