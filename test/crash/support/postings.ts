import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { postingId } from '../../../shared/posting/posting-identity';

/** The folder source's id in every crash world: it names every posting id. */
export const SOURCE_ID = 'crash-folder';

const roles = [
  'Customer Support Agent',
  'Technical Support Specialist',
  'Billing Specialist',
  'Onboarding Coordinator',
  'Account Manager',
  'Claims Handler',
  'Content Moderator',
  'Sales Representative',
];
const products = ['Solar Roofs', 'Ferry Tickets', 'Pet Insurance', 'Cloud Bookkeeping', 'Bike Rentals'];
const cities = ['Lisbon', 'Porto', 'Faro', 'Braga', 'Coimbra'];
const duties = [
  'answer customers by phone, chat and email',
  'explain invoices, refunds and payment plans',
  'walk new clients through their first weeks with us',
  'solve problems with logins, orders and deliveries',
  'write clear notes for the second-line team',
];

/** The file name (the folder source's external id) of posting `i` (0-based). */
const fileName = (i: number) => `crash-${String(i + 1).padStart(2, '0')}-${i % 4 === 3 ? 'plain.txt' : 'ad.md'}`;

/** Posting `i`'s fields (0 ≤ i < 40): a distinct role × product in Portugal, requiring Norwegian. */
export function crashPosting(i: number) {
  const role = roles[i % roles.length] as string;
  const product = products[Math.floor(i / roles.length) % products.length] as string;
  const city = cities[(i * 3) % cities.length] as string;
  const duty = duties[(i * 7) % duties.length] as string;
  const body = `# ${role}, ${product}

Example ${product} ${i + 1} is opening an office in ${city}. We sell ${product.toLowerCase()} to
households in Norway and need people who ${duty}, in Norwegian, from our ${city} office.

## Your tasks

- ${duty[0]?.toUpperCase()}${duty.slice(1)}
- Keep our help pages about ${product.toLowerCase()} up to date
- Team ${i + 1} meets every Monday; you report to the ${role.toLowerCase()} lead

## Requirements

- Fluent Norwegian (C1 or native), written and spoken
- Good English (B2) for internal tools
- You live in Portugal or are ready to move to ${city}

## We offer

A permanent full-time contract, a paid relocation bonus and a Portuguese course.
`;
  return {
    title: `Norwegian-Speaking ${role} for ${product}`,
    company: `Example ${product} ${i + 1}`,
    city,
    url: `https://jobs.example.com/crash/${i + 1}/${role.toLowerCase().replaceAll(' ', '-')}`,
    postedAt: `2026-12-0${1 + (i % 6)}T09:00:00+00:00`,
    remote: i % 2 === 0 ? 'onsite' : 'hybrid',
    body,
  };
}

/**
 * Writes `count` made-up postings (≤ 40, each a distinct role × product, in Portugal, requiring
 * Norwegian) into `dir`, Markdown with front matter and `.txt` with front matter, and returns
 * their posting ids: what every crash-world subscriber must receive, exactly once each.
 */
export async function writePostings(dir: string, count = 40): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = crashPosting(i);
    const text = `---
title: "${p.title}"
company: "${p.company}"
location: "${p.city}, Portugal"
url: "${p.url}"
postedAt: "${p.postedAt}"
remote: ${p.remote}
---

${p.body}`;
    await writeFile(path.join(dir, fileName(i)), text);
    ids.push(postingId({ sourceId: SOURCE_ID, externalId: fileName(i) }));
  }
  return ids;
}
