import { createHash } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { coldText } from "../../bench/coldText.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { ReadContext, Understanding } from "../../src/understand/index.js";
import { VIGNETTES } from "../fixtures/interviewVignettes.js";
import { realKb } from "../helpers/knowledge.js";
import { loadComplaints } from "./labelMetrics.js";

/**
 * The complaint reader's readings, byte for byte, as a hash: the labelled complaints, the
 * interview vignettes' openings and 2000 generated complaints on the bundled graph-data
 * (a third with denials, corrections, quantities, sides or a typo put around them), each read alone, and every second generated one again as the next part of a report
 * (with the site, side and feelings the one before it left). A change meant to be
 * invisible (speed) keeps the snapshot; a change of graph-data or of reading changes it on
 * purpose: check the labelled test, then `npx vitest run -u` this file.
 */

const COMPLAINTS = new URL("./complaints.yaml", import.meta.url);
/** Generated complaints read (seeded, so the same every run). */
const GENERATED = 2000;
/**
 * Wordings put around every third generated complaint, in turn, so denials, corrections,
 * quantities, sides and other people are read too (the generator says none of them).
 */
const AROUND: readonly ((text: string) => string)[] = [
  (t) => `no ${t}`,
  (t) => `${t}, no wait, it's my left ankle`,
  (t) => `${t} since I went from 20 to 35 miles a week`,
  (t) => `my right ${t}, not the heel`,
  (t) => `I don't have any ${t}`,
  (t) => `my friend's ${t} but my heels are fine`,
  (t) => `${t}; can walk fine, no numbness or tingling`,
  (t) => typo(t),
  (t) => `${t}, my shoes have 600 miles on them`,
  (t) => `${t} after upping my mileage by 30%`,
  (t) => `my heel hurts. ${t}`,
  (t) => `${t} and my left heel, and both calves`,
];

/** A runner's typo: the third letter of the first word of six letters or more dropped. */
function typo(text: string): string {
  return text.replace(/\b(\p{L}{2})\p{L}(\p{L}{3,})/u, "$1$2");
}

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** A reading as JSON: entities and sites by id, the felt set as a list, all else as is. */
function json(reading: Understanding): string {
  return JSON.stringify(reading, (key, value: unknown) => {
    if ((key === "entity" || key === "site" || key === "lastSite") && value !== null)
      return (value as { id: string }).id;
    return value instanceof Set ? [...value] : value;
  });
}

function texts(): { alone: string[]; generated: string[] } {
  const labelled = loadComplaints(COMPLAINTS).map((c) => c.text);
  const vignettes = [...new Set(VIGNETTES.map((v) => v.says))];
  const cold = coldText(kb.data, 2026);
  const generated = Array.from({ length: GENERATED }, (_, i) => {
    const text = cold.complaint();
    const around = i % 3 === 0 ? AROUND[(i / 3) % AROUND.length] : undefined;
    return around === undefined ? text : around(text);
  });
  return { alone: [...labelled, ...vignettes], generated };
}

it("reads the labelled, vignette and 2000 generated complaints as recorded (SHA-256 of every reading)", () => {
  const hash = createHash("sha256");
  const counts = { readings: 0, findings: 0, matched: 0, denied: 0 };
  const record = (reading: Understanding) => {
    hash.update(`${json(reading)}\n`);
    counts.readings++;
    counts.findings += reading.findings.length;
    for (const f of reading.findings) {
      if (f.entity !== null && f.present) counts.matched++;
      if (f.entity !== null && !f.present) counts.denied++;
    }
  };
  const { alone, generated } = texts();
  for (const text of alone) record(kb.understand(text));
  let before: Understanding | null = null;
  for (const [i, text] of generated.entries()) {
    const reading = kb.understand(text);
    record(reading);
    if (i % 2 === 1 && before !== null) {
      const context: ReadContext = {
        site: before.lastSite,
        side: before.lastSide,
        felt: before.lastFelt,
      };
      record(kb.reader.read(text, context));
    }
    before = reading;
  }
  expect(counts.matched).toBeGreaterThan(0);
  expect(counts.denied).toBeGreaterThan(0);
  expect({ ...counts, sha256: hash.digest("hex") }).toMatchSnapshot();
});
