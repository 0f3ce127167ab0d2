import { beforeAll, describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

type Run = Awaited<ReturnType<typeof inProcess>>["run"];
const runs: Record<string, Run> = {};
beforeAll(async () => {
  const kb = await fixtureKb();
  runs.compiled = (await inProcess(kb, { compiled: true })).run;
  runs.graphqlJs = (await inProcess(kb, { compiled: false })).run;
});

const TRACE = `query($s: [String!], $c: [ComplaintInput!]) {
  trace(symptoms: $s, complaints: $c) {
    matched { input method entity { id } }
    unmatched
    conditions { condition { id } }
  }
}`;

describe.each(["compiled", "graphqlJs"])("trace complaints (%s executor)", (executor) => {
  const run = (variables: Record<string, unknown>) => (runs[executor] as Run)(TRACE, variables);

  it("reads an id complaint as that entity and a text complaint as the same string would be", async () => {
    const structured = await run({
      c: [{ id: "stabbing-heel" }, { text: "inner knee pain" }, { text: "sore throat" }],
    });
    const strings = await run({ s: ["stabbing-heel", "inner knee pain", "sore throat"] });
    expect(structured.errors).toBeUndefined();
    expect(structured.data).toEqual(strings.data);
    const trace = structured.data?.trace as { matched: { method: string }[]; unmatched: string[] };
    expect(trace.matched[0]?.method).toBe("ID");
    expect(trace.unmatched).toEqual(["sore throat"]);
  });

  it("reads symptoms first, then complaints", async () => {
    const body = await run({ s: ["inner knee pain"], c: [{ id: "stabbing-heel" }] });
    const trace = body.data?.trace as { matched: { entity: { id: string } }[] };
    expect(trace.matched.map((m) => m.entity.id)).toEqual(["inner-knee-pain", "stabbing-heel"]);
  });

  it.each([
    ["both id and text", { c: [{ id: "stabbing-heel", text: "heel" }] }],
    ["neither id nor text", { c: [{}] }],
    ["id and a null text", { c: [{ id: "stabbing-heel", text: null }] }],
  ])("refuses a complaint with %s (the @oneOf rule)", async (_name, variables) => {
    const body = await run(variables);
    expect(body.data?.trace ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|BAD_REQUEST)$/);
  });

  it.each([
    ["an unknown id", { c: [{ id: "no-such-thing" }] }],
    ["the id of a body structure", { c: [{ id: "heel" }] }],
    ["an empty text", { c: [{ text: " " }] }],
    ["no inputs at all", {}],
    ["21 inputs in all", { s: Array(11).fill("heel"), c: Array(10).fill({ text: "heel" }) }],
  ])("refuses %s with BAD_USER_INPUT", async (_name, variables) => {
    const body = await run(variables);
    expect(body.data?.trace ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });
});

it("refuses a literal complaint with both fields at validation", async () => {
  const body = await (runs.compiled as Run)(
    '{ trace(complaints: [{ id: "stabbing-heel", text: "heel" }]) { unmatched } }',
  );
  expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});
