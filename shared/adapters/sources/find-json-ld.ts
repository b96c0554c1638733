import { Parser } from 'htmlparser2';

/**
 * The text of every `<script type="application/ld+json">` in an HTML page, in page order. The
 * page is parsed with htmlparser2, so scripts in comments or attribute values are not picked up.
 */
export function findJsonLd(html: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'script' && isJsonLdType(attribs.type)) current = [];
    },
    ontext(text) {
      current?.push(text);
    },
    onclosetag(name) {
      if (name === 'script' && current) {
        blocks.push(current.join(''));
        current = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return blocks;
}

function isJsonLdType(type: string | undefined): boolean {
  // Media types are case-insensitive and may carry parameters ("application/ld+json; charset=utf-8").
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/ld+json';
}
