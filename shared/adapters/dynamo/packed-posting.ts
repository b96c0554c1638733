import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { type Enrichment, type Posting, storedEnrichment } from '../../posting/posting';
import { postingFingerprint } from '../../posting/posting-identity';
import { postingIdOfItem } from './keys';

// A posting is stored packed: its fields as brotli-compressed JSON in one Binary attribute, which
// takes a 3–11 KB posting to 1–3 write units (billed per started KB, so every byte near a KB
// boundary counts). Quality 11 packs the real postings 12% smaller than 9, in about the same time
// at this size (5–9 ms a posting on a noisy 2-core box). Status and closedAt stay plain, since
// closing updates them in place. Left out, since they can be had otherwise: the id (the key names
// it), the fingerprint (a hash of title and text) and the enrichment's field names (its values go
// in the order below); the last two alone are 0.21 write units per real posting.
const plainFields = ['status', 'closedAt', 'unlisted'] as const;

/**
 * The order of an enrichment's values in a packed posting: append only, never reorder. JSON turns
 * an undefined value into null, so a field added later needs a default for null and for absent.
 */
const enrichmentOrder = [
  'isPosting',
  'adLanguage',
  'requiredLanguages',
  'requiredOneOf',
  'optionalLanguages',
  'countries',
  'cities',
  'remote',
  'remoteRegion',
  'deadline',
  'evidence',
  'impliedLanguage',
] as const satisfies readonly (keyof Enrichment)[];

/** The attributes of a posting item that hold the posting itself (its keys aside). */
export function packPosting(posting: Posting): Record<string, unknown> {
  const { status, closedAt, unlisted, id: _key, fingerprint: _hash, enrichment, ...rest } = posting;
  const stored = storedEnrichment(enrichment);
  const json = JSON.stringify({ ...rest, enrichment: enrichmentOrder.map((f) => stored[f]) });
  const packed = brotliCompressSync(json, {
    params: {
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
    },
  });
  return { status, ...(closedAt ? { closedAt } : {}), ...(unlisted ? { unlisted } : {}), packed };
}

/**
 * A posting item's fields as the posting schema reads them. An item without its packed posting
 * comes back as its plain attributes alone, which the schema refuses, naming what is missing.
 */
export function unpackPosting(item: Record<string, unknown>): Record<string, unknown> {
  const id = postingIdOfItem(item);
  if (!(item.packed instanceof Uint8Array)) return { id, status: item.status };
  const fields = JSON.parse(brotliDecompressSync(item.packed).toString('utf8')) as Record<string, unknown>;
  for (const f of plainFields) if (item[f] !== undefined) fields[f] = item[f];
  fields.id = id;
  const enrichment = fields.enrichment;
  if (Array.isArray(enrichment))
    fields.enrichment = Object.fromEntries(enrichmentOrder.map((f, i) => [f, enrichment[i]]));
  if (typeof fields.title === 'string' && typeof fields.text === 'string') {
    fields.fingerprint = postingFingerprint({ title: fields.title, text: fields.text });
  }
  return fields;
}
