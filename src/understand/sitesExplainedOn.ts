import type { Side } from "../graph/index.js";
import type { Finding } from "./types.js";

/**
 * The ids of the sites `specific` findings explain for a general symptom felt on `side`:
 * those on the same side, on both, or on no side said, and all of them when `side` is
 * none or both ("right heel sore, left heel numb": the left heel's numbness does not
 * explain the right heel's pain). One pass over `specific`.
 */
export function sitesExplainedOn(specific: readonly Finding[], side: Side | null): Set<string> {
  const sites = new Set<string>();
  for (const f of specific) {
    const same = side === null || side === "BOTH" || f.side === null || f.side === "BOTH";
    if (f.site !== null && (same || f.side === side)) sites.add(f.site.id);
  }
  return sites;
}
