import type { Entity, FindingProfile, Vocabulary, VocabularySite } from "../graph/index.js";
import type { ClauseMention } from "./readClauses.js";

/**
 * Most sites walked up a `within` chain (a site, the site it is within, and so on): a
 * bound on a cycle or a runaway chain in the vocabulary, far above the body's few levels.
 */
const MAX_SITE_CHAIN = 16;

/**
 * The findings profiles, sites and entities a clause is matched against, indexed once per
 * graph: each site with the sites it is within, and the profiles by each feeling, timing
 * and factor they list, so a clause tries only the profiles it can match.
 */
export class ProfileIndex {
  private readonly sites: Map<string, VocabularySite>;
  /** Each site with the sites it is within, itself first. */
  private readonly chains = new Map<string, string[]>();
  /** Profiles by each feeling and timing they list. */
  private readonly byTerm = new Map<string, FindingProfile[]>();
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
      for (const term of new Set([...p.feelings, ...p.timings]))
        this.byTerm.set(term, [...(this.byTerm.get(term) ?? []), p]);
      for (const f of p.factors) this.byFactor.set(f, [...(this.byFactor.get(f) ?? []), p]);
      if (p.indicators.length > 0) withIndicators.push(p);
    }
    this.withIndicators = withIndicators;
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

  /** The profiles that list a feeling or timing. */
  withTerm(term: string): readonly FindingProfile[] {
    return this.byTerm.get(term) ?? [];
  }

  /** The profiles that list a factor. */
  withFactor(factor: string): readonly FindingProfile[] {
    return this.byFactor.get(factor) ?? [];
  }

  /** Whether `site` is one of `sites`, within one, or has one within it. */
  sameFamily(site: VocabularySite | null, sites: ReadonlySet<string>): boolean {
    if (site === null || sites.size === 0) return false;
    if (this.chain(site).some((id) => sites.has(id))) return true;
    return [...sites].some((id) => this.chains.get(id)?.includes(site.id) === true);
  }
}
