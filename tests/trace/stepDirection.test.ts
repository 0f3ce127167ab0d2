import { describe, expect, it } from "vitest";
import { DIRECTIONS } from "../../src/graph/index.js";
import { STEP_DIRECTIONS, stepDirection } from "../../src/trace/index.js";
import { sdlEnums } from "../helpers/sdl.js";

describe("a path step's direction", () => {
  it("has the words of the GraphQL enum StepDirection, in order", () => {
    expect(sdlEnums().get("StepDirection")).toEqual([...STEP_DIRECTIONS]);
  });

  it("walks an OUTGOING edge FORWARD and an INCOMING one BACKWARD, one word each", () => {
    expect(DIRECTIONS.map(stepDirection)).toEqual(["FORWARD", "BACKWARD"]);
  });
});
