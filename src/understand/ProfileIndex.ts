import type { Entity, FindingProfile, Vocabulary, VocabularySite } from "../graph/index.js";
import type { ClauseMention } from "./readClauses.js";

/**
 * Most sites walked up a `within` chain (a site, the site it is within, and so on): a
 * bound on a cycle or a runaway chain in the vocabulary, far above the body's few levels.
 */
export const MAX_SITE_CHAIN = 16;

/** A findings profile with its entity, resolved once per graph. */
export interface ProfileEntry {
  readonly profile: FindingProfile;
  readonly entity: Entity;
}

/**
 * The findings profiles, sites and entities a clause is matched against, indexed once per
 * graph: each site with the sites it is within, and the profiles (with their entities) by
 * each feeling, timing and factor they list, so a clause tries only the profiles it can
 * match. Size: sites × chain length, plus one entry per term or factor a profile lists.
 */
export class ProfileIndex {
  private readonly sites: Map<string, VocabularySite>;
  /** Each site with the sites it is within, itself first. */
  private readonly chains = new Map<string, string[]>();
  /** Profiles (with an entity in the graph) by each feeling and timing they list. */
  private readonly byTerm = new Map<string, ProfileEntry[]>();
  private readonly byFactor = new Map<string, FindingProfile[]>();
  /** The profiles with quantity indicators (a weekly mileage jump). */
  readonly withIndicators: readonly FindingProfile[];
  /**
   * Feelings of the whole leg's signs (`anywhere`: not bearing weight): said of a site, they
   * tell of its pain, but denied they deny no pain ("I can put weight on my heel").
   */
  readonly wholeLegFeelings: ReadonlySet<string>;

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
      // One entry per profile, shared by its terms: a clause tries each profile once.
      const entry = entity === undefined ? null : { profile: p, entity };
      for (const term of new Set([...p.feelings, ...p.timings]))
        if (entry !== null) listed(this.byTerm, term).push(entry);
      for (const f of p.factors) listed(this.byFactor, f).push(p);
      if (p.indicators.length > 0) withIndicators.push(p);
    }
    this.withIndicators = withIndicators;
    this.wholeLegFeelings = new Set(
      [...profiles.values()].filter((p) => p.anywhere).flatMap((p) => p.feelings),
    );
  }

  /**
   * How specific a match of `p` at `site` is: 3 at a site it lists, 2 at a site within
   * one; 0 where it does not match (no site, outside its sites, or at or within one of its
   * `notSites` on the way up).
   */
  depth(p: FindingProfile, site: VocabularySite | null): number {
    const chain = this.chain(site);
    for (let i = 0; i < chain.length; i++) {
      const id = chain[i] as string;
      if (p.sites.includes(id)) return i === 0 ? 3 : 2;
      if (p.notSites.includes(id)) return 0;
    }
    return 0;
  }

  /** The entity of an id, if the graph has it. */
  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The symptom a match of `profile` counts as (FindingProfile.countsAs), or null. */
  countsAs(profile: FindingProfile | null): Entity | null {
    const id = profile?.countsAs ?? null;
    return id === null ? null : (this.entities.get(id) ?? null);
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

  /**
   * Whether a feeling is a sign some profile reads, but none at `site` (numbness is the
   * heel's, never the ankle's): a profile without sites reads it anywhere, unless it is a
   * sign said without a place. One look per profile listing the feeling.
   */
  readElsewhere(feeling: string, site: VocabularySite): boolean {
    const entries = this.withTerm(feeling);
    for (const e of entries) {
      const p = e.profile;
      if (p.sites.length === 0 ? !p.unplaced : this.depth(p, site) > 0) return false;
    }
    return entries.length > 0;
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

/** The list under `key`, made empty when there is none. */
function listed<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}
