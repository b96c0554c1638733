import * as z from 'zod';
import { htmlToPlainText } from './html-to-plain-text';

const sectionSchema = z.object({ title: z.string().nullish(), text: z.string().nullish() }).nullish();

/** The ad of a SmartRecruiters posting: its sections, each a title and an HTML text. */
export const smartRecruitersJobAdSchema = z.object({
  sections: z
    .object({
      companyDescription: sectionSchema,
      jobDescription: sectionSchema,
      qualifications: sectionSchema,
      additionalInformation: sectionSchema,
    })
    .nullish(),
});
export type SmartRecruitersJobAd = z.infer<typeof smartRecruitersJobAdSchema>;

/** A posting's detail (`…/postings/<id>`): only the fields we read, the rest pass unread. */
export const smartRecruitersDetailSchema = z.object({
  jobAd: smartRecruitersJobAdSchema,
  postingUrl: z.url().nullish(),
});
export type SmartRecruitersDetail = z.infer<typeof smartRecruitersDetailSchema>;

const order = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'] as const;

/** The ad's sections as plain text, each under its own heading, in the order the job page shows them. */
export function smartRecruitersJobAdText(jobAd: SmartRecruitersJobAd): string {
  const sections = jobAd.sections ?? {};
  return order
    .map((key) => {
      const section = sections[key];
      const body = section?.text ? htmlToPlainText(section.text) : '';
      if (!body) return '';
      const title = section?.title?.trim();
      return title ? `${title}\n${body}` : body;
    })
    .filter(Boolean)
    .join('\n\n');
}
