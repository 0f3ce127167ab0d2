import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { DockerfileParser } from "dockerfile-ast";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { createHttpServer, Readiness } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";
import { silentLogger } from "../helpers/servers.js";

const readiness = new Readiness();
let app: FastifyInstance;
let detailed: FastifyInstance;
let url = "";

beforeAll(async () => {
  const options = {
    holder: new KnowledgeBaseHolder(await fixtureKb()),
    typeDefs: await loadTypeDefs(),
    logger: silentLogger,
  };
  app = await createHttpServer({ ...options, readiness });
  url = await app.listen({ port: 0, host: "127.0.0.1" });
  detailed = await createHttpServer({ ...options, healthDetails: true });
});
afterAll(async () => {
  await app.close();
  await detailed.close();
});

describe("probes", () => {
  it("/health shows no pid, memory or cache internals unless asked to", async () => {
    const health = (await (await fetch(`${url}/health`)).json()) as Record<string, unknown>;
    expect(health.status).toBe("ok");
    expect(health).not.toHaveProperty("pid");
    expect(health).not.toHaveProperty("memory");
    expect(health).not.toHaveProperty("responseCache");
    const res = await detailed.inject({ url: "/health" });
    expect(res.json()).toMatchObject({ pid: process.pid, memory: { rss: expect.any(Number) } });
  });

  it("the image's HEALTHCHECK command passes against /livez", async () => {
    const dockerfile = DockerfileParser.parse(
      await readFile(path.join(ROOT, "Dockerfile"), "utf8"),
    );
    const command = dockerfile.getHEALTHCHECKs()[0]?.getArgumentsContent() ?? "";
    const argv = JSON.parse(command.replace(/^.*?CMD\s+/s, "")) as string[];
    expect(argv[0]).toBe("node");
    const run = promisify(execFile);
    const { port } = new URL(url);
    await expect(
      run(process.execPath, argv.slice(1), { env: { ...process.env, PORT: port } }),
    ).resolves.toBeDefined();
  });

  it("/livez answers while alive; /readyz answers 200, then 503 once draining", async () => {
    expect((await fetch(`${url}/livez`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    readiness.drain();
    const draining = await fetch(`${url}/readyz`);
    expect(draining.status).toBe(503);
    expect(draining.headers.get("connection")).toBe("close");
    expect((await fetch(`${url}/livez`)).status).toBe(200);
  });
});
