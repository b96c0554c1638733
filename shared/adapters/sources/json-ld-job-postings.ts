export type JsonLdNode = Record<string, unknown>;

const MAX_DEPTH = 32;

/**
 * Every schema.org JobPosting in parsed JSON-LD values: at the top, in arrays (nested too), in
 * `@graph`, or inside other nodes (an ItemList's `itemListElement`, a page's `mainEntity`).
 */
export function findJobPostings(values: unknown[]): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    if (isJobPosting(node)) {
      found.push(node);
      return;
    }
    for (const child of Object.values(node)) visit(child, depth + 1);
  };
  for (const value of values) visit(value, 0);
  return found;
}

function isJobPosting(node: JsonLdNode): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  // "JobPosting", "schema:JobPosting" and "https://schema.org/JobPosting" all name the same type.
  return types.some((t) => typeof t === 'string' && t.split(/[/:#]/).pop() === 'JobPosting');
}
