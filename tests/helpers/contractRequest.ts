import fc from "fast-check";
import type { RawRequest } from "./bothPaths.js";
import { get, operationText, post } from "./redTeamRequests.js";

/**
 * Generated requests of the contract's operations (fast-check): each operation with
 * variables mixing valid values and junk of every JSON type, by POST or GET, with an Accept
 * header clients send or not. Both paths must answer each alike.
 */
export function contractRequest(): fc.Arbitrary<RawRequest> {
  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
  );
  const int = fc.oneof(fc.integer({ min: -3, max: 60 }), junk);
  const word = fc.oneof(
    fc.constantFrom("heel", "arch pain", "achilles", "plan", "numb toes", "plantar-fasciitis", ""),
    fc.string({ unit: "binary", maxLength: 30 }),
    junk,
  );
  const words = fc.oneof(fc.array(word, { maxLength: 4 }), word);
  const kind = fc.constantFrom("SYMPTOM", "CONDITION", "CAUSE", "TREATMENT", "nope");
  const evidence = fc.oneof(
    fc.array(fc.record({ id: word, present: fc.oneof(fc.boolean(), junk) }, { requiredKeys: [] }), {
      maxLength: 3,
    }),
    junk,
  );
  const variables: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
    Search: fc.record(
      {
        query: word,
        limit: int,
        kinds: fc.oneof(fc.array(kind, { maxLength: 3 }), junk),
        x: junk,
      },
      { requiredKeys: [] },
    ),
    Suggest: fc.record({ prefix: word, limit: int }, { requiredKeys: [] }),
    Entities: fc.record(
      { kind, first: int, after: fc.oneof(word, fc.base64String({ maxLength: 16 })) },
      { requiredKeys: [] },
    ),
    Entity: fc.record({ id: word }, { requiredKeys: [] }),
    KineticChain: fc.record({ from: word }, { requiredKeys: [] }),
    Understand: fc.record({ text: word }, { requiredKeys: [] }),
    Trace: fc.record({ symptoms: words, limit: int }, { requiredKeys: [] }),
    Interview: fc.record({ symptoms: words, evidence, limit: int }, { requiredKeys: [] }),
  };
  const accept = fc.constantFrom(
    undefined,
    "*/*",
    "application/json",
    "application/graphql-response+json",
    "application/graphql-response+json, application/json;q=0.9",
    "text/html",
  );
  return fc
    .record({
      name: fc.constantFrom(...Object.keys(variables)),
      viaGet: fc.boolean(),
      accept,
    })
    .chain(({ name, viaGet, accept }) =>
      (variables[name] ?? fc.constant({})).map((v): RawRequest => {
        const headers: Record<string, string> = accept === undefined ? {} : { accept };
        if (!viaGet)
          return post({ query: operationText(name), variables: v, operationName: name }, headers);
        const params = new URLSearchParams({
          query: operationText(name),
          variables: JSON.stringify(v),
        });
        return get(`/graphql?${params}`, headers);
      }),
    );
}
