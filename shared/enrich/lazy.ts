/**
 * A table built on first use, then kept. Enrichment's tables (ICU names in a dozen locales, every
 * inflection) cost tens of ms each to build; built at import, every Lambda cold start would pay for
 * them, even one that never enriches.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = build();
    return value;
  };
}
