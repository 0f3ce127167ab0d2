import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brokenLinks, headingAnchors, relativeLinks } from "./helpers/markdownLinks.js";
import { ROOT } from "./helpers/paths.js";

const README = path.join(ROOT, "README.md");
const DOCS = path.join(ROOT, "docs");
const docs = readdirSync(DOCS)
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(DOCS, name));

describe("the README's and docs/*.md's links", () => {
  it("name files that exist and anchors their headings have", () => {
    expect(docs.length).toBeGreaterThan(5);
    expect(brokenLinks([README, ...docs])).toEqual([]);
  });

  it("reach every file of docs/ from the README", () => {
    const linked = new Set(
      relativeLinks(readFileSync(README, "utf8")).map((l) => path.resolve(ROOT, l.file)),
    );
    expect(docs.filter((doc) => !linked.has(doc))).toEqual([]);
  });
});

describe("the link check", () => {
  it("gives headings GitHub's anchors, a repeated one numbered", () => {
    const anchors = headingAnchors(
      [
        "# Run it, test it",
        "## With `WORKERS=N` the per-client budgets are each worker's",
        "### Stop 30",
        "### Stop 30",
        "```md",
        "## Not a heading inside a fence",
        "```",
      ].join("\n"),
    );
    expect([...anchors]).toEqual([
      "run-it-test-it",
      "with-workersn-the-per-client-budgets-are-each-workers",
      "stop-30",
      "stop-30-1",
    ]);
  });

  it("finds a missing file and a missing anchor, and leaves out web links and code", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "docs-links-"));
    writeFileSync(path.join(dir, "other.md"), "# Other\n\n## Its part\n");
    const page = path.join(dir, "page.md");
    writeFileSync(
      page,
      [
        "# Page",
        "[fine](other.md#its-part) [fine too](#page) [web](https://example.com/x.md)",
        "[gone](missing.md) [no anchor](other.md#nowhere) [here](#nor-here)",
        "`[code](missing-in-code.md)`",
        "```sh",
        "[fenced](missing-in-fence.md)",
        "```",
      ].join("\n"),
    );
    expect(brokenLinks([page])).toEqual([
      `${page}: missing.md (no such file)`,
      `${page}: other.md#nowhere (no heading has this anchor)`,
      `${page}: #nor-here (no heading has this anchor)`,
    ]);
  });
});
