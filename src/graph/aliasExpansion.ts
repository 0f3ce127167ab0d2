import { type Document, isAlias, isCollection, isPair, isScalar, type Node, visit } from "yaml";

/** What aliases cost in one file, or where they went over a limit. */
export interface AliasCount {
  /** YAML values the file's aliases repeat (what they stand for, counted in full). */
  readonly repeated: number;
  /** Offset of the alias that went over a limit, or null. */
  readonly overAt: number | null;
  /** Which limit: the number of aliases, or the values they repeat. */
  readonly over: "aliases" | "values" | null;
}

/**
 * Counts, without building anything, the YAML values that `doc`'s aliases repeat: each
 * alias adds the size of what its anchor holds (aliases inside it counted in full, an
 * alias inside the value it refers to as infinite). Stops at the first alias past
 * `maxAliases` or past `valueBudget` repeated values. Linear in the file's size: each
 * anchored value is measured once.
 */
export function countAliasExpansion(
  doc: Document,
  maxAliases: number,
  valueBudget: number,
): AliasCount {
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node | undefined>();
  const aliases: Node[] = [];
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        targets.set(node, anchors.get(node.source));
        aliases.push(node);
      } else if (node.anchor !== undefined) {
        anchors.set(node.anchor, node);
      }
    },
  });
  const sizes = new Map<Node, number>();
  const measuring = new Set<Node>();
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      return target === undefined ? 1 : size(target);
    }
    if (isPair(node)) return size(node.key) + size(node.value);
    if (isScalar(node) || !isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (measuring.has(node)) return Number.POSITIVE_INFINITY;
    measuring.add(node);
    let total = 1;
    for (const item of node.items) total += size(item);
    measuring.delete(node);
    sizes.set(node, total);
    return total;
  };
  let repeated = 0;
  for (const [i, alias] of aliases.entries()) {
    const at = alias.range?.[0] ?? 0;
    if (i >= maxAliases) return { repeated, overAt: at, over: "aliases" };
    repeated += size(alias);
    if (repeated > valueBudget) return { repeated, overAt: at, over: "values" };
  }
  return { repeated, overAt: null, over: null };
}
