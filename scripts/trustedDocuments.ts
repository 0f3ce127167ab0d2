/**
 * Publishes the client contract's operations as a trusted-documents manifest
 * (trusted-documents.json: SHA-256 → document). `--check` fails when the committed file
 * is out of date; tests/api/trustedDocuments.test.ts makes the same comparison in
 * `npm test`, so a contract change whose manifest was not remade fails CI.
 */
import { readFile, writeFile } from "node:fs/promises";
import { TRUSTED_DOCUMENTS_FILE, trustedDocumentsOf } from "../src/graphql/trustedDocuments.js";

const CONTRACT = new URL("../tests/fixtures/contract/operations.graphql", import.meta.url);
const text = `${JSON.stringify(trustedDocumentsOf(await readFile(CONTRACT, "utf8")), null, 2)}\n`;

if (process.argv.includes("--check")) {
  const current = await readFile(TRUSTED_DOCUMENTS_FILE, "utf8").catch(() => "");
  if (current !== text) {
    console.error(
      "trusted-documents.json is out of date: run npm run trusted-documents and commit it",
    );
    process.exitCode = 1;
  }
} else {
  await writeFile(TRUSTED_DOCUMENTS_FILE, text);
  console.log("wrote trusted-documents.json");
}
