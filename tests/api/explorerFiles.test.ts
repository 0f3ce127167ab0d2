import { describe, expect, it } from "vitest";
import { namesEtag } from "../../src/http/explorerRoutes.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { useHttpServer } from "../helpers/servers.js";

/** Red-team round 11: the explorer's files, conditional requests and path tricks. */
describe("explorer files", () => {
  const server = useHttpServer(fixtureKb);
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers });

  it("carry a strong ETag and answer 304 with no body when it is named", async () => {
    for (const path of ["/", "/app.js", "/app.css", "/app.js.map", "/favicon.svg"]) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag") ?? "";
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers.get("cache-control")).toBe("no-cache");
      for (const named of [etag, `"other", ${etag}`, `W/${etag}`, "*"]) {
        const again = await get(path, { "if-none-match": named });
        expect(again.status, `${path} ${named}`).toBe(304);
        expect(await again.text()).toBe("");
        expect(again.headers.get("etag")).toBe(etag);
      }
      const changed = await get(path, { "if-none-match": '"not-this-build"' });
      expect(changed.status).toBe(200);
      expect((await changed.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it("reads only the first KiB of If-None-Match", async () => {
    const etag = (await get("/app.js")).headers.get("etag") ?? "";
    const many = Array.from({ length: 1000 }, (_, i) => `"t${i}"`).join(", ");
    expect((await get("/app.js", { "if-none-match": `${many}, ${etag}` })).status).toBe(200);
    expect(namesEtag(`${many}, ${etag}`, etag)).toBe(false);
    expect(namesEtag(`"a", ${etag}`, etag)).toBe(true);
    expect(namesEtag(undefined, etag)).toBe(false);
  });

  it("answer a range or a date condition with the whole file, and HEAD with its headers", async () => {
    const whole = await (await get("/app.js")).arrayBuffer();
    const ranged = await get("/app.js", { range: "bytes=0-10" });
    expect(ranged.status).toBe(200);
    expect((await ranged.arrayBuffer()).byteLength).toBe(whole.byteLength);
    const dated = await get("/app.js", { "if-modified-since": "Wed, 21 Oct 2099 07:28:00 GMT" });
    expect(dated.status).toBe(200);
    const head = await fetch(`${server.url}/app.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(whole.byteLength));
    expect(head.headers.get("etag")).toMatch(/^"/);
  });

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "//app.js",
    "/app.js%00",
    "/APP.JS",
    "/index.html",
    "/dist/main.js",
    "/app.js;.css",
  ])("answer %s with a JSON 404, never a file of the disk", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("NOT_FOUND");
  });
});
