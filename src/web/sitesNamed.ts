import { firstSite, type NamedSite } from "./examples.js";
import { SitesNamedOperation } from "./generated/operations.js";
import { gql } from "./graphql.js";
import { withinLookup } from "./withinLookup.js";

/**
 * Complaints left out that are read for the part they name, at most: the hint names one
 * part, and a runner who left out twenty complaints needs no twenty requests.
 */
export const SITE_LOOKUPS = 3;

/**
 * The body site the service's reader names in the complaints it left out (`unmatched`; the
 * first {@link SITE_LOOKUPS} are asked, at once; see firstSite), so the page says which
 * part it heard without a word list of its own. Null when none names one (another body
 * part, nonsense, an animal's; or nothing was left out); undefined when the service could
 * not be asked or did not answer in time ({@link withinLookup}: the hint then says both
 * ways), so a failure or a stall never holds a trace up; a stalled request is aborted.
 */
export async function sitesNamed(
  unmatched: readonly string[],
): Promise<NamedSite | null | undefined> {
  if (unmatched.length === 0) return null;
  return withinLookup<NamedSite | null | undefined>(
    (signal) =>
      Promise.all(
        unmatched.slice(0, SITE_LOOKUPS).map((text) => gql(SitesNamedOperation, { text }, signal)),
      ).then((answers) => firstSite(answers.map((a) => a.understand))),
    undefined,
  );
}
