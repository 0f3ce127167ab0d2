import type { BodyRegion, EntityKind, Relation, TreatmentPhase } from "./model.js";
import type { Measure, Side } from "./vocabulary.js";

/**
 * The shape of a graph-data YAML file once it has passed the JSON Schema
 * (graph-data/graph-data.schema.json). Optional fields take their defaults later.
 */
export interface RawFile {
  readonly sources?: readonly RawDocument[];
  readonly nodes?: readonly RawNode[];
  readonly edges?: readonly RawEdge[];
  readonly synonyms?: readonly (readonly string[])[];
  readonly vocabulary?: RawVocabulary;
  readonly findings?: Readonly<Record<string, RawFindingProfile>>;
}

export interface RawConcept {
  readonly id: string;
  readonly name?: string;
  readonly generic?: boolean;
  readonly denies?: readonly string[];
  readonly words: readonly string[];
}

export interface RawSite {
  readonly id: string;
  readonly name: string;
  readonly within?: string;
  readonly structure?: string;
  readonly covered?: boolean;
  readonly words: readonly string[];
}

export interface RawQuantityRule {
  readonly measure: Measure;
  readonly patterns: readonly { pattern: string; value?: number; scale?: number }[];
  readonly context: readonly string[];
  readonly lookBack?: readonly string[];
  readonly against?: readonly string[];
}

export interface RawVocabulary {
  readonly sites?: readonly RawSite[];
  readonly feelings?: readonly RawConcept[];
  readonly timings?: readonly RawConcept[];
  readonly factors?: readonly RawConcept[];
  readonly negations?: readonly string[];
  readonly scopeBreaks?: readonly string[];
  readonly listWords?: readonly string[];
  readonly fillers?: readonly string[];
  readonly sideNouns?: readonly string[];
  readonly others?: readonly string[];
  readonly animals?: readonly string[];
  readonly bothSides?: readonly string[];
  readonly reporting?: readonly string[];
  readonly siteParts?: readonly string[];
  readonly partLeads?: readonly string[];
  readonly products?: readonly string[];
  readonly choices?: readonly string[];
  readonly corrections?: readonly string[];
  readonly clarifiers?: readonly string[];
  readonly siteDenials?: readonly string[];
  readonly thingDenials?: readonly string[];
  readonly states?: readonly string[];
  readonly pointers?: readonly string[];
  readonly pastVerbs?: readonly string[];
  readonly pastTimes?: readonly string[];
  readonly pastLeads?: readonly string[];
  readonly resolved?: readonly string[];
  readonly unhappened?: readonly string[];
  readonly resolvedToday?: readonly string[];
  readonly resolvedAtEnd?: readonly string[];
  readonly otherwise?: readonly string[];
  readonly goingAway?: readonly string[];
  readonly echoes?: readonly string[];
  readonly remaining?: readonly string[];
  readonly partly?: readonly string[];
  readonly spans?: readonly string[];
  readonly distances?: readonly string[];
  readonly lumps?: readonly string[];
  readonly growths?: readonly string[];
  readonly firstWords?: readonly string[];
  readonly beforeWords?: readonly string[];
  readonly laterWords?: readonly string[];
  readonly startWords?: readonly string[];
  readonly startLinks?: readonly string[];
  readonly movements?: readonly string[];
  readonly sharedComparatives?: readonly string[];
  readonly comparisons?: readonly string[];
  readonly sequenceWords?: readonly string[];
  readonly mindThings?: readonly string[];
  readonly orderPhrases?: readonly string[];
  readonly speakers?: readonly string[];
  readonly logLabels?: readonly string[];
  readonly trailingSides?: readonly string[];
  readonly siteCauses?: readonly string[];
  readonly overDenials?: readonly string[];
  readonly spreading?: readonly string[];
  readonly regained?: readonly string[];
  readonly ongoing?: readonly string[];
  readonly owners?: readonly string[];
  readonly firstPerson?: readonly string[];
  readonly alsoMine?: readonly string[];
  readonly sitesToo?: readonly string[];
  readonly hedges?: readonly string[];
  readonly degreeWords?: readonly string[];
  readonly amountWords?: readonly string[];
  readonly purposeLeads?: readonly string[];
  readonly topics?: readonly string[];
  readonly having?: readonly string[];
  readonly asides?: readonly string[];
  readonly returning?: readonly string[];
  readonly questionLeads?: readonly string[];
  readonly questionVerbs?: readonly string[];
  readonly questionSubjects?: readonly string[];
  readonly likeness?: readonly string[];
  readonly verbalNegations?: readonly string[];
  readonly negationAdverbs?: readonly string[];
  readonly answerWords?: readonly string[];
  readonly shoesWanted?: readonly string[];
  readonly shoesWorn?: readonly string[];
  readonly standsFor?: readonly string[];
  readonly onsets?: readonly string[];
  readonly givesOut?: readonly string[];
  readonly goesHow?: readonly string[];
  readonly goesLeads?: readonly string[];
  readonly bodyWords?: readonly string[];
  readonly earlierTimes?: readonly string[];
  readonly signThings?: readonly string[];
  readonly becoming?: readonly string[];
  readonly flushes?: readonly string[];
  readonly selves?: readonly string[];
  readonly runnerObjects?: readonly string[];
  readonly siteLeads?: readonly string[];
  readonly denialCarriers?: readonly string[];
  readonly affirming?: readonly string[];
  readonly runnerLeads?: readonly string[];
  readonly runnerToo?: readonly string[];
  readonly askedTimes?: readonly string[];
  readonly audiences?: readonly string[];
  readonly yearLeads?: readonly string[];
  readonly conditionals?: readonly string[];
  readonly questionOpeners?: readonly string[];
  readonly questionAuxiliaries?: readonly string[];
  readonly realWords?: readonly string[];
  readonly ownedOnly?: readonly string[];
  readonly sides?: Readonly<Partial<Record<Side, readonly string[]>>>;
  readonly numbers?: Readonly<Record<string, number>>;
  readonly quantities?: readonly RawQuantityRule[];
}

export interface RawFindingProfile {
  readonly sites?: readonly string[];
  readonly notSites?: readonly string[];
  readonly feelings?: readonly string[];
  readonly timings?: readonly string[];
  readonly with?: readonly string[];
  readonly factors?: readonly string[];
  readonly unless?: readonly string[];
  readonly anyOf?: boolean;
  readonly enough?: readonly string[];
  readonly indicators?: readonly {
    measure: Measure;
    above: number;
    deniedAtOrBelow?: number;
    confidence?: number;
  }[];
  readonly general?: boolean;
  readonly unplaced?: boolean;
  readonly anywhere?: boolean;
  readonly countsAs?: string;
  readonly takesIn?: readonly string[];
  readonly cameBefore?: readonly string[];
  readonly sources: readonly RawSourceRef[];
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
  readonly checklist?: boolean;
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
