import { entityResolvers } from "./entityResolvers.js";
import type { Resolvers } from "./generated/resolversTypes.js";
import { queryResolvers } from "./queryResolvers.js";
import { traceResolvers } from "./traceResolvers.js";

/** Every resolver of the schema. */
export const resolvers: Resolvers = { ...entityResolvers, ...queryResolvers, ...traceResolvers };
