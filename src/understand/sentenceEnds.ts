/**
 * Marks that end a sentence for the order of pains: an order word speaks of the sites of its
 * own sentence (SiteOrder), and a list of sites in order runs to the first of them
 * (orderedSitesFelt).
 */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", ";"]);
