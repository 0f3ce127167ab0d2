export { foldText, processTerm, STOP_WORDS, stem, terms, tokenize } from "./normalizeText.js";
export { FIELD_BOOSTS, type SearchHit, SearchIndex, type SearchOptions } from "./SearchIndex.js";
export type { Suggestion } from "./SuggestIndex.js";
