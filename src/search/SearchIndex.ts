import MiniSearch, { type SearchResult } from "minisearch";
import type { Entity, EntityKind } from "../graph/model.js";
import type { Steps } from "../graph/steps.js";
import { type EntityDocument, entityDocument } from "./entityText.js";
import { makeSnippet } from "./makeSnippet.js";
import { processTerm, terms, tokenize } from "./normalizeText.js";
import { rerank } from "./rerank.js";
import { SuggestIndex, type Suggestion } from "./SuggestIndex.js";
import { SynonymExpander } from "./synonymExpander.js";

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

  private constructor(parts: {
    mini: MiniSearch<EntityDocument>;
    entities: ReadonlyMap<string, Entity>;
    synonyms: SynonymExpander;
    documentFrequency: ReadonlyMap<string, number>;
    suggestions: SuggestIndex;
    exactNames: ReadonlyMap<string, readonly string[]>;
    neighbours: ((id: string) => readonly string[]) | null;
  }) {
    this.mini = parts.mini;
    this.entities = parts.entities;
    this.synonyms = parts.synonyms;
    this.documentFrequency = parts.documentFrequency;
    this.suggestions = parts.suggestions;
    this.exactNames = parts.exactNames;
    this.neighbours = parts.neighbours;
  }

  /**
   * Indexes `entities`, one entity (or synonym group) per step (see Steps).
   * @param entities every entity to index, by id.
   * @param synonymGroups curated groups of interchangeable words or phrases.
   * @param neighbours ids linked to an id in the graph, for graph blending (see
   *   {@link rerank}); null to rank by text alone.
   */
  static *build(
    entities: ReadonlyMap<string, Entity>,
    synonymGroups: readonly (readonly string[])[],
    neighbours: ((id: string) => readonly string[]) | null,
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
    });
  }

  /** Number of indexed entities. */
  get size(): number {
    return this.mini.documentCount;
  }

  /**
   * Hits for `query`, best first (score descending, ties by id). Only the requested page
   * is turned into hits (coverage, snippet), so cost follows `limit`, not the number of
   * matching entities.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { limit = 10, offset = 0 } = options;
    const { results, queryTerms, expansions } = this.rawSearch(
      query,
      options.kinds ?? null,
      options.meter,
    );
    const raw = new Map(results.map((r) => [String(r.id), r]));
    const exact = new Set(this.exactNames.get(queryTerms.join(" ")) ?? []);
    const ranked = rerank(
      results.map((r) => ({ id: String(r.id), score: r.score })),
      { exact, neighbours: options.graphBlend === false ? null : this.neighbours },
    );
    return ranked.slice(offset, offset + limit).flatMap((r) => {
      const result = raw.get(r.id);
      const hit =
        result === undefined
          ? null
          : this.toHit(result, queryTerms, expansions, options.snippets !== false);
      return hit === null
        ? []
        : [{ ...hit, score: r.score, graphBoost: r.graphBoost, exact: exact.has(r.id) }];
    });
  }

  /** Counts of hits by kind for `query` (kinds with no hit left out); `meter` as for search. */
  facets(query: string, meter?: (terms: number) => void): Map<EntityKind, number> {
    const counts = new Map<EntityKind, number>();
    for (const hit of this.rawSearch(query, null, meter).results) {
      const kind = this.entities.get(String(hit.id))?.kind;
      if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }

  /** Completions for a typed prefix: names and aliases, best first. */
  suggest(prefix: string, limit = 8): Suggestion[] {
    return this.suggestions.complete(prefix, limit);
  }

  private rawSearch(
    query: string,
    kinds: readonly EntityKind[] | null,
    meter: ((terms: number) => void) | undefined,
  ) {
    const queryTerms = [...new Set(terms(query))];
    const expansions = this.synonyms.expand(queryTerms);
    const all = [...queryTerms, ...expansions.keys()];
    meter?.(all.length);
    if (all.length === 0) return { results: [] as SearchResult[], queryTerms, expansions };
    const last = queryTerms.at(-1);
    const results = this.mini.search(all.join(" "), {
      boost: FIELD_BOOSTS,
      fuzzy: (term) => fuzzyDistance(term),
      prefix: (term) => term === last && term.length >= 3,
      boostTerm: (term) => (expansions.has(term) ? SYNONYM_WEIGHT : 1),
      filter:
        kinds === null
          ? undefined
          : (r) => {
              const kind = this.entities.get(String(r.id))?.kind;
              return kind !== undefined && kinds.includes(kind);
            },
    });
    return { results, queryTerms, expansions };
  }

  private toHit(
    result: SearchResult,
    queryTerms: readonly string[],
    expansions: ReadonlyMap<string, readonly string[]>,
    withSnippet: boolean,
  ): SearchHit | null {
    const entity = this.entities.get(String(result.id));
    if (entity === undefined) return null;
    const covered = new Set<string>();
    for (const t of result.queryTerms) {
      if (queryTerms.includes(t)) covered.add(t);
      for (const original of expansions.get(t) ?? []) covered.add(original);
    }
    const idf = (t: string) =>
      Math.log(1 + this.mini.documentCount / (1 + (this.documentFrequency.get(t) ?? 0)));
    const total = queryTerms.reduce((sum, t) => sum + idf(t), 0);
    const coverage = total === 0 ? 0 : [...covered].reduce((sum, t) => sum + idf(t), 0) / total;
    return {
      entity,
      score: result.score,
      coverage,
      graphBoost: 0,
      exact: false,
      matchedTerms: [...covered].sort(),
      snippet: withSnippet ? makeSnippet(entity, new Set(result.terms)) : "",
    };
  }
}
