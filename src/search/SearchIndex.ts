import MiniSearch from "minisearch";
import type { Entity, EntityKind, Steps } from "../graph/index.js";
import { type Candidate, combineTermHits, matchedSet } from "./combineTermHits.js";
import { type EntityDocument, entityDocument } from "./entityText.js";
import { makeSnippet } from "./makeSnippet.js";
import { processTerm, terms, tokenize } from "./normalizeText.js";
import { rememberLinks, rerank } from "./rerank.js";
import { SuggestIndex, type Suggestion } from "./SuggestIndex.js";
import { SynonymExpander } from "./synonymExpander.js";
import { TERM_CACHE_BYTES, TermCache, type TermHits } from "./TermCache.js";

/** Options of one search. */
export interface SearchOptions {
  /** Only hits of these kinds (default: all kinds). */
  readonly kinds?: readonly EntityKind[] | null;
  /** How many hits to return (default 10; the API bounds it to 1..50). */
  readonly limit?: number;
  /** How many hits to skip (default 0). */
  readonly offset?: number;
  /** Let entities linked to strong hits rank up (default true; see rerank). */
  readonly graphBlend?: boolean;
  /** Build snippets (default true); callers that only rank, such as trace matching, skip them. */
  readonly snippets?: boolean;
  /**
   * Told, before the lookups, how many terms the search looks up (the query's and its
   * synonyms'); it may throw to stop the search (a budget). Default: nobody.
   */
  readonly meter?: (terms: number) => void;
}

/** One hit, best first. */
export interface SearchHit {
  readonly entity: Entity;
  /** BM25+ relevance with field boosts; comparable within one query only. */
  readonly score: number;
  /**
   * Share of the query's meaning that the hit covers, 0..1: the query terms it matched
   * (directly, by typo, prefix or synonym), weighted by how rare each term is.
   */
  readonly coverage: number;
  /** Score added by graph blending: being linked to strong hits (see rerank). */
  readonly graphBoost: number;
  /** The query is exactly one of the entity's names or aliases (after term processing). */
  readonly exact: boolean;
  /** The query terms (processed) that matched. */
  readonly matchedTerms: readonly string[];
  /** Best passage of the entity's text with matches wrapped in `<mark>`. */
  readonly snippet: string;
}

/**
 * Field boosts: a match in the name outranks one in aliases, which outranks a passing
 * mention in the summary or steps.
 */
export const FIELD_BOOSTS = { name: 4, aliases: 3, summary: 1.5, text: 1 } as const;

/**
 * Edit distance allowed for a typo in a query term: none under 5 letters (too many short
 * words are one letter apart), 1 up to 7 letters, 2 from 8 letters ("fascitis",
 * "tendonitis"). Bounded, so fuzzy lookups stay cheap on a large vocabulary.
 */
export function fuzzyDistance(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 8 ? 1 : 2;
}

/** Weight of a term brought in by a synonym, relative to a term the user typed. */
const SYNONYM_WEIGHT = 0.7;

/**
 * Full-text index over the entities of the graph, built on MiniSearch: folded, stemmed
 * terms, curated synonyms, typo tolerance (a bounded edit distance, see
 * {@link fuzzyDistance}) and prefix matching of the last term as the user types.
 */
export class SearchIndex {
  private readonly mini: MiniSearch<EntityDocument>;
  private readonly entities: ReadonlyMap<string, Entity>;
  private readonly synonyms: SynonymExpander;
  private readonly documentFrequency: ReadonlyMap<string, number>;
  private readonly suggestions: SuggestIndex;
  private readonly exactNames: ReadonlyMap<string, readonly string[]>;
  private readonly neighbours: ((id: string) => readonly string[]) | null;
  private readonly termCache: TermCache;

  private constructor(parts: {
    mini: MiniSearch<EntityDocument>;
    entities: ReadonlyMap<string, Entity>;
    synonyms: SynonymExpander;
    documentFrequency: ReadonlyMap<string, number>;
    suggestions: SuggestIndex;
    exactNames: ReadonlyMap<string, readonly string[]>;
    neighbours: ((id: string) => readonly string[]) | null;
    termCacheBytes: number;
  }) {
    this.mini = parts.mini;
    this.entities = parts.entities;
    this.synonyms = parts.synonyms;
    this.documentFrequency = parts.documentFrequency;
    this.suggestions = parts.suggestions;
    this.exactNames = parts.exactNames;
    this.neighbours = parts.neighbours === null ? null : rememberLinks(parts.neighbours);
    this.termCache = new TermCache(parts.termCacheBytes);
  }

  /**
   * Indexes `entities`, one entity (or synonym group) per step (see Steps).
   * @param entities every entity to index, by id.
   * @param synonymGroups curated groups of interchangeable words or phrases.
   * @param neighbours ids linked to an id in the graph, for graph blending (see
   *   {@link rerank}); null to rank by text alone.
   * @param termCacheBytes bound of the per-term results remembered (default
   *   {@link TERM_CACHE_BYTES}; 0 remembers none).
   */
  static *build(
    entities: ReadonlyMap<string, Entity>,
    synonymGroups: readonly (readonly string[])[],
    neighbours: ((id: string) => readonly string[]) | null,
    termCacheBytes: number = TERM_CACHE_BYTES,
  ): Steps<SearchIndex> {
    const synonyms = yield* SynonymExpander.build(synonymGroups);
    const mini = new MiniSearch<EntityDocument>({
      fields: ["name", "aliases", "summary", "text"],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: {
        // Queries arrive already processed (see `search`): split on spaces only.
        tokenize: (text) => text.split(" ").filter((t) => t.length > 0),
        processTerm: (term) => term,
      },
    });
    const exactNames = new Map<string, string[]>();
    const documentFrequency = new Map<string, number>();
    for (const entity of entities.values()) {
      const doc = entityDocument(entity);
      mini.add(doc);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = terms(name).join(" ");
        const ids = exactNames.get(key);
        if (ids === undefined) exactNames.set(key, [entity.id]);
        else ids.push(entity.id);
      }
      const seen = new Set(terms(`${doc.name} ${doc.aliases} ${doc.summary} ${doc.text}`));
      for (const t of seen) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
      yield;
    }
    const suggestions = yield* SuggestIndex.build(entities);
    return new SearchIndex({
      mini,
      entities,
      synonyms,
      documentFrequency,
      suggestions,
      exactNames,
      neighbours,
      termCacheBytes,
    });
  }

  /** Number of indexed entities. */
  get size(): number {
    return this.mini.documentCount;
  }

  /** What the per-term cache holds (entries, estimated bytes) and how often it computed. */
  termCacheStats() {
    return this.termCache.stats();
  }

  /**
   * Hits for `query`, best first (score descending, ties by id). Only the requested page
   * is turned into hits (coverage, snippet), so cost follows `limit`, not the number of
   * matching entities.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { limit = 10, offset = 0 } = options;
    const { candidates, queryTerms, expansions } = this.rawSearch(
      query,
      options.kinds ?? null,
      options.meter,
    );
    const exact = new Set(this.exactNames.get(queryTerms.join(" ")) ?? []);
    const ranked = rerank(
      [...candidates.values()],
      { exact, neighbours: options.graphBlend === false ? null : this.neighbours },
      offset + limit,
    ).slice(offset, offset + limit);
    if (ranked.length === 0) return [];
    // Each query term's weight, once per query (not once per hit).
    const idf = new Map(queryTerms.map((t) => [t, this.idf(t)]));
    const total = queryTerms.reduce((sum, t) => sum + (idf.get(t) as number), 0);
    const withSnippet = options.snippets !== false;
    return ranked.flatMap((r) => {
      const candidate = candidates.get(r.id);
      const entity = this.entities.get(r.id);
      if (candidate === undefined || entity === undefined) return [];
      const covered = new Set<string>();
      for (const t of candidate.queryTerms) {
        if (idf.has(t)) covered.add(t);
        for (const original of expansions.get(t) ?? []) covered.add(original);
      }
      let sum = 0;
      for (const t of covered) sum += idf.get(t) ?? this.idf(t);
      return [
        {
          entity,
          score: r.score,
          coverage: total === 0 ? 0 : sum / total,
          graphBoost: r.graphBoost,
          exact: exact.has(r.id),
          matchedTerms: [...covered].sort(),
          snippet: withSnippet ? makeSnippet(entity, matchedSet(candidate)) : "",
        },
      ];
    });
  }

  /** Counts of hits by kind for `query` (kinds with no hit left out); `meter` as for search. */
  facets(query: string, meter?: (terms: number) => void): Map<EntityKind, number> {
    const counts = new Map<EntityKind, number>();
    for (const id of this.rawSearch(query, null, meter).candidates.keys()) {
      const kind = this.entities.get(id)?.kind;
      if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }

  /** Completions for a typed prefix: names and aliases, best first. */
  suggest(prefix: string, limit = 8): Suggestion[] {
    return this.suggestions.complete(prefix, limit);
  }

  /** How rare a processed term is across the indexed entities. */
  private idf(term: string): number {
    return Math.log(1 + this.mini.documentCount / (1 + (this.documentFrequency.get(term) ?? 0)));
  }

  /**
   * Every entity the query's terms (and their synonyms') hit, each term's hits from the
   * per-term cache: runners' words are few even when their sentences are new.
   */
  private rawSearch(
    query: string,
    kinds: readonly EntityKind[] | null,
    meter: ((terms: number) => void) | undefined,
  ): {
    candidates: Map<string, Candidate>;
    queryTerms: string[];
    expansions: Map<string, string[]>;
  } {
    const queryTerms = [...new Set(terms(query))];
    const expansions = this.synonyms.expand(queryTerms);
    const all = [...queryTerms, ...expansions.keys()];
    meter?.(all.length);
    const last = queryTerms.at(-1);
    const hits = all.map((term) =>
      this.termHits(
        term,
        term === last && term.length >= 3,
        expansions.has(term) ? SYNONYM_WEIGHT : 1,
      ),
    );
    // A set: a `kinds` list can hold thousands of repeats (as many as a body holds).
    const wanted = kinds === null ? null : new Set(kinds);
    const keep =
      wanted === null
        ? null
        : (id: string) => {
            const kind = this.entities.get(id)?.kind;
            return kind !== undefined && wanted.has(kind);
          };
    return { candidates: combineTermHits(all, hits, keep), queryTerms, expansions };
  }

  /**
   * One term's hits as MiniSearch scores it within a query (field boosts, typo distance
   * from {@link fuzzyDistance}, prefix when it is the last term, the synonym weight), from
   * the cache or searched alone: a term's scores do not depend on the query's other terms.
   */
  private termHits(term: string, prefix: boolean, weight: number): TermHits {
    return this.termCache.hits(`${weight}${prefix ? "*" : " "}${term}`, () => {
      const ids: string[] = [];
      const scores: number[] = [];
      const matched: string[][] = [];
      const results = this.mini.search(term, {
        boost: FIELD_BOOSTS,
        fuzzy: fuzzyDistance(term),
        prefix,
        boostTerm: () => weight,
      });
      for (const r of results) {
        ids.push(String(r.id));
        scores.push(r.score);
        matched.push(r.terms);
      }
      return { ids, scores, matched };
    });
  }
}
