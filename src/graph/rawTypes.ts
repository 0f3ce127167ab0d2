import type { BodyRegion, EntityKind, Relation, TreatmentPhase } from "./model.js";

/**
 * The shape of a graph-data YAML file once it has passed the JSON Schema
 * (graph-data/graph-data.schema.json). Optional fields take their defaults later.
 */
export interface RawFile {
  readonly sources?: readonly RawDocument[];
  readonly nodes?: readonly RawNode[];
  readonly edges?: readonly RawEdge[];
  readonly synonyms?: readonly (readonly string[])[];
}

export interface RawSourceRef {
  readonly doc: string;
  readonly section: string;
}

export interface RawDocument {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly sections: readonly string[];
  readonly warningSigns?: {
    readonly site: string;
    readonly structures: readonly string[];
    readonly section: string;
    readonly urgent: boolean;
    readonly advice: string;
  };
}

export interface RawNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  readonly sources: readonly RawSourceRef[];
  readonly region?: BodyRegion;
  readonly seeDoctor?: boolean;
  readonly redFlag?: boolean;
  readonly warningSignOf?: string;
  readonly location?: string;
  readonly phase?: TreatmentPhase;
  readonly dosage?: string;
  readonly steps?: readonly string[];
  readonly question?: string;
  readonly answer?: string;
}

export interface RawEdge {
  readonly from: string;
  readonly relation: Relation;
  readonly to: string;
  readonly explanation: string;
  readonly common?: boolean;
  readonly sources: readonly RawSourceRef[];
}
