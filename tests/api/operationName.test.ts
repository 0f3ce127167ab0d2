import { describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { postGraphQL, useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(fixtureKb);

const TWO = "query A { stats { nodeCount } } query B { stats { edgeCount } }";

describe("choosing the operation to run", () => {
  it("names the operation the client asked for when the document has none of that name", async () => {
    const { status, body } = await postGraphQL(server.url, TWO, {}, "Nope");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(body.errors?.[0]?.message).toContain('"Nope"');
  });

  it("asks for operationName when a document of several operations comes without one", async () => {
    const { status, body } = await postGraphQL(server.url, TWO);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(body.errors?.[0]?.message).toMatch(/operationName/);
    expect(body.errors?.[0]?.message).not.toMatch(/""/);
  });

  it("runs the operation named", async () => {
    const { status, body } = await postGraphQL(server.url, TWO, {}, "B");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.keys((body.data?.stats as object) ?? {})).toEqual(["edgeCount"]);
  });
});
