import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Job feeds write names like "you&#039;ll": numeric and HTML entities decode to their characters.
  htmlEntities: true,
});

/**
 * Refuses what is not a well-formed XML document: an HTML page served with 200, an empty body, or
 * XML cut short or broken (a cut-off feed would otherwise read as jobs that closed).
 */
export function checkXmlBody(label: string, url: string, body: string, contentType: string, what: string): void {
  const got = (detail: string) => new Error(`${label}: expected ${what}, got ${detail} from ${url}`);
  const start = body.trimStart();
  if (!start) throw got('an empty body');
  if (/html/i.test(contentType) || isHtmlStart(start)) throw got(`an HTML page (${contentType || 'no content type'})`);
  if (!start.startsWith('<')) throw got(`a body that is not XML (${contentType || 'no content type'})`);
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw got(`malformed XML (${valid.err.msg} at line ${valid.err.line}, column ${valid.err.col})`);
}

/** A well-formed XML body as a plain object (attributes under `@_name`); see {@link checkXmlBody}. */
export function parseXmlBody(
  label: string,
  url: string,
  body: string,
  contentType: string,
  what: string,
): Record<string, unknown> {
  checkXmlBody(label, url, body, contentType, what);
  return parser.parse(body) as Record<string, unknown>;
}

/** The name of a document's first element, `undefined` when it has none. */
export function rootElementName(body: string): string | undefined {
  let at = body.indexOf('<');
  while (at !== -1) {
    const next = body[at + 1];
    if (next !== '?' && next !== '!') {
      const end = body.slice(at + 1, at + 200).search(/[\s/>]/);
      return end > 0 ? body.slice(at + 1, at + 1 + end) : undefined;
    }
    at = body.indexOf('<', at + 1);
  }
  return undefined;
}

function isHtmlStart(start: string): boolean {
  const head = start.slice(0, 15).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
