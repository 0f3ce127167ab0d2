export { buildKnowledgeBase, type KnowledgeBase, loadKnowledgeBase } from "./KnowledgeBase.js";
