export type { Context, RequestOutcome } from "./context.js";
export { createApolloServer } from "./createApolloServer.js";
export { badUserInput, ErrorCode } from "./errors.js";
export { LIMITS } from "./limits.js";
export { loadTypeDefs } from "./loadTypeDefs.js";
export type { TrustedDocumentsMode } from "./persistedQueries.js";
export { documentHash, loadTrustedDocuments, type TrustedDocuments } from "./trustedDocuments.js";
