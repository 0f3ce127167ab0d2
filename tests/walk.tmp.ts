import type { Page } from "playwright-core";
import { launchBrowser } from "./helpers/browser.js";
import { realKb } from "./helpers/knowledge.js";
import { overHttp } from "./helpers/servers.js";
const OUT = "/tmp/h110/shots";
const server = await overHttp(await realKb());
const browser = await launchBrowser();
const vps = { d: { width: 1280, height: 900 }, p: { width: 375, height: 740 } };
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.screenshot({ path: `${OUT}/${name}-full.png`, fullPage: true });
}
async function traceIt(page: Page, ...cs: string[]) {
  for (const [i, c] of cs.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add another complaint" }).click();
    await page.getByLabel(`Complaint ${i + 1}`).fill(c);
  }
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator(".banner").waitFor();
  await page.locator("#trace-results:not([data-lookups])").waitFor();
  await page.waitForTimeout(300);
}
for (const [v, viewport] of Object.entries(vps)) {
  const page = await browser.newPage({ viewport });
  page.on("pageerror", (e) => console.log("ERR", e.message));
  await page.goto(`${server.url}/`);
  await page.getByLabel("Complaint 1").waitFor();
  await shot(page, `${v}-0-start`);
  await traceIt(page, "my heel hurts in the morning");
  await shot(page, `${v}-a1-heel`);
  console.log(v, "a1", await page.locator("#trace-status").textContent());
  for (let step = 2; step < 7; step++) {
    const q = page.locator("section.question:not(.done)");
    if ((await q.count()) === 0) break;
    const busyBefore = await page.locator("#trace-results").getAttribute("aria-busy");
    if (await q.locator("input[type=checkbox]").count()) await q.getByRole("button", { name: "None of these" }).click();
    else await q.getByRole("button", { name: "Yes" }).click();
    await page.locator("#trace-results[aria-busy='false']").waitFor();
    await page.waitForTimeout(300);
    await shot(page, `${v}-a${step}`);
    console.log(v, `a${step}`, busyBefore, await page.locator("#trace-status").textContent());
    console.log("   focus:", await page.evaluate("document.activeElement?.tagName + '.' + document.activeElement?.className + ' ' + (document.activeElement?.textContent ?? '').slice(0,60)"));
  }
  await page.goto(`${server.url}/#/trace`);
  await page.reload();
  await page.getByLabel("Complaint 1").waitFor();
  await traceIt(page, "my heel is swollen and red");
  await shot(page, `${v}-b-swollen`);
  console.log(v, "b", await page.locator("#trace-status").textContent());
  await page.goto(`${server.url}/#/trace`);
  await page.reload();
  await page.getByLabel("Complaint 1").waitFor();
  await traceIt(page, "my shins hurt");
  await shot(page, `${v}-c1-shins`);
  console.log(v, "c1", await page.locator("#trace-status").textContent());
  await page.getByLabel("Complaint 1").fill("headache");
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator("#trace-results[aria-busy='false']:not([data-lookups])").waitFor();
  await page.waitForTimeout(300);
  await shot(page, `${v}-c2-headache`);
  console.log(v, "c2", await page.locator("#trace-status").textContent());
  await page.close();
}
await browser.close();
await server.app.close();
