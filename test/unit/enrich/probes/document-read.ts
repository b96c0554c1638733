import { enrichPosting } from '../../../../shared/enrich/enrich-posting';

/** A document read as a job source would hand it over: a title and a text. */
export const read = (title: string, text: string) => enrichPosting({ title, text });

/** The evidence behind a document's is-posting decision (the rule names why it is not an ad). */
export const why = (title: string, text: string) => read(title, text).evidence.find((e) => e.field === 'isPosting');
