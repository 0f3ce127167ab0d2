import { readFileSync } from "node:fs";
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { CONTRACT } from "./paths.js";

/** The contract's document. */
export const contractDocument: DocumentNode = parse(readFileSync(CONTRACT, "utf8"));

/** Each operation of the contract, printed alone, by name. */
export const contractOperations: { name: string; query: string }[] = contractDocument.definitions
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((op) => ({ name: op.name?.value ?? "", query: print(op) }));

/** Variables that make each contract operation return real data from the bundled graph. */
export const contractVariables: Record<string, Record<string, unknown>> = {
  Search: { query: "heel pain", limit: 5 },
  Suggest: { prefix: "plan", limit: 5 },
  Entity: { id: "plantar-fasciitis" },
  Entities: { first: 3 },
  KineticChain: { from: "plantar-fascia" },
  Trace: { symptoms: ["stabbing pain under my heel", "sore throat"], limit: 5 },
  Stats: {},
  Understand: { text: "stabbing pain under my left heel, no numbness" },
};
