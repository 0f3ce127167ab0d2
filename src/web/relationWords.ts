/**
 * Relations in plain words, read from the entity whose page it is: the entity "is driven
 * by" what CAUSES it, "drives" what it CAUSES. One phrase per relation and direction.
 */
const WORDS: Readonly<Record<string, readonly [outgoing: string, incoming: string]>> = {
  PART_OF: ["Is part of", "Has as parts"],
  UPSTREAM_OF: ["Sits above, on the chain", "Sits below, on the chain"],
  ATTACHES_TO: ["Attaches to", "Has attached to it"],
  AFFECTS: ["Acts on", "Is affected by"],
  PRESENTS_WITH: ["Shows as", "Is a sign of"],
  FELT_IN: ["Is felt in", "Where you feel"],
  CAUSES: ["Drives", "Is driven by"],
  LEADS_TO: ["Can lead to", "Can follow from"],
  TREATS: ["Helps with", "Helped by"],
  PREVENTS: ["Helps prevent", "Prevented by"],
  ABOUT: ["Answers a question about", "Questions and answers"],
};

/** The phrase for `relation` seen from one end (`OUTGOING`: this entity is the edge's source). */
export function relationWords(relation: string, direction: string): string {
  const pair = WORDS[relation];
  if (!pair) return relation.toLowerCase().replaceAll("_", " ");
  return direction === "OUTGOING" ? pair[0] : pair[1];
}

/** An entity kind in words, e.g. BODY_STRUCTURE → body structure. */
export const kindWords = (kind: string): string => kind.toLowerCase().replaceAll("_", " ");
