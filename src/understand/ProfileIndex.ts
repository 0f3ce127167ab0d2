import type { Entity, FindingProfile, Vocabulary, VocabularySite } from "../graph/index.js";
import type { ClauseMention } from "./readClauses.js";

/**
 * Most sites walked up a `within` chain (a site, the site it is within, and so on): a
 * bound on a cycle or a runaway chain in the vocabulary, far above the body's few levels.
 */
const MAX_SITE_CHAIN = 16;

/** A findings profile with its entity and where it matches, resolved once per graph. */
export interface ProfileEntry {
  readonly profile: FindingProfile;
  readonly entity: Entity;
  /**
   * How specific a match at each vocabulary site is: 3 at a site the profile lists, 2 at a
   * site within one; absent where it does not match (outside its sites, or at or within one
   * of its `notSites` on the way up). Empty for a profile without sites. At most one entry
   * per vocabulary site.
   */
  readonly depthAt: ReadonlyMap<string, number>;
}

/**
 * The findings profiles, sites and entities a clause is matched against, indexed once per
 * graph: each site with the sites it is within, the profiles by each feeling, timing and
 * factor they list, so a clause tries only the profiles it can match, and each profile's
 * depth at each site. Size: sites × chain length, plus profiles × (terms + sites) entries
 * (82 profiles × 23 sites on the bundled data), built with the reader.
 */
export class ProfileIndex {
  private readonly sites: Map<string, VocabularySite>;
  /** Each site with the sites it is within, itself first. */
  private readonly chains = new Map<string, string[]>();
  /** Profiles (with an entity in the graph) by each feeling and timing they list. */
  private readonly byTerm = new Map<string, ProfileEntry[]>();
  /** Each entity id's place in localeCompare order (equal ids, equal places). */
  private readonly ranks = new Map<string, number>();
  private readonly byFactor = new Map<string, FindingProfile[]>();
  /** The profiles with quantity indicators (a weekly mileage jump). */
  readonly withIndicators: readonly FindingProfile[];

  constructor(
    vocabulary: Vocabulary,
    profiles: ReadonlyMap<string, FindingProfile>,
    private readonly entities: ReadonlyMap<string, Entity>,
  ) {
    this.sites = new Map(vocabulary.sites.map((s) => [s.id, s]));
    for (const s of vocabulary.sites) {
      const chain: string[] = [];
      for (
        let at: VocabularySite | undefined = s;
        at !== undefined && chain.length < MAX_SITE_CHAIN;
      ) {
        chain.push(at.id);
        at = at.within === null ? undefined : this.sites.get(at.within);
      }
      this.chains.set(s.id, chain);
    }
    const withIndicators: FindingProfile[] = [];
    for (const p of profiles.values()) {
      const entity = entities.get(p.entity);
      const entry = entity === undefined ? null : { profile: p, entity, depthAt: this.depths(p) };
      for (const term of new Set([...p.feelings, ...p.timings]))
        if (entry !== null) this.byTerm.set(term, [...(this.byTerm.get(term) ?? []), entry]);
      for (const f of p.factors) this.byFactor.set(f, [...(this.byFactor.get(f) ?? []), p]);
      if (p.indicators.length > 0) withIndicators.push(p);
    }
    this.withIndicators = withIndicators;
    const ids = [...entities.keys()].sort((a, b) => a.localeCompare(b));
    ids.forEach((id, i) => {
      const before = ids[i - 1];
      const same = before !== undefined && before.localeCompare(id) === 0;
      this.ranks.set(id, same ? (this.ranks.get(before) ?? i) : i);
    });
  }

  /** A profile's depth at each site where it matches (see ProfileEntry.depthAt). */
  private depths(p: FindingProfile): Map<string, number> {
    const depthAt = new Map<string, number>();
    if (p.sites.length === 0) return depthAt;
    for (const [site, chain] of this.chains) {
      const at = chain.findIndex((id) => p.sites.includes(id));
      if (at < 0 || chain.slice(0, at).some((id) => p.notSites.includes(id))) continue;
      depthAt.set(site, at === 0 ? 3 : 2);
    }
    return depthAt;
  }

  /**
   * Compares two entity ids as `a.localeCompare(b)` does (its sign), by their place in
   * that order computed once.
   */
  compareIds(a: string, b: string): number {
    const ra = this.ranks.get(a);
    const rb = this.ranks.get(b);
    return ra === undefined || rb === undefined ? a.localeCompare(b) : ra - rb;
  }

  /** The entity of an id, if the graph has it. */
  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The site of a site id. */
  site(id: string): VocabularySite | null {
    return this.sites.get(id) ?? null;
  }

  /** The site a mention names, or null when it names none. */
  siteOf(m: ClauseMention | null): VocabularySite | null {
    return m !== null && m.concept.type === "SITE" ? this.site(m.concept.id) : null;
  }

  /** `site` with the sites it is within, itself first; none for no site. */
  chain(site: VocabularySite | null): readonly string[] {
    return site === null ? [] : (this.chains.get(site.id) ?? []);
  }

  /** The profiles that list a feeling or timing, whose entity the graph has. */
  withTerm(term: string): readonly ProfileEntry[] {
    return this.byTerm.get(term) ?? [];
  }

  /** The profiles that list a factor. */
  withFactor(factor: string): readonly FindingProfile[] {
    return this.byFactor.get(factor) ?? [];
  }

  /** Whether `site` is one of `sites`, within one, or has one within it. */
  sameFamily(site: VocabularySite | null, sites: ReadonlySet<string>): boolean {
    if (site === null || sites.size === 0) return false;
    for (const id of this.chain(site)) if (sites.has(id)) return true;
    for (const id of sites) if (this.chains.get(id)?.includes(site.id) === true) return true;
    return false;
  }

  /** Whether `site` is the site `id`, within it, or has it within it. */
  related(site: VocabularySite | null, id: string): boolean {
    if (site === null) return false;
    return this.chain(site).includes(id) || this.chains.get(id)?.includes(site.id) === true;
  }
}
