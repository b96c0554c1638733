/**
 * How deep elements may nest before HTML is read as text. Real postings nest a dozen levels;
 * html-to-text walks its tree recursively and overflows the stack somewhere past a thousand, and
 * htmlparser2 keeps its stack with `unshift`, which makes a parse quadratic in the depth.
 */
export const MAX_HTML_DEPTH = 100;

// Elements that run on within a line: flattened, they leave nothing behind; any other leaves a break.
const INLINE = new Set(
  'a abbr b bdi bdo big cite code data dfn em font i kbd mark nobr q s samp small span strike strong sub sup time tt u var'.split(
    ' ',
  ),
);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
// Raw text: their content is not parsed; not text either, so dropped when flattened.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
// An open tag of one of these closes an open element of the same group (implied end tags).
const SIBLINGS: Record<string, string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
  p: ['p'],
};
const CLOSES_P = new Set(
  'address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  ),
);
// How far down the stack a closing tag looks for its element: a stray one further down is ignored.
const CLOSE_REACH = 16;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>/y;

/**
 * The same HTML with elements nested deeper than `maxDepth` flattened: their tags dropped, their
 * text kept (a block element leaves a line break), so that reading it is bounded by `maxDepth`
 * however deep the input nests. One linear pass with a light tag reader (no DOM, no recursion);
 * HTML within the bound is returned as it came.
 */
export function boundHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): string {
  if (html.length < maxDepth * 3) return html; // cannot hold maxDepth elements
  const lower = html.toLowerCase();
  const out: string[] = [];
  const stack: string[] = [];
  let flattened = false;
  // Where the open flattened elements begin on the stack: everything from there down is flattened.
  let flatFrom = Number.POSITIVE_INFINITY;
  let i = 0;
  const emitBreak = () => {
    if (out[out.length - 1] !== '<br>') out.push('<br>');
  };
  const pop = (): void => {
    const name = stack.pop() as string;
    if (stack.length < Math.min(maxDepth, flatFrom)) out.push(`</${name}>`);
    else if (!INLINE.has(name)) emitBreak();
    if (stack.length === flatFrom) flatFrom = Number.POSITIVE_INFINITY;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      out.push(html.slice(lt, i));
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      // A closing tag: pops to its element when that is near the top, else is dropped.
      const at = stack.lastIndexOf(name, stack.length - 1);
      if (at >= 0 && at >= stack.length - CLOSE_REACH) while (stack.length > at) pop();
      continue;
    }
    const siblings = SIBLINGS[name];
    if (siblings?.includes(stack[stack.length - 1] ?? '') || (CLOSES_P.has(name) && stack[stack.length - 1] === 'p')) {
      pop();
    }
    // A table is kept only with room for its rows and cells: text right inside a <table> is lost.
    const room = name === 'table' ? maxDepth - 4 : maxDepth;
    const kept = stack.length < Math.min(room, flatFrom);
    if (kept) out.push(m[0]);
    else {
      flattened = true;
      if (!RAW.has(name) && !VOID.has(name)) flatFrom = Math.min(flatFrom, stack.length);
      if (!INLINE.has(name)) emitBreak();
    }
    if (RAW.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const stop = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
      if (kept) out.push(html.slice(i, stop));
      i = stop;
    } else if (!VOID.has(name)) stack.push(name);
  }
  return flattened ? out.join('') : html;
}
