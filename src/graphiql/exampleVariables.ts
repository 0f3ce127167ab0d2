/**
 * Variables for the contract's operations as GraphiQL opens them, by operation name: real
 * ids and words of the bundled graph-data, so each example answers as it opens.
 */
export const EXAMPLE_VARIABLES: Readonly<Record<string, Record<string, unknown>>> = {
  Search: { query: "heel pain in the morning", limit: 5 },
  Suggest: { prefix: "achil", limit: 5 },
  Entity: { id: "plantar-fasciitis" },
  Entities: { kind: "CONDITION", first: 5 },
  KineticChain: { from: "plantar-fascia" },
  Trace: { symptoms: ["stabbing pain under my heel", "I doubled my mileage"], limit: 3 },
  Understand: { text: "stabbing pain under my left heel in the morning, no swelling" },
};
