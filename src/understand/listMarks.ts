/**
 * Marks that, standing alone between spaces, list as a comma or an "and" does: "hip + knee +
 * ankle all sore", a form's "Redness: no / Swelling: no", "heel | left | 6/10"
 * (tokenizeComplaint keeps them only so placed).
 */
export const LIST_MARKS: ReadonlySet<string> = new Set(["+", "/", "|"]);
