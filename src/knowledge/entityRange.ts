import type { Entity } from "../graph/index.js";

/**
 * Which part of an id-ordered entity list to take: after the entity `afterId` and before
 * `beforeId`, then the range's `first` or `last` entities (both given: `first`, then its
 * `last`); checked by the caller (positive integers).
 */
export interface EntityRangeArgs {
  readonly afterId?: string | null;
  readonly beforeId?: string | null;
  readonly first?: number | null;
  readonly last?: number | null;
}

/** A slice of an id-ordered entity list and where it sits in the list. */
export interface EntityRange {
  /** Entities of the whole list. */
  readonly totalCount: number;
  readonly entities: readonly Entity[];
  /** Whether entities lie before the slice. */
  readonly hasPreviousPage: boolean;
  /** Whether entities lie after the slice. */
  readonly hasNextPage: boolean;
}

/**
 * The slice of `list` (sorted by id) that `args` asks for; `defaultSize` entities when
 * neither `first` nor `last` is given. Binary searches: cost follows the slice, not the list.
 */
export function entityRange(
  list: readonly Entity[],
  args: EntityRangeArgs,
  defaultSize: number,
): EntityRange {
  const { first = null, last = null } = args;
  let start = args.afterId == null ? 0 : indexAfter(list, args.afterId);
  let end = args.beforeId == null ? list.length : indexAt(list, args.beforeId);
  end = Math.max(start, end);
  if (first !== null || last === null) end = Math.min(end, start + (first ?? defaultSize));
  if (last !== null) start = Math.max(start, end - last);
  return {
    totalCount: list.length,
    hasPreviousPage: start > 0,
    hasNextPage: end < list.length,
    entities: list.slice(start, end),
  };
}

/** `list`'s entities sorted by id (code-unit order, as cursors compare). */
export function sortedById(list: Iterable<Entity>): Entity[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Index of the first entity of `list` whose id is greater than `id`. */
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
