import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A module of the compiled service in dist/ (built once by tests/setup/global.ts), e.g. "main". */
export function compiled(module: string): string {
  return fileURLToPath(new URL(`../../dist/${module}.js`, import.meta.url));
}
/** The small fixture graph for unit tests. */
export const FIXTURE_GRAPH = fileURLToPath(new URL("../fixtures/graph/", import.meta.url));
/** The bundled graph-data, for content tests. */
export const REAL_GRAPH = fileURLToPath(new URL("../../graph-data/", import.meta.url));

const SHARED_CONTRACT = fileURLToPath(
  new URL("../../../shared/contract/operations.graphql", import.meta.url),
);
const SHARED_NEXT = fileURLToPath(
  new URL("../../../shared/contract/next.graphql", import.meta.url),
);
const VENDORED_CONTRACT = fileURLToPath(
  new URL("../fixtures/contract/operations.graphql", import.meta.url),
);

/**
 * The client contract the tests run: the copy vendored under tests/fixtures/contract. It
 * holds every operation of shared/contract/operations.graphql, unchanged, plus those of
 * shared/contract/next.graphql whose issues have landed (the shared file follows); a test
 * checks both whenever shared/ is beside the project.
 */
export const CONTRACT = VENDORED_CONTRACT;
export const CONTRACT_COPIES = {
  shared: SHARED_CONTRACT,
  next: SHARED_NEXT,
  vendored: VENDORED_CONTRACT,
} as const;
