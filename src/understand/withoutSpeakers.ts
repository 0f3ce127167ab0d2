import type { Lexicon } from "./Lexicon.js";
import type { Token } from "./types.js";

/**
 * The tokens without the names of who speaks in a typed-out chat (vocabulary `speakers`):
 * a speaker word opening a turn (at the start, or after a mark or a line break) right before
 * a ":" ("App: Any numbness? Me: no. App: Limping? Me: no"). The ":" stays, so the turn is
 * read as a checklist's answer ("numbness? no"); "me" and "app" said elsewhere are kept. The
 * same array when there is none; one look per ":".
 */
export function withoutSpeakers(tokens: Token[], lexicon: Lexicon): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const opens = i === 0 || (tokens[i - 1] as Token).punctuation;
    const speaker =
      opens &&
      !t.punctuation &&
      tokens[i + 1]?.folded === ":" &&
      lexicon.frames.speakers.has(t.folded);
    if (speaker) out ??= tokens.slice(0, i);
    else out?.push(t);
  }
  return out ?? tokens;
}
