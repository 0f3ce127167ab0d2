import type { FindingProfile } from "./FindingProfile.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The data model of the knowledge graph: kinds of entity, typed relations and the
 * endpoint kinds each relation allows. Everything else (loader, validator, search,
 * trace, API) derives from these definitions. The graph-data JSON Schema and the GraphQL
 * enums restate the lists (for editors and clients); tests/graph/enumsAgree.test.ts fails
 * when a value is added in one place only.
 */

/** Every kind of node. Each node of the graph is exactly one of these. */
export const ENTITY_KINDS = [
  "BODY_STRUCTURE",
  "CONDITION",
  "SYMPTOM",
  "CAUSE",
  "MECHANISM",
  "TREATMENT",
  "ADVICE",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Phases of a treatment plan, in the order a plan presents them. */
export const TREATMENT_PHASES = ["RELIEF", "ROOT_CAUSE", "PREVENTION", "MEDICAL"] as const;
export type TreatmentPhase = (typeof TREATMENT_PHASES)[number];

/** Coarse regions of the leg, top to bottom, used to place body structures. */
export const BODY_REGIONS = [
  "TRUNK",
  "HIP",
  "THIGH",
  "KNEE",
  "LOWER_LEG",
  "ANKLE",
  "FOOT",
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** Every typed relation an edge can carry. */
export const RELATIONS = [
  "PART_OF",
  "UPSTREAM_OF",
  "ATTACHES_TO",
  "AFFECTS",
  "PRESENTS_WITH",
  "FELT_IN",
  "CAUSES",
  "LEADS_TO",
  "TREATS",
  "PREVENTS",
  "ABOUT",
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The endpoint kinds a relation allows, and what it means. */
export interface RelationRule {
  /** Kinds allowed at the edge's source. */
  readonly from: readonly EntityKind[];
  /** Kinds allowed at the edge's target. */
  readonly to: readonly EntityKind[];
  /** Whether a cycle along this relation alone is an error. */
  readonly acyclic: boolean;
  /** One line saying what `from RELATION to` means, for error messages and docs. */
  readonly meaning: string;
}

const ANY: readonly EntityKind[] = ENTITY_KINDS;

/**
 * Allowed endpoint kinds per relation. Written as an exhaustive switch so that adding a
 * relation without a rule fails to compile.
 */
export function relationRule(relation: Relation): RelationRule {
  switch (relation) {
    case "PART_OF":
      return rule(["BODY_STRUCTURE"], ["BODY_STRUCTURE"], true, "a structure is part of another");
    case "UPSTREAM_OF":
      return rule(
        ["BODY_STRUCTURE"],
        ["BODY_STRUCTURE"],
        true,
        "along the kinetic chain, the source sits above the target (hip end first)",
      );
    case "ATTACHES_TO":
      return rule(
        ["BODY_STRUCTURE"],
        ["BODY_STRUCTURE"],
        false,
        "a muscle, tendon or ligament attaches to or runs to another structure",
      );
    case "AFFECTS":
      return rule(
        ["CONDITION", "MECHANISM"],
        ["BODY_STRUCTURE"],
        false,
        "a condition or a step of a chain acts on a structure",
      );
    case "PRESENTS_WITH":
      return rule(["CONDITION"], ["SYMPTOM"], false, "a condition shows this symptom");
    case "FELT_IN":
      return rule(["SYMPTOM"], ["BODY_STRUCTURE"], false, "a symptom is felt at a structure");
    case "CAUSES":
      return rule(
        ["CAUSE", "MECHANISM", "CONDITION"],
        ["CONDITION", "MECHANISM", "CAUSE"],
        false,
        "the source drives or contributes to the target",
      );
    case "LEADS_TO":
      return rule(["CONDITION"], ["CONDITION"], false, "a condition can progress to another");
    case "TREATS":
      return rule(
        ["TREATMENT"],
        ["CONDITION", "CAUSE", "MECHANISM", "SYMPTOM"],
        false,
        "a treatment eases or fixes the target",
      );
    case "PREVENTS":
      return rule(
        ["TREATMENT"],
        ["CONDITION", "CAUSE", "MECHANISM"],
        false,
        "a treatment keeps the target from arising",
      );
    case "ABOUT":
      return rule(["ADVICE"], ANY, false, "a piece of advice concerns the target");
    default:
      return assertNever(relation);
  }
}

function rule(
  from: readonly EntityKind[],
  to: readonly EntityKind[],
  acyclic: boolean,
  meaning: string,
): RelationRule {
  return { from, to, acyclic, meaning };
}

/** Compile-time exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}

/** A citation: one of the source documents and a section heading in it. */
export interface SourceRef {
  /** Id of a document declared in graph-data's `sources`. */
  readonly doc: string;
  /** A section heading of that document, as declared with it. */
  readonly section: string;
}

/**
 * An article's list of warning signs and the body part it governs: the heel article's
 * list means "see a doctor right away" for the heel, the ankle article's means "stop
 * running and rest" for the ankle. Triage reads a warning sign by the list of the body
 * part the runner reports it at.
 */
export interface WarningSignList {
  /** The body part the list governs, in words (e.g. "heel"). */
  readonly site: string;
  /** Structures of that body part (a structure PART_OF one of them is governed too). */
  readonly structures: readonly string[];
  /** The section of the article that holds the list. */
  readonly section: string;
  /** Whether a sign on the list means seeing a doctor right away (URGENT). */
  readonly urgent: boolean;
  /** Id of the ADVICE entry whose answer is the list's advice to a runner. */
  readonly advice: string;
}

/** A source document the graph cites. */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  /** File name of the article under shared/seeds. */
  readonly file: string;
  /** The section headings that may be cited. */
  readonly sections: readonly string[];
  /** The article's warning signs and the body part they govern, if it lists any. */
  readonly warningSigns: WarningSignList | null;
}

/** Where an entry came from, for error messages. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

interface EntityBase {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly sources: readonly SourceRef[];
  readonly origin: Origin;
}

/** A muscle, bone, joint, tendon, ligament or other part of the leg. */
export interface BodyStructure extends EntityBase {
  readonly kind: "BODY_STRUCTURE";
  readonly region: BodyRegion;
}

/** An injury or problem a runner can have. */
export interface Condition extends EntityBase {
  readonly kind: "CONDITION";
  /** The articles send a runner with this condition to a doctor. */
  readonly seeDoctor: boolean;
}

/** Something a runner feels or notices. */
export interface Symptom extends EntityBase {
  readonly kind: "SYMPTOM";
  /** A red flag: see a doctor right away. */
  readonly redFlag: boolean;
  /**
   * Id of the document whose warning-sign list names this symptom (its `warningSigns`
   * say which body part the list governs and what it means), or null.
   */
  readonly warningSignOf: string | null;
  /**
   * Shown on its list's checklist (default true); false for a sign another sign of the
   * same list already asks about. Read and governed by its list when reported either way.
   */
  readonly checklist: boolean;
  /** Reporting it sends a runner to a doctor (for example pain that has not eased). */
  readonly seeDoctor: boolean;
  /** Where it is felt, in words (the FELT_IN edges name the structures). */
  readonly location: string | null;
}

/** A training, gear, form or body factor that drives a problem. */
export interface Cause extends EntityBase {
  readonly kind: "CAUSE";
}

/** A step of a chain of events in the body (the domino chain). */
export interface Mechanism extends EntityBase {
  readonly kind: "MECHANISM";
}

/** Something to do about a problem. */
export interface Treatment extends EntityBase {
  readonly kind: "TREATMENT";
  readonly phase: TreatmentPhase;
  readonly dosage: string | null;
  readonly steps: readonly string[];
}

/** A question a runner asks and the articles' answer. */
export interface Advice extends EntityBase {
  readonly kind: "ADVICE";
  /** The question, as a runner would ask it. */
  readonly question: string;
  /** The answer, in our own words. */
  readonly answer: string;
}

/** Every node of the graph. */
export type Entity = BodyStructure | Condition | Symptom | Cause | Mechanism | Treatment | Advice;

/** A typed, explained and cited edge. */
export interface Edge {
  /** Stable key: `from|RELATION|to`. */
  readonly key: string;
  readonly from: string;
  readonly relation: Relation;
  readonly to: string;
  /** One sentence saying why the edge holds. */
  readonly explanation: string;
  /** The article names this as one of the most common causes or presentations. */
  readonly common: boolean;
  readonly sources: readonly SourceRef[];
  readonly origin: Origin;
}

/** Graph data after loading and validation. */
export interface GraphData {
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly edges: readonly Edge[];
  /** Synonym groups for search: each group's terms are interchangeable. */
  readonly synonyms: readonly (readonly string[])[];
  /** The words a complaint is read with. */
  readonly vocabulary: Vocabulary;
  /** What each symptom, cause or condition is in findings, by entity id. */
  readonly findings: ReadonlyMap<string, FindingProfile>;
  /** Hash of every graph-data file's content: the loaded data's version. */
  readonly version: string;
}

/** The key of an edge. */
export function edgeKey(from: string, relation: Relation, to: string): string {
  return `${from}|${relation}|${to}`;
}
