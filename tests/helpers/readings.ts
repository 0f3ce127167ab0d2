import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { askedAbout } from "../../src/trace/askedAbout.js";

/**
 * What the reader matched in `text`, in text order: "+id" for each finding reported,
 * "-id" for each denied; findings that match no entity are left out.
 */
export function matchedIds(kb: KnowledgeBase, text: string): string[] {
  return kb.reader
    .read(text)
    .findings.filter((f) => f.entity !== null)
    .map((f) => `${f.present ? "+" : "-"}${f.entity?.id}`);
}

/** The triage level of a trace of `text` alone. */
export function triageLevel(kb: KnowledgeBase, text: string): string {
  return kb.tracer.trace([text]).triage.level;
}

/**
 * Each finding of `text` that matches an entity, as [id, present, whose, and its site's id
 * or its side, as `last` says], in text order.
 */
export function entityFindings(
  kb: KnowledgeBase,
  text: string,
  last: "site" | "side",
): (string | boolean | null | undefined)[][] {
  return kb.reader
    .read(text)
    .findings.flatMap((f) =>
      f.entity ? [[f.entity.id, f.present, f.whose, last === "site" ? f.site?.id : f.side]] : [],
    );
}

/** Each present finding of `text` that matches an entity, as [id, only asked about]. */
export function askedFindings(kb: KnowledgeBase, text: string): (string | boolean | undefined)[][] {
  return kb.reader
    .read(text)
    .findings.filter((f) => f.entity !== null && f.present)
    .map((f) => [f.entity?.id, askedAbout(f)]);
}

/** The ids of the present findings of `text` that are not only asked about, whoever's. */
export function presentIds(kb: KnowledgeBase, text: string): (string | undefined)[] {
  return kb.reader
    .read(text)
    .findings.filter((f) => f.entity !== null && f.present && !askedAbout(f))
    .map((f) => f.entity?.id);
}

/** The ids of the findings of `text` the runner reports: as {@link presentIds}, theirs only. */
export function reportedIds(kb: KnowledgeBase, text: string): (string | undefined)[] {
  return kb.reader
    .read(text)
    .findings.filter(
      (f) => f.entity !== null && f.present && !askedAbout(f) && f.whose === "RUNNER",
    )
    .map((f) => f.entity?.id);
}
