/**
 * A readable name for the entry at `at` (for example `["edges", 3]`) of a parsed file: a
 * node's or document's id, an edge's `from -REL-> to`, a findings profile's key, a
 * vocabulary entry's id, else `list[index]`.
 */
export function entryName(value: unknown, at: readonly (string | number)[]): string | null {
  const [list, index, inner] = at;
  if (!isRecord(value) || typeof list !== "string") return null;
  // Findings are keyed by their entity's id; vocabulary entries sit one level deeper.
  if (list === "findings" && typeof index === "string") return index;
  if (list === "vocabulary" && typeof index === "string" && typeof inner === "number") {
    return entryName(value.vocabulary, [index, inner]);
  }
  if (typeof index !== "number") return null;
  const entries = value[list];
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  if (!isRecord(entry)) return null;
  if (typeof entry.id === "string") return entry.id;
  if (typeof entry.from === "string" || typeof entry.to === "string") {
    return `${String(entry.from)} -${String(entry.relation)}-> ${String(entry.to)}`;
  }
  return `${list}[${index}]`;
}

/** Whether `value` is a plain object (a YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
