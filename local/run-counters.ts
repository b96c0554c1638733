import type { Deps } from '../shared/use-cases/deps';

/** Counts matches recorded and emails sent through a Deps, for the local run summary. */
export function countRuns(deps: Deps): { matches: number; emails: number } {
  const counts = { matches: 0, emails: 0 };
  const { matches, mailer } = deps;
  const addMatch = matches.addMatch.bind(matches);
  const send = mailer.send.bind(mailer);
  deps.matches = Object.assign(Object.create(matches), {
    addMatch: async (...args: Parameters<typeof addMatch>) => {
      const added = await addMatch(...args);
      if (added) counts.matches++;
      return added;
    },
  });
  deps.mailer = {
    send: async (email, options) => {
      const out = await send(email, options);
      counts.emails++;
      return out;
    },
  };
  return counts;
}
