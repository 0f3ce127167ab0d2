import type { EntityKind } from "../graph/index.js";
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
  const range = kb.entityRange(
    kind,
    {
      first,
      last,
      afterId: args.after == null ? null : decodeCursor("after", args.after),
      beforeId: args.before == null ? null : decodeCursor("before", args.before),
    },
    LIMITS.pageSize.default,
  );
  return {
    totalCount: range.totalCount,
    hasPreviousPage: range.hasPreviousPage,
    hasNextPage: range.hasNextPage,
    edges: range.entities.map((node) => ({ cursor: encodeCursor(node.id), node })),
  };
}
