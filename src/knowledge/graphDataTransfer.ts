import { deserialize, serialize } from "node:v8";
import type {
  Edge,
  Entity,
  FindingProfile,
  GraphData,
  SourceDocument,
  Steps,
  Vocabulary,
} from "../graph/index.js";

/**
 * Validated graph data on its way from the loading worker to the serving thread: chunks
 * serialized by the worker (v8's structured clone format) and transferred without a copy,
 * so receiving the message costs the serving thread nothing, and each chunk is
 * deserialized in a step of its own (see {@link decodeGraphData}).
 */
export interface EncodedGraphData {
  readonly version: string;
  readonly documents: ArrayBuffer;
  readonly entities: readonly ArrayBuffer[];
  readonly edges: readonly ArrayBuffer[];
  readonly synonyms: readonly ArrayBuffer[];
  /** The vocabulary and the findings profiles: plain data, bounded by the graph-data limits. */
  readonly reading: ArrayBuffer;
}

/**
 * Items per chunk: a chunk of entities deserializes in well under a millisecond, so a
 * step stays short however large the data.
 */
const CHUNK = 100;

function encode(value: unknown): ArrayBuffer {
  const bytes = serialize(value);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function chunks<T>(items: readonly T[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(encode(items.slice(i, i + CHUNK)));
  return out;
}

/** Serializes `data` in chunks; returns it and the buffers to transfer with it. */
export function encodeGraphData(data: GraphData): {
  encoded: EncodedGraphData;
  transfer: ArrayBuffer[];
} {
  const encoded: EncodedGraphData = {
    version: data.version,
    documents: encode(data.documents),
    entities: chunks([...data.entities.values()]),
    edges: chunks(data.edges),
    synonyms: chunks(data.synonyms),
    reading: encode({ vocabulary: data.vocabulary, findings: data.findings }),
  };
  const transfer = [
    encoded.documents,
    ...encoded.entities,
    ...encoded.edges,
    ...encoded.synonyms,
    encoded.reading,
  ];
  return { encoded, transfer };
}

/** Rebuilds the graph data {@link encodeGraphData} encoded, one chunk per step (see Steps). */
export function* decodeGraphData(encoded: EncodedGraphData): Steps<GraphData> {
  const documents = deserialize(Buffer.from(encoded.documents)) as Map<string, SourceDocument>;
  yield;
  const entities = new Map<string, Entity>();
  for (const chunk of encoded.entities) {
    for (const entity of deserialize(Buffer.from(chunk)) as Entity[]) {
      entities.set(entity.id, entity);
    }
    yield;
  }
  const edges: Edge[] = [];
  for (const chunk of encoded.edges) {
    edges.push(...(deserialize(Buffer.from(chunk)) as Edge[]));
    yield;
  }
  const synonyms: string[][] = [];
  for (const chunk of encoded.synonyms) {
    synonyms.push(...(deserialize(Buffer.from(chunk)) as string[][]));
    yield;
  }
  const { vocabulary, findings } = deserialize(Buffer.from(encoded.reading)) as {
    vocabulary: Vocabulary;
    findings: Map<string, FindingProfile>;
  };
  return { documents, entities, edges, synonyms, vocabulary, findings, version: encoded.version };
}
