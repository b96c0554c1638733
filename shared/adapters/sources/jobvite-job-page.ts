import { DomUtils } from 'htmlparser2';
import { type HtmlElement, hasClass, type JobPageMarkup } from './job-page';

/**
 * A Jobvite job page, `jobs.jobvite.com/<company>/job/<id>`: the ad is `div.jv-job-detail-description`;
 * `p.jv-job-detail-meta` reads "Department · Place(s)", its parts split by `span.jv-inline-separator`,
 * so the places are what follows the first separator.
 */
export const jobviteJobPage: JobPageMarkup = {
  descriptionName: '.jv-job-detail-description element',
  isDescription: [(el) => hasClass(el, 'jv-job-detail-description')],
  places: (doc) => {
    const meta = DomUtils.findOne((el) => hasClass(el, 'jv-job-detail-meta'), doc.children);
    if (!meta) return [];
    const parts: string[][] = [[]];
    const walk = (nodes: HtmlElement['children']) => {
      for (const node of nodes) {
        if (node.type === 'text' && 'data' in node) parts.at(-1)?.push(node.data);
        else if ('attribs' in node) {
          if (hasClass(node, 'jv-inline-separator')) parts.push([]);
          else walk(node.children);
        }
      }
    };
    walk(meta.children);
    const words = parts.map((p) => p.join(' ').replace(/\s+/g, ' ').trim());
    // One part alone may be the department as well as the place: it is not read as a place.
    return words.length > 1 ? words.slice(1).filter(Boolean) : [];
  },
};
