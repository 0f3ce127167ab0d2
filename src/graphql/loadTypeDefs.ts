import { readdir, readFile } from "node:fs/promises";

/** The folder of the SDL files. */
export const SCHEMA_DIR = new URL("../../schema/", import.meta.url);

/** The SDL of every `schema/*.graphql` file, concatenated in name order. */
export async function loadTypeDefs(): Promise<string> {
  const names = (await readdir(SCHEMA_DIR)).filter((n) => n.endsWith(".graphql")).sort();
  const parts = await Promise.all(names.map((n) => readFile(new URL(n, SCHEMA_DIR), "utf8")));
  return parts.join("\n");
}
