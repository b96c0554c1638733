import { PostingRefusedError } from '../../ports/posting-refused-error';
import type { Posting } from '../../posting/posting';
import { postingItemBytes } from './posting-items';

/** DynamoDB's limit on one item, names and values. */
export const MAX_ITEM_BYTES = 400 * 1024;
// Packing never grows a posting by more than its keys and a few bytes of framing: one this small fits.
const SURELY_FITS = MAX_ITEM_BYTES - 16 * 1024;

/**
 * Saves one posting, refusing it (PostingRefusedError) when its item would be over DynamoDB's
 * 400 KB or DynamoDB refuses it as invalid (ValidationException), so that the poll rejects that
 * posting and stores the rest. The exact size is computed only for a posting large enough to
 * need it (packing is the costly part).
 */
export async function refuseUnstorable<T>(posting: Posting, save: () => Promise<T>): Promise<T> {
  if (Buffer.byteLength(JSON.stringify(posting)) > SURELY_FITS) {
    const bytes = postingItemBytes(posting);
    if (bytes > MAX_ITEM_BYTES) {
      throw new PostingRefusedError(`too large to store: ${kb(bytes)} packed, over DynamoDB's ${kb(MAX_ITEM_BYTES)}`);
    }
  }
  try {
    return await save();
  } catch (err) {
    if ((err as { name?: unknown }).name === 'ValidationException') {
      throw new PostingRefusedError(`refused by DynamoDB: ${(err as Error).message}`);
    }
    throw err;
  }
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
