import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser.js";
import { realKb } from "../helpers/knowledge.js";
import { overHttp } from "../helpers/servers.js";

let browser: Browser;
let url = "";
let close: () => Promise<void>;
beforeAll(async () => {
  const server = await overHttp(await realKb(), { graphiql: true });
  url = server.url;
  close = () => server.app.close();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe("GraphiQL in a real browser", () => {
  it("opens at /graphql with the contract's operations and runs one", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: Error[] = [];
    page.on("pageerror", (e) => errors.push(e));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${url}/graphql`);
    // The first tab holds the contract's first operation, Search, with its variables.
    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => editor.textContent()).toContain("query Search(");
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".graphiql-response .CodeMirror");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('"snippet"');
    expect(errors).toEqual([]);
    // Nothing is fetched from anywhere but the service itself.
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.close();
  }, 60_000);
});
