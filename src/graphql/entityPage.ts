import type { Entity, EntityKind } from "../graph/model.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { badUserInput, checkRange } from "./errors.js";
import { LIMITS } from "./limits.js";
import type { EntityConnectionView } from "./views.js";

/** The arguments of `Query.entities`, as GraphQL gives them (absent or null alike). */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

const sortedByKind = new WeakMap<KnowledgeBase, Map<EntityKind | "ALL", Entity[]>>();

/** Entities of a kind in id order, computed once per knowledge base (8 lists at most). */
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

/** Opaque cursor of an entity: base64url of `entity:` and its id. */
export function encodeCursor(id: string): string {
  return Buffer.from(`entity:${id}`, "utf8").toString("base64url");
}

function decodeCursor(argument: string, cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("entity:") || encodeCursor(text.slice(7)) !== cursor) {
    throw badUserInput(
      argument,
      "is not a cursor this API issued: pass a pageInfo.startCursor, endCursor or edges.cursor value",
    );
  }
  return text.slice(7);
}

/** Index of the first entity of `list` whose id is greater than `id` (binary search). */
function indexAfter(list: readonly Entity[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.id ?? "") <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entity of `list` whose id is not less than `id`. */
function indexAt(list: readonly Entity[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.id ?? "") < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The page size a request asks for: `first`, else `last`, else 20; what the cost model
 * charges for `EntityConnection.edges`. When both are given the page holds at most the
 * smaller.
 */
export function pageSize(args: PageArgs): number {
  const sizes = [args.first, args.last].filter((n): n is number => typeof n === "number");
  return sizes.length === 0 ? LIMITS.pageSize.default : Math.min(...sizes);
}

/**
 * A Relay page of entities in id order: the range after `after` and before `before`, then
 * its first `first` or last `last` entities (first 20 when neither is given). The page's
 * `hasPreviousPage` and `hasNextPage` say whether entities of the kind lie before or after
 * it, whichever direction was asked.
 */
export function entityPage(
  kb: KnowledgeBase,
  kind: EntityKind | null,
  args: PageArgs,
): EntityConnectionView {
  const { min, max } = LIMITS.pageSize;
  const first = args.first == null ? null : checkRange("first", args.first, min, max);
  const last = args.last == null ? null : checkRange("last", args.last, min, max);
  const list = sortedEntities(kb, kind);
  let start = args.after == null ? 0 : indexAfter(list, decodeCursor("after", args.after));
  let end = args.before == null ? list.length : indexAt(list, decodeCursor("before", args.before));
  end = Math.max(start, end);
  if (first !== null || last === null)
    end = Math.min(end, start + (first ?? LIMITS.pageSize.default));
  if (last !== null) start = Math.max(start, end - last);
  return {
    totalCount: list.length,
    hasPreviousPage: start > 0,
    hasNextPage: end < list.length,
    edges: list.slice(start, end).map((node) => ({ cursor: encodeCursor(node.id), node })),
  };
}
