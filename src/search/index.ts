export { escapeHtml, unescapeHtml } from "./escapeHtml.js";
export {
  foldText,
  processTerm,
  STOP_WORDS,
  stem,
  TERM_MEMO_BYTES,
  TERM_MEMO_SIZE,
  termMemoStats,
  terms,
  tokenize,
} from "./normalizeText.js";
export { EXACT_NAME_BOOST, GRAPH_BOOST, RERANK_WINDOW, STRONG_HITS } from "./rerank.js";
export { FIELD_BOOSTS, type SearchHit, SearchIndex, type SearchOptions } from "./SearchIndex.js";
export type { Suggestion } from "./SuggestIndex.js";
export { SynonymExpander } from "./synonymExpander.js";
export { TERM_CACHE_BYTES } from "./TermCache.js";
