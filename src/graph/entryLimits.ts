import { entryName } from "./entryName.js";
import type { GraphDataLimits } from "./GraphDataLimits.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";

/** What the files read so far have used of the folder-wide limits. */
export interface LimitUse {
  entries: number;
  aliasedValues: number;
  synonymGroups: number;
}

/** Lists counted as entries: nodes, edges and declared documents. */
const ENTRY_LISTS = ["sources", "nodes", "edges"] as const;

/**
 * Checks one parsed file against the entry and synonym limits, adding its entries and
 * synonym groups to `use` (the folder's totals so far). Looks only at list lengths, so it
 * runs before the schema check and costs nothing that grows with the file's content.
 */
export function entryLimitProblems(
  file: string,
  value: Record<string, unknown>,
  limits: GraphDataLimits,
  use: LimitUse,
  lineOf: (at: readonly (string | number)[]) => number,
): GraphDataProblem[] {
  const problems: GraphDataProblem[] = [];
  const at = (path: readonly (string | number)[], entry: string | null) => ({
    severity: "error" as const,
    file,
    line: lineOf(path),
    entry,
  });
  for (const list of ENTRY_LISTS) {
    const entries = value[list];
    if (!Array.isArray(entries)) continue;
    const before = use.entries;
    use.entries += entries.length;
    if (before <= limits.maxEntries && use.entries > limits.maxEntries) {
      const index = limits.maxEntries - before;
      problems.push({
        ...at([list, index], entryName(value, [list, index])),
        code: "TOO_MANY_ENTRIES",
        message: `the folder holds more than ${limits.maxEntries} entries (nodes, edges and documents); this is the first one over`,
        fix: "remove entries, or raise GRAPH_DATA_MAX_ENTRIES if the service has the memory for it",
      });
    }
  }
  const groups = value.synonyms;
  if (!Array.isArray(groups)) return problems;
  groups.forEach((group: unknown, i) => {
    use.synonymGroups++;
    if (use.synonymGroups === limits.maxSynonymGroups + 1) {
      problems.push({
        ...at(["synonyms", i], `synonyms[${i}]`),
        code: "TOO_MANY_SYNONYM_GROUPS",
        message: `the folder holds more than ${limits.maxSynonymGroups} synonym groups; this is the first one over`,
        fix: "merge or remove synonym groups: keep the ones runners' words need",
      });
    }
    if (Array.isArray(group) && group.length > limits.maxSynonymGroupSize) {
      problems.push({
        ...at(["synonyms", i], `synonyms[${i}]`),
        code: "SYNONYM_GROUP_TOO_LARGE",
        message: `the synonym group holds ${group.length} words or phrases, over the limit of ${limits.maxSynonymGroupSize}`,
        fix: "split it into groups of words that truly mean the same thing",
      });
    }
  });
  return problems;
}
