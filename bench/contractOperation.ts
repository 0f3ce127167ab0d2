import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";

/** The published contract: trusted-documents.json (SHA-256 → document), as clients send it. */
const MANIFEST = new URL("../trusted-documents.json", import.meta.url);

/**
 * The text of the contract operation named `name`, exactly as the published manifest
 * holds it (what a client that copied the contract sends).
 * @throws Error when the manifest has no operation of that name.
 */
export function contractOperation(name: string): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, string>;
  for (const text of Object.values(manifest)) {
    const named = parse(text).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
    );
    if (named) return text;
  }
  throw new Error(`trusted-documents.json has no operation ${name}: run npm run trusted-documents`);
}
