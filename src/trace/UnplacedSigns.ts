import type {
  Entity,
  FindingProfile,
  KnowledgeGraph,
  SourceDocument,
  Symptom,
  VocabularySite,
} from "../graph/index.js";
import { entityAt } from "../graph/index.js";
import type { Finding } from "../understand/index.js";
import { isWarningSign } from "./isWarningSign.js";
import type { UnplacedFinding } from "./types.js";

/** The entity's name as it reads inside a sentence ("numbness or tingling in the heel"). */
const named = (s: Symptom) => s.name.charAt(0).toLowerCase() + s.name.slice(1);

/** "a", "a and b", "a, b and c". */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Where the articles name each feeling as a warning sign, so a feeling the runner reports
 * at a site where no symptom reads it (the reader's finding with no entity: "my heel
 * hurts, it is numb, no wait, my ankle" is numbness at the ankle, which the heel article
 * names only at the heel) is still said in the answer, with what the articles say of it
 * elsewhere. A warning sign's profile (one with sites) names a feeling on its own when the feeling alone
 * matches it (no timing needed, or the feeling is `enough`): "sudden" heel pain needs its
 * timing, so pain alone names no sign. Built once per data version: one entry per feeling
 * of a warning sign's profile.
 */
export class UnplacedSigns {
  /** Feeling id → the warning signs whose profiles read it on its own, in the data's order. */
  private readonly signs = new Map<string, Symptom[]>();
  /** Ids of the signs in {@link signs} that call for a doctor right away where they are placed. */
  private readonly urgent = new Set<string>();
  /**
   * "site feeling" pairs some profile reads (ankle pain: runner's ankle): such a feeling left
   * without an entity was set aside by a reading beside it ("could it be a sprain? my ankle
   * hurts"), not left undescribed by the articles. One entry per pair in findings.
   */
  private readonly described = new Set<string>();

  /**
   * @param graph the knowledge graph, for the symptoms the profiles describe
   * @param profiles what each symptom is in findings, by entity id (graph-data findings.yaml)
   * @param documents the source documents, for whether a sign's list is urgent
   */
  constructor(
    private readonly graph: KnowledgeGraph,
    profiles: ReadonlyMap<string, FindingProfile>,
    documents: ReadonlyMap<string, SourceDocument>,
  ) {
    for (const [id, p] of profiles) {
      for (const site of p.sites) for (const f of p.feelings) this.described.add(`${site} ${f}`);
      const e = entityAt(graph, id);
      // A sign with no site of its own (limping, "it is swollen") is read anywhere, or
      // where no site is named: it names no other site.
      if (e === null || e.kind !== "SYMPTOM" || !isWarningSign(e) || p.sites.length === 0) continue;
      const list = documents.get(e.warningSignOf ?? "")?.warningSigns ?? null;
      if (list?.urgent ?? e.redFlag) this.urgent.add(e.id);
      const alone = p.timings.length === 0 || p.anyOf;
      for (const f of new Set([...p.feelings, ...p.enough])) {
        if (!alone && !p.enough.includes(f)) continue;
        const list = this.signs.get(f) ?? [];
        list.push(e);
        this.signs.set(f, list);
      }
    }
  }

  /**
   * The unplaced finding of a present reader finding with no entity and at least one
   * feeling (a site alone, a quantity or a denial is none): its words, where it was felt,
   * the warning signs naming one of its feelings elsewhere, and one sentence saying so.
   * Null for any other finding.
   */
  of(f: Finding, input: string): UnplacedFinding | null {
    if (f.entity !== null || !f.present || f.feelings.length === 0) return null;
    let signs: readonly Symptom[];
    if (f.feelings.length === 1) signs = this.signs.get(f.feelings[0] as string) ?? NO_SIGNS;
    else {
      const found = new Map<string, Symptom>();
      for (const feeling of f.feelings)
        for (const s of this.signs.get(feeling) ?? NO_SIGNS) found.set(s.id, s);
      signs = [...found.values()];
    }
    // Nothing to say of a feeling the articles describe where it was felt, and no warning
    // sign elsewhere: a reading beside it set it aside.
    const site = f.site;
    if (signs.length === 0 && site !== null && f.feelings.every((x) => this.describes(site, x)))
      return null;
    const urgent = signs.some((s) => this.urgent.has(s.id));
    return {
      input,
      words: { text: f.text, start: f.start, end: f.end },
      whose: f.whose,
      site: f.site,
      place: this.placeOf(f.site),
      feelings: f.feelings,
      signsElsewhere: signs,
      urgentElsewhere: urgent,
      // Worded only when read (most answers are never shown their unplaced findings' words).
      get explanation() {
        return explanation(f, signs, urgent);
      },
    };
  }

  /** The structure of `site`, or of the structure it lies within when it has none of its own. */
  private placeOf(site: VocabularySite | null): Entity | null {
    if (site === null) return null;
    for (const id of [site.structure, site.within]) {
      const e = id === null ? null : entityAt(this.graph, id);
      if (e?.kind === "BODY_STRUCTURE") return e;
    }
    return null;
  }

  /** Whether some profile reads `feeling` at `site` or the site it lies within. */
  private describes(site: VocabularySite, feeling: string): boolean {
    return (
      this.described.has(`${site.id} ${feeling}`) ||
      (site.within !== null && this.described.has(`${site.within} ${feeling}`))
    );
  }
}

/** No warning sign names the feeling. */
const NO_SIGNS: readonly Symptom[] = [];

/**
 * The sentence of an unplaced finding: the words, where they were felt (and whose, when
 * another person's: the answer is then about them), what the articles say of those feelings
 * elsewhere, and the advice that follows (a doctor's view when they are an urgent sign
 * elsewhere: the articles say nothing of them here to rest home care on).
 */
function explanation(f: Finding, signs: readonly Symptom[], urgent: boolean): string {
  const where = f.site === null ? "" : ` at the ${f.site.name.toLowerCase()}`;
  const theirs = f.whose !== "RUNNER";
  const said = `Your words "${f.text}" report ${joined(f.feelings)}${where}${theirs ? ", about someone else" : ""}`;
  if (signs.length === 0)
    return `${said}, which the articles do not describe: if it is severe, see a doctor.`;
  const elsewhere = `the articles name it only elsewhere (${joined(signs.map(named))})`;
  return urgent
    ? `${said}; ${elsewhere}, where it can call for a doctor right away, and say nothing of it${where}: have a doctor or physical therapist look at it rather than treat it ${theirs ? "at home" : "yourself"}.`
    : `${said}; ${elsewhere}, as a sign to stop running and rest, and say nothing of it${where}.`;
}
