/**
 * The relations `Entity.relations` keeps: those of `relations` and of its deprecated first
 * name `relation` together (an edge with a relation of either), each once and sorted, or
 * null (every relation) when neither is given. The resolver and the cost model read the
 * arguments alike. Each once: a list of 8 000 values (as many as a 100 KiB body holds) is
 * at most the schema's 11 relations, so the resolver's check of each edge and the cost
 * model's bound (remembered by this list: 4 096 lists at most) cost what 11 do.
 */
export function relationFilter<R extends string>(args: {
  readonly relations?: readonly R[] | null;
  readonly relation?: readonly R[] | null;
}): readonly R[] | null {
  const { relations, relation } = args;
  if (relations == null && relation == null) return null;
  return [...new Set([...(relations ?? []), ...(relation ?? [])])].sort();
}
