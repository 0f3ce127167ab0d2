import type { Item } from "./clauseItems.js";
import type { ClauseMention } from "./readClauses.js";

/**
 * Whether the comma at item `k` only lists what a site is like before the site ("my horse
 * has a hot, swollen heel", "a red, puffy ankle"): a feeling right before it, a feeling
 * right after it and a site right after that, and no site yet in the clause. Such a comma
 * ends no clause, so whoever the clause is about keeps what follows; after a site ("my heel
 * is sore, swollen ankle too") it ends one as before.
 */
export function feelingsListed(
  items: readonly Item[],
  k: number,
  mentions: readonly ClauseMention[],
): boolean {
  const before = items[k - 1];
  const next = items[k + 1];
  const site = items[k + 2];
  return (
    before?.kind === "mention" &&
    before.m.concept.type === "FEELING" &&
    next?.kind === "mention" &&
    next.m.concept.type === "FEELING" &&
    site?.kind === "mention" &&
    site.m.concept.type === "SITE" &&
    !mentions.some((m) => m.concept.type === "SITE")
  );
}
