import type { Edge, FindingProfile, VocabularySite } from "../graph/index.js";

/**
 * Where each condition is felt, from the symptoms it presents with (PRESENTS_WITH edges):
 * the broadest site (its `within` chain followed up) that most of those symptoms' profiles
 * name, so "my plantar fasciitis is back, worst in the morning" reads the morning at the
 * heel. A condition whose symptoms name no site, or two sites as often, has none. One pass
 * over the edges and each profile's few sites.
 */
export function conditionSites(
  edges: readonly Edge[],
  profiles: ReadonlyMap<string, FindingProfile>,
  sites: ReadonlyMap<string, VocabularySite>,
): Map<string, VocabularySite> {
  const top = (id: string): VocabularySite | null => {
    let site = sites.get(id) ?? null;
    // Bounded by the number of sites: a `within` chain has no cycle (graph:check).
    for (let i = 0; site?.within != null && i < sites.size; i++)
      site = sites.get(site.within) ?? site;
    return site;
  };
  const votes = new Map<string, Map<string, number>>();
  for (const e of edges) {
    if (e.relation !== "PRESENTS_WITH") continue;
    const profile = profiles.get(e.to);
    if (profile === undefined) continue;
    const seen = new Set<string>();
    for (const s of profile.sites) {
      const site = top(s);
      if (site === null || seen.has(site.id)) continue;
      seen.add(site.id);
      const byCondition = votes.get(e.from) ?? new Map<string, number>();
      byCondition.set(site.id, (byCondition.get(site.id) ?? 0) + 1);
      votes.set(e.from, byCondition);
    }
  }
  const out = new Map<string, VocabularySite>();
  for (const [condition, counts] of votes) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first === undefined || (second !== undefined && second[1] === first[1])) continue;
    const site = sites.get(first[0]);
    if (site !== undefined) out.set(condition, site);
  }
  return out;
}
