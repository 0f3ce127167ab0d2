import type { Entity, FindingProfile, GraphData, Side, VocabularySite } from "../graph/index.js";
import { aboutWhom } from "./aboutWhom.js";
import { sideOf } from "./Candidate.js";
import type { ClauseContext } from "./ClauseContext.js";
import { ClauseMatcher } from "./ClauseMatcher.js";
import { conditionSites } from "./conditionSites.js";
import { contrasted } from "./contrasted.js";
import { Lexicon } from "./Lexicon.js";
import { coveredSite, laterSites, type SiteById } from "./laterSites.js";
import { leadingOnset, unsitedTimings } from "./pairedTimings.js";
import { partsJoined } from "./partsJoined.js";
import { NO_CONTEXT, type ReadContext } from "./ReadContext.js";
import type { Clause } from "./readClauses.js";
import { readComplaintClauses } from "./readComplaintClauses.js";
import { READ_LIMITS } from "./readLimits.js";
import { QuantityReader } from "./readQuantities.js";
import { SiteOrder } from "./SiteOrder.js";
import { SiteParts } from "./SiteParts.js";
import { sitesExplainedOn } from "./sitesExplainedOn.js";
import { takenInSigns } from "./takenInSigns.js";
import { tidyFindings } from "./tidyFindings.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Finding, Understanding, Whose } from "./types.js";
import { warningFeelings } from "./warningFeelings.js";
import { withoutSpeakers } from "./withoutSpeakers.js";
import { withoutUnchecked } from "./withoutUnchecked.js";

/** The empty set of ids a reading starts from (never changed: sets are copied to add). */
const NOTHING: ReadonlySet<string> = new Set();

/** The ids of a clause's feelings or timings, in order. */
function conceptIds(clause: Clause, type: "FEELING" | "TIMING"): Set<string> {
  const ids = new Set<string>();
  for (const m of clause.mentions) if (m.concept.type === type) ids.add(m.concept.id);
  return ids;
}

/** Kinds a runner can name outright ("plantar fasciitis", "flat feet"). */
const NAMEABLE: readonly Entity["kind"][] = ["CONDITION", "CAUSE"];

/**
 * Reads a runner's complaint into findings: the words each rests on (offsets), the site,
 * what is felt and when, whether it is reported or denied, the side, quantities, and the
 * symptom, cause or condition it matches with a calibrated confidence. Built once per
 * graph (a trie over the vocabulary and the names of conditions and causes); a reading
 * tokenises the text once and walks the trie once per position.
 */
export class ComplaintReader {
  private readonly lexicon: Lexicon;
  private readonly quantities: QuantityReader;
  private readonly matcher: ClauseMatcher;
  private readonly parts: SiteParts;
  /** Ids of the symptoms that are a site's general symptom (see {@link isGeneral}). */
  private readonly general: ReadonlySet<string>;
  /** Ids of the entities a findings profile reads specifically (not only from generic pain). */
  private readonly profiled: ReadonlySet<string>;
  /** Signs read from the order two sites' pains came in (FindingProfile.cameBefore). */
  private readonly order: SiteOrder;
  /** The symptoms each profile takes in when both are reported (see takenInSigns). */
  private readonly takesIn: ReadonlyMap<string, readonly string[]>;
  /** Where each condition is felt, from the symptoms it presents with (see conditionSites). */
  private readonly conditionSite: ReadonlyMap<string, VocabularySite>;
  /** The vocabulary's site of an id (the matcher's lookup, made once). */
  private readonly siteById: SiteById = (id) => this.matcher.site(id);

  constructor(data: Pick<GraphData, "vocabulary" | "findings" | "entities" | "edges">) {
    const nameable = [...data.entities.values()].filter((e) => NAMEABLE.includes(e.kind));
    this.lexicon = new Lexicon(data.vocabulary, nameable, warningFeelings(data));
    this.quantities = new QuantityReader(
      data.vocabulary.quantities,
      data.vocabulary.numbers,
      this.lexicon.fillers,
    );
    this.parts = new SiteParts(data.vocabulary, this.lexicon);
    // A condition read only from generic pain is no profile's when named.
    const profiles = [...data.findings.values()].filter((p) => p.countsAs === null);
    this.profiled = new Set(profiles.map((p) => p.entity));
    this.general = new Set(profiles.filter((p) => p.general).map((p) => p.entity));
    this.takesIn = takenInSigns(data);
    this.conditionSite = conditionSites(
      data.edges,
      data.findings,
      new Map(data.vocabulary.sites.map((s) => [s.id, s])),
    );
    this.order = new SiteOrder(
      data.findings,
      data.entities,
      this.lexicon,
      (site, sites) => this.matcher.sameFamily(site, sites),
      this.siteById,
    );
    this.matcher = new ClauseMatcher(
      data.vocabulary,
      data.findings as ReadonlyMap<string, FindingProfile>,
      data.entities,
      this.lexicon,
    );
  }

  /**
   * Reads one complaint. `context` carries the site and side named in earlier parts of
   * the same report, so "worse in the morning" after "my heel hurts" is about the heel.
   */
  read(text: string, context: ReadContext = NO_CONTEXT): Understanding {
    const read = text.slice(0, READ_LIMITS.textLength);
    const tokens = withoutSpeakers(
      withoutUnchecked(tokenizeComplaint(read, this.lexicon.vocabulary.numbers), read),
      this.lexicon,
    );
    this.lexicon.correctAll(tokens);
    const findings: Finding[] = [];
    const feared = new Set<Finding>();
    let at: ClauseContext = {
      site: context.site,
      side: context.side,
      felt: context.felt,
      timed: context.timed ?? NOTHING,
      explained: NOTHING,
    };
    // "my knee hurts, on the inside": the part names the site of the clause before.
    const clauses = partsJoined(
      readComplaintClauses(tokens, this.lexicon, this.quantities),
      tokens,
      this.parts,
    );
    const about = aboutWhom(clauses);
    const site = this.siteById;
    const later = laterSites(clauses, "RUNNER", site);
    // A complaint read about another person: their siteless clause takes no site from the
    // runner's later one ("my son is swollen and my heel is fine").
    const theirLater = laterSites(clauses, "SOMEONE_ELSE", site);
    let theirs: VocabularySite | null = null;
    let alone: Side | null = null;
    for (let i = 0; i < clauses.length; i++) {
      // A clause naming no site speaks of the site its cause holds ("my horse kicked my heel
      // and it's numb"), else of the one named before it (another person's for theirs: "my
      // wife's ankle is swollen and she can't put weight on it"), else of the next one ("no
      // numbness, but my heel is swollen", never for another's clause), else of another person's ("my buddy's achilles is
      // sore. Mine just feels tight"); a part said in it ("sore at the back") is that site's.
      // The runner's site is never another person's ("my friend can barely walk, my heel hurts").
      const other = (clauses[i] as Clause).other;
      const before = other ? theirs : at.site;
      // A site a correction took back is the one named after it ("heel, no wait, ankle").
      const next = (clauses[i] as Clause).resited ? later[i + 1] : null;
      const ahead =
        this.phraseSite(clauses[i] as Clause) ??
        next ??
        before ??
        (other
          ? null
          : (clauses[i] as Clause).whose === "RUNNER"
            ? later[i + 1]
            : theirLater[i + 1]) ??
        theirs ??
        null;
      const said = contrasted(clauses[i] as Clause, clauses[i - 1], tokens, this.lexicon);
      const clause = this.parts.refine(said, ahead, tokens);
      // ...and so is its side, when that one says a side ("..., no wait, my right knee").
      const nextSide = next === null ? null : sideOf((clauses[i + 1] as Clause).sides);
      const here: ClauseContext = {
        site: ahead,
        side: nextSide ?? at.side,
        felt: at.felt,
        timed: at.timed,
        lead: leadingOnset(clauses[i - 1], tokens, this.lexicon),
        next: unsitedTimings(clauses[i + 1]),
        explained: at.explained,
      };
      const found = this.matcher.match(clause, here, tokens, read);
      let named: VocabularySite | null = null;
      // A condition named outright places what follows where it is felt, unless a site is said.
      let placed: VocabularySite | null = null;
      let side: Side | null = null;
      // Sets are never changed once made, so one a clause does not add to is shared.
      let explained: Set<string> | null = null;
      for (const f of found) {
        findings.push(f);
        // "my heel hurts, worried about a stress fracture": a fear explains none of the pain.
        if (f.basis?.hedged || (clause.feared && f.entity?.kind === "CONDITION")) feared.add(f);
        // Another person's site and side are theirs ("my wife's left heel is numb, my ankle hurts");
        // a site only set aside ("my knee, not my ankle") is not what "it" speaks of next.
        if (f.whose === about && (f.present || f.feelings.length > 0 || f.timings.length > 0)) {
          named ??= f.site;
          placed ??= this.placeOf(f);
          side ??= f.side;
        }
        const entity = f.entity;
        // Another person's sign beside the runner's complaint explains nothing of the runner's,
        // nor does a name only asked about ("could it be a stress fracture? it hurts").
        if (
          f.present &&
          f.whose === about &&
          !feared.has(f) &&
          entity !== null &&
          f.site !== null &&
          (entity.kind === "SYMPTOM" || entity.kind === "CONDITION") &&
          !this.isGeneral(f)
        ) {
          explained ??= new Set(at.explained);
          explained.add(f.site.id);
        }
      }
      if (clause.other) theirs = coveredSite(clause, site) ?? theirs;
      // A side said in a clause that reads nothing else ("..., left side") is the complaint's.
      else if (found.length === 0) alone ??= sideOf(clause.sides);
      // "my heel is fine after rest days, but every long run brings the ache back": a site
      // said with nothing read of it is still what the next clause speaks of.
      const only = found.length === 0 && !clause.other ? coveredSite(clause, site) : null;
      at = {
        site: named ?? placed ?? only ?? at.site,
        side: side ?? at.side,
        felt: conceptIds(clause, "FEELING"),
        timed: conceptIds(clause, "TIMING"),
        explained: explained ?? at.explained,
      };
    }
    return {
      text,
      findings: tidyFindings(
        this.withoutExplained(this.order.read(findings, tokens, read, about), about, feared),
        alone,
        about,
        READ_LIMITS.findings,
        this.takesIn,
      ),
      about,
      lastSite: at.site,
      lastSide: at.side,
      lastFelt: at.felt,
      lastTimed: at.timed,
      namesRunner: tokens.some((_, i) => this.lexicon.frames.speaksOfSelf(tokens, i)),
    };
  }

  /**
   * A site's general symptom is dropped when the complaint reports something specific at
   * that site, before or after it ("the pain is above the heel, stabbing"), of the body
   * the reading is `about` (a friend's numb heel does not explain the runner's sore one)
   * and on the same side ("right heel sore, left heel numb" keeps the right heel's pain);
   * a name only asked about, or a condition only `feared`, explains nothing.
   */
  private withoutExplained(findings: readonly Finding[], about: Whose, feared: Set<Finding>) {
    const specific: Finding[] = [];
    let general = false;
    for (const f of findings) {
      const entity = f.entity;
      if (!f.present || entity === null || f.whose !== about) continue;
      if (this.isGeneral(f)) general = true;
      // Only what a profile matched explains a site: a name ("runner's knee pain") does not.
      else if (
        !feared.has(f) &&
        f.site !== null &&
        this.profiled.has(entity.id) &&
        (entity.kind === "SYMPTOM" || entity.kind === "CONDITION")
      )
        specific.push(f);
    }
    // Nothing to drop unless a general symptom was found.
    if (!general) return findings;
    // The sites explained on each side: one side's sign does not explain the other's pain.
    const bySide = new Map<Side | null, Set<string>>();
    return findings.filter((f) => {
      if (!f.present || f.entity === null || !this.isGeneral(f)) return true;
      let sites = bySide.get(f.side);
      if (sites === undefined) {
        sites = sitesExplainedOn(specific, f.side);
        bySide.set(f.side, sites);
      }
      return !this.matcher.sameFamily(f.site, sites);
    });
  }

  /**
   * Where a condition the runner names outright is felt ("my plantar fasciitis is back":
   * the heel), for reading the clauses after it; null for anything else.
   */
  private placeOf(f: Finding): VocabularySite | null {
    const e = f.entity;
    if (!f.present || e?.kind !== "CONDITION" || f.basis?.way !== "named" || f.basis.hedged)
      return null;
    return this.conditionSite.get(e.id) ?? null;
  }

  /** Whether `f` was read from a site's generic pain: its general symptom, or a condition counted as one. */
  private isGeneral(f: Finding): boolean {
    return f.countsAs !== null || (f.entity !== null && this.general.has(f.entity.id));
  }

  /**
   * The covered site a clause's cause or name holds ("kicked my heel": the heel) when
   * something is felt after it ("... and it's numb") and the clause names no site itself;
   * else null.
   */
  private phraseSite(clause: Clause): VocabularySite | null {
    let found: VocabularySite | null = null;
    let felt = false;
    for (const m of clause.mentions) {
      const c = m.concept;
      if (c.type === "SITE") return null;
      if (c.type === "FEELING" && found !== null) felt = true;
      if ((c.type === "FACTOR" || c.type === "MENTION") && c.site !== null && found === null) {
        const at = this.siteById(c.site);
        if (at?.covered) found = at;
      }
    }
    return felt ? found : null;
  }
}
