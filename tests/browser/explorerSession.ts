import type { Page } from "playwright-core";
import { explorerSession } from "../helpers/explorer.js";

/**
 * The one server and browser every explorer browser test shares: explorer.test.ts's own
 * cases and those it imports (explorerTriageCases.ts, explorerInputCases.ts), split by
 * concern from one file of 316 lines. Its hooks belong to the test file that imports it
 * first: explorer.test.ts, and no other. Its tests share one tab, each navigating it to a
 * fresh document (see SessionOptions.onePage); one that installs a fake clock opens a page
 * of its own (`openAlone`).
 */
export const session = explorerSession({ onePage: true });

/**
 * Opens the trace view (at `viewport`) once its first complaint box is there: in the
 * file's one tab, or when `alone` in a page and browser context of its own (see
 * `openAlone`; the test closes that page).
 */
export async function open(
  viewport?: { width: number; height: number },
  alone = false,
): Promise<Page> {
  const page = alone ? await session.openAlone("", viewport) : await session.open("", viewport);
  await page.getByLabel("Complaint 1").waitFor();
  return page;
}

/**
 * Types each complaint in a box of its own (adding boxes as needed), traces, and waits for
 * the banner and for what the follow-up lookups add (see src/web/laterParts.ts).
 */
export async function trace(page: Page, ...complaints: string[]) {
  for (const [i, text] of complaints.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Add another complaint" }).click();
    await page.getByLabel(`Complaint ${i + 1}`).fill(text);
  }
  await page.getByRole("button", { name: "Trace", exact: true }).click();
  await page.locator(".banner").waitFor();
  await page.locator("#trace-results:not([data-lookups])").waitFor();
}
