export { APOLLO_DEFAULTS, type ApolloOptions } from "./ApolloOptions.js";
export type { Context, RequestOutcome } from "./context.js";
export { createApolloServer } from "./createApolloServer.js";
export { badUserInput, CLIENT_ERROR_CODES, ErrorCode, INTERNAL_ERROR_MESSAGE } from "./errors.js";
export { LIMITS } from "./limits.js";
export { loadTypeDefs } from "./loadTypeDefs.js";
export type { TrustedDocumentsMode } from "./persistedQueries.js";
export { documentHash, loadTrustedDocuments, type TrustedDocuments } from "./trustedDocuments.js";
