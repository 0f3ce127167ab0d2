/** An environment variable: how its text is checked and read. Every one has a default. */
export type Variable =
  | {
      readonly kind: "integer";
      readonly min: number;
      readonly max: number;
      readonly default: number;
    }
  | { readonly kind: "boolean"; readonly default: boolean }
  | { readonly kind: "enum"; readonly values: readonly string[]; readonly default: string }
  | {
      readonly kind: "text";
      /** Longest value accepted. */
      readonly maxLength: number;
      /** A regular expression the whole value must match. */
      readonly pattern?: string;
      /** What the value must be, for the problem's message. */
      readonly expected: string;
      /** null: unset means "none". */
      readonly default: string | null;
    };

/** The value a variable of each kind reads as. */
export type ValueOf<V extends Variable> = V extends { kind: "integer" }
  ? number
  : V extends { kind: "boolean" }
    ? boolean
    : V extends { kind: "text"; default: null }
      ? string | null
      : string;

/** One bad variable: its name, the text it was given and what it must be. */
export interface EnvProblem {
  readonly variable: string;
  readonly value: string;
  readonly expected: string;
}

/** Decimal integers only: no sign but minus, no leading zeros, no hex, exponent or spaces. */
const DECIMAL = "^(0|-?[1-9][0-9]{0,15})$";

/** What `variable` must be, in words. */
export function expected(variable: Variable): string {
  switch (variable.kind) {
    case "integer":
      return `a decimal integer in ${variable.min}..${variable.max}`;
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${variable.values.join(", ")}`;
    case "text":
      return `${variable.expected} (1..${variable.maxLength} characters)`;
  }
}

/**
 * A table's JSON Schema compiled ahead of time (scripts/codegen.ts writes them, ajv
 * standalone, into src/process/generated/envValidators.js): an ajv validate function.
 */
export type EnvValidator = ((data: unknown) => boolean) & {
  errors?: readonly { readonly instancePath: string }[] | null;
};

/**
 * The JSON Schema of a variable's text: never empty, and only what it can be read as (an
 * integer's range is checked by {@link readEnv} once its text is a decimal integer).
 */
function schemaOf(variable: Variable): object {
  switch (variable.kind) {
    case "integer":
      return { type: "string", pattern: DECIMAL };
    case "boolean":
      return { enum: ["true", "false"] };
    case "enum":
      return { enum: [...variable.values] };
    case "text":
      return {
        type: "string",
        minLength: 1,
        maxLength: variable.maxLength,
        ...(variable.pattern === undefined ? {} : { pattern: variable.pattern }),
      };
  }
}

/**
 * The JSON Schema of a table of variables, as scripts/codegen.ts compiles it (with ajv's
 * options {@link ENV_SCHEMA_OPTIONS}): an object whose properties are the variables' texts.
 */
export function envSchema(variables: Record<string, Variable>): object {
  return {
    type: "object",
    properties: Object.fromEntries(
      Object.entries(variables).map(([name, variable]) => [name, schemaOf(variable)]),
    ),
  };
}

/** ajv's options for the tables' schemas: every error at once, strict schemas. */
export const ENV_SCHEMA_OPTIONS = { allErrors: true, strict: true } as const;

/** Whether the text of an integer variable, a decimal integer already, is within its range. */
function inRange(variable: Variable, text: string): boolean {
  if (variable.kind !== "integer") return true;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= variable.min && value <= variable.max;
}

/**
 * Checks every variable of `variables` set in `env` against its JSON Schema (`validate`,
 * the table's {@link envSchema} compiled at codegen; all errors at once) and an integer's
 * range, and reads them, defaults for the unset ones. An empty string is a problem, never
 * "unset". Returns the values and every problem.
 */
export function readEnv<T extends Record<string, Variable>>(
  env: NodeJS.ProcessEnv,
  variables: T,
  validate: EnvValidator,
): { values: { [K in keyof T]: ValueOf<T[K]> }; problems: EnvProblem[] } {
  const names = Object.keys(variables);
  const given: Record<string, string> = Object.fromEntries(
    names.flatMap((n) => (env[n] === undefined ? [] : [[n, env[n]]])),
  );
  const bad = new Set<string>();
  if (!validate(given)) {
    for (const error of validate.errors ?? []) bad.add(error.instancePath.split("/")[1] ?? "");
  }
  for (const n of Object.keys(given)) {
    const text = given[n];
    if (!bad.has(n) && text !== undefined && !inRange(variables[n] as Variable, text)) bad.add(n);
  }
  const problems = names
    .filter((n) => bad.has(n))
    .map((n) => ({
      variable: n,
      value: String(given[n]),
      expected: expected(variables[n] as Variable),
    }));
  const values = Object.fromEntries(
    names.map((n) => {
      const variable = variables[n] as Variable;
      const text = given[n];
      if (text === undefined || bad.has(n)) return [n, variable.default];
      if (variable.kind === "integer") return [n, Number(text)];
      if (variable.kind === "boolean") return [n, text === "true"];
      return [n, text];
    }),
  ) as { [K in keyof T]: ValueOf<T[K]> };
  return { values, problems };
}

/** A bad configuration: every problem found, listed one per line in the message. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly EnvProblem[]) {
    super(
      `bad configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems
        .map((p) => `  ${p.variable}=${JSON.stringify(p.value)}: must be ${p.expected}`)
        .join("\n")}`,
    );
    this.name = "ConfigError";
  }
}
