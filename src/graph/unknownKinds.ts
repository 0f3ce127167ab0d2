import type { ErrorObject } from "ajv/dist/2020.js";
import { nearestName } from "./didYouMean.js";
import { isRecord } from "./entryName.js";
import type { SchemaValidator } from "./graphDataSchema.js";
import { ENTITY_KINDS, type EntityKind } from "./model.js";

/** A node whose kind is missing or unknown, checked again as the kind it most likely meant. */
export interface StandInKind {
  /** The kind its other fields were checked as. */
  readonly kind: EntityKind;
  /** True when its written kind is a misspelling of that one; else the kind its fields fit best. */
  readonly nearest: boolean;
}

/** `/nodes/3` or `/nodes/3/...`: the node's index, else null. */
function nodeIndexOf(error: ErrorObject): number | null {
  const match = /^\/nodes\/(\d+)(?:\/|$)/.exec(error.instancePath);
  return match === null ? null : Number(match[1]);
}

/** Whether `error` says a node's kind is missing or not one of the kinds. */
export function isKindError(error: ErrorObject): boolean {
  if (/^\/nodes\/\d+\/kind$/.test(error.instancePath)) return true;
  return (
    error.keyword === "required" &&
    /^\/nodes\/\d+$/.test(error.instancePath) &&
    (error.params as { missingProperty?: string }).missingProperty === "kind"
  );
}

/**
 * The schema's errors with those of each node whose kind is missing or unknown checked
 * again: such a node meets none of the schema's per-kind rules, so its kind's own fields
 * were reported as fields "this kind does not take" (or, kind missing, every kind's
 * required fields as missing), hiding what is really wrong with it. It is validated again
 * as the kind it misspells, else as the kind whose rules it breaks least (at most one
 * check per kind), and those errors replace its own; the kind's error is kept. Returns the
 * errors and, by node index, the kind each such node was checked as.
 */
export function recheckUnknownKinds(
  value: unknown,
  errors: readonly ErrorObject[],
  validate: SchemaValidator,
): { errors: ErrorObject[]; standIns: Map<number, StandInKind> } {
  const standIns = new Map<number, StandInKind>();
  const nodes = isRecord(value) && Array.isArray(value.nodes) ? value.nodes : [];
  const redone: ErrorObject[] = [];
  for (const error of errors) {
    const index = nodeIndexOf(error);
    const node: unknown = index === null ? undefined : nodes[index];
    if (index === null || !isKindError(error) || standIns.has(index) || !isRecord(node)) continue;
    const checkAs = (kind: EntityKind): ErrorObject[] =>
      validate({ nodes: [{ ...node, kind }] })
        ? []
        : (validate.errors ?? [])
            .filter((e) => e.keyword !== "if")
            .map((e) => ({
              ...e,
              instancePath: e.instancePath.replace(/^\/nodes\/0/, `/nodes/${index}`),
            }));
    const written = typeof node.kind === "string" ? node.kind : "";
    const nearest = nearestName(written, ENTITY_KINDS) as EntityKind | null;
    let best = { kind: nearest ?? ENTITY_KINDS[0], errors: checkAs(nearest ?? ENTITY_KINDS[0]) };
    if (nearest === null) {
      for (const kind of ENTITY_KINDS.slice(1)) {
        const found = checkAs(kind);
        if (found.length < best.errors.length) best = { kind, errors: found };
      }
    }
    standIns.set(index, { kind: best.kind, nearest: nearest !== null });
    redone.push(...best.errors);
  }
  if (standIns.size === 0) return { errors: [...errors], standIns };
  const kept = errors.filter((e) => {
    const index = nodeIndexOf(e);
    return index === null || !standIns.has(index) || isKindError(e);
  });
  return { errors: [...kept, ...redone], standIns };
}
