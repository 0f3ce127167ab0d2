import type { Token } from "./types.js";

/** A checkbox typed out: empty ("[ ]", "[]", "☐") or ticked ("[x]", "[✓]", "☑", "☒", "✅"). */
const BOX = /\[\s?\]|\[\s?[xX✓✔]\s?\]|[☐☑☒✅]/gu;

/** Most boxes looked at in a complaint (a text is read up to 2,000 characters anyway). */
export const MAX_BOXES = 64;

/**
 * The tokens without what a typed-out checklist leaves unticked: the words an empty box
 * ("[ ]", "☐") stands for, and the letters inside the boxes ("[x]"). On a line whose last
 * box has words after it, each box stands for the words after it up to the next box or the
 * line's end ("[x] popping\n[ ] hot to touch", "[ ] only during runs [x] all the time");
 * on a line ending in a box, for the words before it back to the box or the ":" before them
 * ("Ankle: tender to press [x] hot to the touch [x] swelling [ ]"). What is ticked is read as
 * written, what is not is not said. The same array when the text has no box; one pass over
 * the text's boxes (at most {@link MAX_BOXES}) and one over the tokens.
 */
export function withoutUnchecked(tokens: Token[], text: string): Token[] {
  if (!text.includes("[") && !/[☐☑☒✅]/u.test(text)) return tokens;
  const dropped: (readonly [number, number])[] = [];
  let lineBoxes: { from: number; to: number; empty: boolean }[] = [];
  let lineStart = 0;
  const endLine = (lineEnd: number) => {
    const last = lineBoxes[lineBoxes.length - 1];
    if (last === undefined) return;
    const leading = /\p{L}/u.test(text.slice(last.to, lineEnd));
    for (let k = 0; k < lineBoxes.length; k++) {
      const box = lineBoxes[k] as (typeof lineBoxes)[number];
      dropped.push([box.from, box.to]);
      if (!box.empty) continue;
      if (leading) dropped.push([box.to, lineBoxes[k + 1]?.from ?? lineEnd]);
      else {
        const from = lineBoxes[k - 1]?.to ?? lineStart;
        const label = text.lastIndexOf(":", box.from);
        dropped.push([Math.max(from, label + 1), box.from]);
      }
    }
    lineBoxes = [];
  };
  BOX.lastIndex = 0;
  let boxes = 0;
  for (let m = BOX.exec(text); m !== null && boxes < MAX_BOXES; m = BOX.exec(text), boxes++) {
    const newline = text.lastIndexOf("\n", m.index);
    if (newline + 1 > lineStart) {
      endLine(newline);
      lineStart = newline + 1;
    }
    const box = m[0];
    lineBoxes.push({ from: m.index, to: m.index + box.length, empty: /^\[\s?\]$|^☐$/u.test(box) });
  }
  const end = text.indexOf("\n", lineBoxes[lineBoxes.length - 1]?.to ?? 0);
  endLine(end < 0 ? text.length : end);
  if (dropped.length === 0) return tokens;
  return tokens.filter((t) => !dropped.some(([from, to]) => t.start >= from && t.start < to));
}
