import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ChromiumChoice, findChromium, launchBrowser } from "../helpers/browser.js";

/** Starts `choice`, renders a page and reads it back: proof the browser really runs. */
async function renders(choice: ChromiumChoice): Promise<string | null> {
  const browser = await launchBrowser(choice);
  try {
    const page = await browser.newPage();
    await page.setContent("<main><h1>kinetic-graph</h1></main>");
    return await page.textContent("h1");
  } finally {
    await browser.close();
  }
}

describe("the browser the tests drive", () => {
  it("falls back to the Chromium shipped in @sparticuz/chromium when none is installed", async () => {
    const choice = await findChromium({}, ["/no/such/chromium"]);
    expect(choice.source).toBe("shipped");
    expect(await renders(choice)).toBe("kinetic-graph");
  });

  it("uses a Chromium installed on the system when there is one", async () => {
    // A real Chromium at a system-like path: the shipped binary, linked from a folder of
    // our own, so this runs on a machine with no Chromium installed too.
    const shipped = await findChromium({}, []);
    const folder = await mkdtemp(path.join(tmpdir(), "kinetic-graph-system-"));
    try {
      const installed = path.join(folder, "chromium");
      await symlink(shipped.executablePath, installed);
      const choice = await findChromium({}, ["/no/such/chromium", installed]);
      expect(choice).toMatchObject({ source: "system", executablePath: installed });
      // The system switches, plus what this headless-shell build needs to find its fonts.
      expect(await renders({ ...choice, env: shipped.env })).toBe("kinetic-graph");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("takes CHROMIUM_PATH first, and says how to fix it when it names nothing", async () => {
    const shipped = await findChromium({}, []);
    const named = await findChromium({ CHROMIUM_PATH: shipped.executablePath }, []);
    expect(named).toMatchObject({
      source: "CHROMIUM_PATH",
      executablePath: shipped.executablePath,
    });
    await expect(findChromium({ CHROMIUM_PATH: "/no/such/chromium" })).rejects.toThrow(
      /CHROMIUM_PATH=\/no\/such\/chromium: .+: /,
    );
  });
});
