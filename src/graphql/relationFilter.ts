/**
 * The relations `Entity.relations` keeps: those of `relations` and of its deprecated first
 * name `relation` together (an edge with a relation of either), or null (every relation)
 * when neither is given. The resolver and the cost model read the arguments alike.
 */
export function relationFilter<R extends string>(args: {
  readonly relations?: readonly R[] | null;
  readonly relation?: readonly R[] | null;
}): readonly R[] | null {
  const { relations, relation } = args;
  if (relations == null) return relation ?? null;
  if (relation == null) return relations;
  return [...new Set([...relations, ...relation])];
}
