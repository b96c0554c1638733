import { DomUtils } from 'htmlparser2';
import {
  elementText,
  type HtmlDocument,
  type HtmlElement,
  hasClass,
  hasItemprop,
  type JobPageMarkup,
} from './job-page';
import { jsonLdPlaces } from './json-ld-places';

const ADDRESS_PARTS = ['addressLocality', 'addressRegion', 'addressCountry'] as const;

/**
 * A SuccessFactors (Recruiting Marketing) job page, `/job/<slug>/<id>/`: it carries no JSON-LD
 * but schema.org microdata. The ad is the `itemprop="description"` element (a span or a div,
 * classed `jobdescription` on most sites, `#job-description` on some themes); the places are the
 * `addressLocality` / `addressRegion` / `addressCountry` of each `jobLocation` (or of the page),
 * else the `jobGeoLocation` label; the date is `datePosted`.
 */
export const successFactorsJobPage: JobPageMarkup = {
  descriptionName: '.jobdescription, [itemprop=description] or #job-description element',
  isDescription: [
    (el) => hasClass(el, 'jobdescription'),
    (el) => hasItemprop(el, 'description'),
    (el) => el.attribs.id === 'job-description' || el.attribs['data-careersite-propertyid'] === 'description',
  ],
  places: (doc) => {
    const scopes = DomUtils.findAll((el) => hasItemprop(el, 'jobLocation'), doc.children);
    const addresses = (scopes.length > 0 ? scopes.map((s) => s.children) : [doc.children]).map((nodes) =>
      Object.fromEntries(ADDRESS_PARTS.map((part) => [part, itempropValue(nodes, part)])),
    );
    const places = jsonLdPlaces(
      addresses.map((address) => ({ address })),
      undefined,
    );
    if (places.length > 0) return places;
    const labels = DomUtils.findAll((el) => hasClass(el, 'jobGeoLocation'), doc.children).map(elementText);
    return [...new Set(labels.filter(Boolean))];
  },
  postedAt: (doc: HtmlDocument) => itempropValue(doc.children, 'datePosted'),
};

/** A microdata property's value: its `content` attribute (a meta), else its text. */
function itempropValue(nodes: HtmlElement['children'], name: string): string | undefined {
  const el = DomUtils.findOne((e) => hasItemprop(e, name), nodes);
  const value = el ? (el.attribs.content ?? elementText(el)).trim() : '';
  return value || undefined;
}
