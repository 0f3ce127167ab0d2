/**
 * `kinetic-graph`, the command line: trace a complaint, search, show an entity, export
 * the graph, check graph-data; human-readable by default, `--json` for scripts. It asks
 * the same GraphQL API the service serves, in process, so the answers are the service's.
 *
 * Exit codes: 0 done; 1 the answer was an error or the graph-data is broken; 2 a usage
 * error (unknown command or option, missing argument).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EXPORT_FORMATS, type ExportFormat, exportGraph } from "../graph/exportGraph.js";
import { GraphDataError, type GraphDataLimits } from "../graph/index.js";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { loadKnowledgeBase } from "../knowledge/index.js";
import { ConfigError } from "../process/config.js";
import { holdOptimizer } from "../process/holdOptimizer.js";
import {
  type CommandLineSettings,
  readCommandLineSettings,
} from "../process/readCommandLineSettings.js";
import { graphCheck } from "./graphCheck.js";
import { ENTITY, SEARCH, TRACE } from "./operations.js";
import {
  type EntityAnswer,
  printEntity,
  printSearch,
  printTrace,
  type SearchHitAnswer,
  type TraceAnswer,
} from "./printAnswer.js";

/** The usage text, printed by --help and after a usage error. */
export const USAGE = `Usage: kinetic-graph <command> [options]

Commands:
  trace <complaint>...     what may cause it, where it starts, triage and a plan
  search <words>           full-text search of the graph and its advice
  entity <id>              one entity, its relations and sources
  export --format gexf|graphml|json [--out FILE]
                           the whole graph, for Gephi, Cytoscape or graphology
  check [dir]              validate graph-data and print its counts

Options:
  --json                   print the API's answer as JSON (trace, search, entity)
  --limit N                how many results (trace, search; the API's default otherwise)
  --graph-data DIR         graph-data folder (default GRAPH_DATA, else the bundled one)
  -h, --help               this text

Environment: GRAPH_DATA, GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES and the per-request
limits (MAX_COST, MAX_EXPENSIVE_FIELDS, WORK_BUDGET, MAX_RESPONSE_KB, ...), read and
checked as the service reads them, so answers are bounded as the service bounds them.

Exit codes: 0 done, 1 error answer or broken graph-data, 2 usage error or bad variable.`;

/** Thrown for a usage error: exit code 2 with the usage text. */
class UsageError extends Error {}

/**
 * Runs the command line `argv` (without node and script) with the variables of `env`
 * (default: this process's; GRAPH_DATA, GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES and the
 * service limits' variables are checked as the service checks them, and bound the
 * queries alike); resolves the exit code.
 */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...rest] = positionals;
  let settings: CommandLineSettings;
  try {
    settings = readCommandLineSettings(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`${err.message}\nfix the variable, or unset it for its default`);
    return 2;
  }
  const { limits } = settings;
  const dir = path.resolve(values["graph-data"] ?? settings.folder);
  try {
    if (command === "check") {
      const print = { out: console.log, err: console.error };
      return (await graphCheck(path.resolve(rest[0] ?? dir), print, limits)) ? 0 : 1;
    }
    if (command === "export") return await exportCommand(dir, limits, values.format, values.out);
    if (command === "trace" || command === "search" || command === "entity") {
      if (rest.length === 0)
        throw new UsageError(
          `${command}: what to ${command === "entity" ? "show (an id)" : command} is missing: give it after the command`,
        );
      const source = { dir, limits, serviceLimits: settings.serviceLimits };
      return await ask(source, command, rest, values.limit, values.json ?? false);
    }
    throw new UsageError(
      command === undefined
        ? "no command given: choose one below"
        : `unknown command "${command}": choose one below`,
    );
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof GraphDataError) {
      console.error(`${dir}: graph-data has errors: run kinetic-graph check ${dir} to list them`);
      return 1;
    }
    throw err;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      limit: { type: "string" },
      "graph-data": { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

async function exportCommand(
  dir: string,
  limits: GraphDataLimits,
  format: string | undefined,
  out: string | undefined,
): Promise<number> {
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new UsageError(
      `export: --format ${format ?? "(missing)"} is not known: use one of ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  const kb = await loadKnowledgeBase(dir, { limits });
  const text = exportGraph(kb.data, format as ExportFormat);
  if (out === undefined) process.stdout.write(text);
  else await writeFile(out, text);
  return 0;
}

async function ask(
  source: {
    readonly dir: string;
    readonly limits: GraphDataLimits;
    readonly serviceLimits: ServiceLimits;
  },
  command: "trace" | "search" | "entity",
  args: readonly string[],
  limitText: string | undefined,
  json: boolean,
): Promise<number> {
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !Number.isInteger(limit))
    throw new UsageError(`--limit ${limitText}: must be a whole number`);
  const kb = await loadKnowledgeBase(source.dir, { limits: source.limits });
  // An absent --limit is left out, so the API's own default applies (null is refused).
  const sized = limit === undefined ? {} : { limit };
  const [query, variables] =
    command === "trace"
      ? [TRACE, { symptoms: args, ...sized }]
      : command === "search"
        ? [SEARCH, { query: args.join(" "), ...sized }]
        : [ENTITY, { id: args[0] }];
  // GraphQL and Apollo are imported by the commands that ask the API only: check and
  // export, and a usage error, never load them (half of such a run's CPU).
  const { runQuery } = await import("./runQuery.js");
  const result = await runQuery(kb, query, variables, source.serviceLimits);
  if (json) console.log(JSON.stringify(result, null, 2));
  if (result.errors && result.errors.length > 0) {
    if (!json)
      for (const e of result.errors)
        console.error(`${e.message} (${String(e.extensions?.code ?? "ERROR")})`);
    return 1;
  }
  if (json) return 0;
  const data = result.data ?? {};
  if (command === "trace") console.log(printTrace(data.trace as TraceAnswer));
  else if (command === "search") console.log(printSearch(data.search as SearchHitAnswer[]));
  else if (data.entity === null) {
    console.error(`no entity with id "${args[0]}": find ids with kinetic-graph search`);
    return 1;
  } else console.log(printEntity(data.entity as EntityAnswer));
  return 0;
}

/**
 * Runs {@link main} on this process's arguments and sets its exit code; a reader that
 * closes the pipe early (`| head`) ends the command quietly. V8's optimizer is held off
 * throughout (see holdOptimizer).
 */
export async function runCommandLine(): Promise<void> {
  // A command runs its code once, then exits: V8's optimizer would work for nothing (it
  // spent ~1.5 s CPU of a service's start so; see holdOptimizer). Never released.
  holdOptimizer();
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runCommandLine();
}
