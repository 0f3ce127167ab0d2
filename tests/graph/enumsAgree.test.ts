import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BODY_REGIONS,
  DIRECTIONS,
  ENTITY_KINDS,
  GRAPH_DATA_SCHEMA_URL,
  MEASURES,
  RELATIONS,
  SIDES,
  TREATMENT_PHASES,
} from "../../src/graph/index.js";
import { sdlEnums } from "../helpers/sdl.js";

// The model's lists (src/graph) are the source of truth; the graph-data JSON Schema and
// the GraphQL schema restate them for editors and clients. Each list must be equal, in
// order, wherever it is restated: a value added in one place only fails here.

const jsonSchema: unknown = JSON.parse(readFileSync(GRAPH_DATA_SCHEMA_URL, "utf8"));

/** The value at a JSON Pointer of the graph-data schema. */
function at(pointer: string): unknown {
  let value = jsonSchema;
  for (const key of pointer.split("/").slice(1)) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The index in `/$defs/node/allOf` of the branch that applies to nodes of `kind`. */
function branchOf(kind: string): number {
  const branches = at("/$defs/node/allOf");
  if (!Array.isArray(branches)) return -1;
  return branches.findIndex(
    (b: { if?: { properties?: { kind?: { const?: string } } } }) =>
      b.if?.properties?.kind?.const === kind,
  );
}

const enums = sdlEnums();

/** Each list of the model, with where the JSON Schema and the SDL restate it. */
const LISTS: {
  name: string;
  model: readonly string[];
  json: readonly string[];
  sdl: string | null;
}[] = [
  {
    name: "entity kinds",
    model: ENTITY_KINDS,
    json: ["/$defs/kind/enum"],
    sdl: "EntityKind",
  },
  {
    name: "relations",
    model: RELATIONS,
    json: ["/$defs/edge/properties/relation/enum"],
    sdl: "Relation",
  },
  {
    name: "treatment phases",
    model: TREATMENT_PHASES,
    json: [`/$defs/node/allOf/${branchOf("TREATMENT")}/then/properties/phase/enum`],
    sdl: "TreatmentPhase",
  },
  {
    name: "body regions",
    model: BODY_REGIONS,
    json: [`/$defs/node/allOf/${branchOf("BODY_STRUCTURE")}/then/properties/region/enum`],
    sdl: "BodyRegion",
  },
  {
    name: "sides",
    model: SIDES,
    json: ["/properties/vocabulary/properties/sides/properties"],
    sdl: "Side",
  },
  {
    name: "directions",
    model: DIRECTIONS,
    json: [],
    sdl: "Direction",
  },
  {
    name: "measures",
    model: MEASURES,
    json: [
      "/$defs/quantityRule/properties/measure/enum",
      "/$defs/findingProfile/properties/indicators/items/properties/measure/enum",
    ],
    sdl: null,
  },
];

/** A JSON Schema enum as a list; an object of properties (the sides) as its keys. */
function jsonList(pointer: string): unknown {
  const value = at(pointer);
  return Array.isArray(value) || typeof value !== "object" || value === null
    ? value
    : Object.keys(value);
}

describe("the model's lists, the graph-data JSON Schema and the GraphQL schema", () => {
  for (const { name, model, json, sdl } of LISTS) {
    it(`list the same ${name}, in the same order`, () => {
      for (const pointer of json)
        expect({ [pointer]: jsonList(pointer) }).toEqual({ [pointer]: model });
      if (sdl !== null) expect({ [sdl]: enums.get(sdl) }).toEqual({ [sdl]: model });
    });
  }

  it("condition the per-kind fields of the JSON Schema on kinds the model has", () => {
    const branches = at("/$defs/node/allOf");
    expect(Array.isArray(branches)).toBe(true);
    const kinds = (branches as { if?: { properties?: { kind?: { const?: string } } } }[]).map(
      (b) => b.if?.properties?.kind?.const,
    );
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(ENTITY_KINDS).toContain(kind);
  });
});
