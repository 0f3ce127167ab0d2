import type { Entity, EntityKind } from "../graph/model.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { kineticChain } from "../trace/index.js";
import { checkEvidence } from "./checkEvidence.js";
import { badUserInput, checkRange, checkText } from "./errors.js";
import type { Resolvers } from "./generated/resolversTypes.js";
import { LIMITS } from "./limits.js";
import type { EntityConnectionView } from "./views.js";

/** Resolvers of Query and of the types only it returns. */
export const queryResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, { kb }) =>
      kb.graph.hasNode(id) ? kb.graph.getNodeAttribute(id, "entity") : null,
    entities: (_p, { kind, first, after }, { kb }) =>
      entityPage(
        kb,
        kind ?? null,
        checkRange("first", first, LIMITS.pageSize.min, LIMITS.pageSize.max),
        after ?? null,
      ),
    search: (_p, { query, kinds, limit, offset }, { kb, budget }) => {
      checkText("query", query, LIMITS.queryLength);
      checkRange("limit", limit, LIMITS.searchLimit.min, LIMITS.searchLimit.max);
      checkRange("offset", offset, LIMITS.searchOffset.min, LIMITS.searchOffset.max);
      return kb.search.search(query, {
        kinds: kinds ?? null,
        limit,
        offset,
        ...(budget ? { meter: budget.searchMeter } : {}),
      });
    },
    searchFacets: (_p, { query }, { kb, budget }) => {
      checkText("query", query, LIMITS.queryLength);
      return [...kb.search.facets(query, budget?.searchMeter)]
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    },
    suggest: (_p, { prefix, limit }, { kb }) => {
      checkText("prefix", prefix, LIMITS.prefixLength);
      checkRange("limit", limit, LIMITS.suggestLimit.min, LIMITS.suggestLimit.max);
      return kb.search.suggest(prefix, limit);
    },
    kineticChain: (_p, { from }, { kb }) => {
      const chain = kineticChain(kb.graph, from);
      if (chain === null) {
        throw badUserInput(
          "from",
          `"${from}" is not the id of a body structure: use a BODY_STRUCTURE id such as "knee"`,
        );
      }
      return chain;
    },
    trace: (_p, { symptoms, limit, maxDepth, evidence, questions }, { kb, budget }) => {
      const { min, max } = LIMITS.traceSymptoms;
      if (symptoms.length < min || symptoms.length > max) {
        throw badUserInput("symptoms", `${symptoms.length} given: allowed ${min}..${max} strings`);
      }
      for (const [i, s] of symptoms.entries())
        checkText(`symptoms[${i}]`, s, LIMITS.traceInputLength);
      checkRange("limit", limit, LIMITS.traceLimit.min, LIMITS.traceLimit.max);
      checkRange("maxDepth", maxDepth, LIMITS.traceDepth.min, LIMITS.traceDepth.max);
      checkRange("questions", questions, LIMITS.traceQuestions.min, LIMITS.traceQuestions.max);
      return kb.tracer.trace(symptoms, {
        limit,
        maxDepth,
        questions,
        evidence: checkEvidence(kb, evidence ?? []),
        ...(budget ? { meter: budget.traceMeter } : {}),
      });
    },
    understand: (_p, { text }, { kb }) =>
      kb.reader.read(checkText("text", text, LIMITS.understandLength)),
    stats: (_p, _a, { kb }) => ({ ...kb.stats, version: kb.version }),
  },
  EntityConnection: {
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.edges.at(-1)?.cursor ?? null }),
  },
};

const sortedByKind = new WeakMap<KnowledgeBase, Map<EntityKind | "ALL", Entity[]>>();

/** Entities of a kind in id order, computed once per knowledge base. */
function sortedEntities(kb: KnowledgeBase, kind: EntityKind | null): Entity[] {
  let cache = sortedByKind.get(kb);
  if (cache === undefined) {
    cache = new Map();
    sortedByKind.set(kb, cache);
  }
  const key = kind ?? "ALL";
  let list = cache.get(key);
  if (list === undefined) {
    list = [...kb.data.entities.values()]
      .filter((e) => kind === null || e.kind === kind)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    cache.set(key, list);
  }
  return list;
}

/** Opaque cursor of an entity: base64url of its id. */
export function encodeCursor(id: string): string {
  return Buffer.from(`entity:${id}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("entity:") || encodeCursor(text.slice(7)) !== cursor) {
    throw badUserInput(
      "after",
      "is not a cursor this API issued: pass a pageInfo.endCursor or edges.cursor value",
    );
  }
  return text.slice(7);
}

function entityPage(
  kb: KnowledgeBase,
  kind: EntityKind | null,
  first: number,
  after: string | null,
): EntityConnectionView {
  const list = sortedEntities(kb, kind);
  let start = 0;
  if (after !== null) {
    const id = decodeCursor(after);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid]?.id ?? "") <= id) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const page = list.slice(start, start + first);
  return {
    totalCount: list.length,
    hasNextPage: start + first < list.length,
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
  };
}
