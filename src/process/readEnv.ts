import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

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

/** The JSON Schema of a variable's text: never empty, and only what it can be read as. */
function schemaOf(variable: Variable): object {
  switch (variable.kind) {
    case "integer":
      return { type: "string", pattern: DECIMAL, integerIn: [variable.min, variable.max] };
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

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword({
  keyword: "integerIn",
  type: "string",
  schemaType: "array",
  validate: ([min, max]: [number, number], text: string) => {
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min && value <= max;
  },
});

/** One compiled validator per table of variables (ajv keeps what it compiles: compile once). */
const validators = new WeakMap<object, ValidateFunction>();

function validatorOf(variables: Record<string, Variable>): ValidateFunction {
  let validate = validators.get(variables);
  if (validate === undefined) {
    validate = ajv.compile({
      type: "object",
      properties: Object.fromEntries(
        Object.entries(variables).map(([name, variable]) => [name, schemaOf(variable)]),
      ),
    });
    validators.set(variables, validate);
  }
  return validate;
}

/**
 * Checks every variable of `variables` set in `env` against its JSON Schema (ajv, all
 * errors at once) and reads them, defaults for the unset ones. An empty string is a
 * problem, never "unset". Returns the values and every problem.
 */
export function readEnv<T extends Record<string, Variable>>(
  env: NodeJS.ProcessEnv,
  variables: T,
): { values: { [K in keyof T]: ValueOf<T[K]> }; problems: EnvProblem[] } {
  const names = Object.keys(variables);
  const validate = validatorOf(variables);
  const given = Object.fromEntries(
    names.flatMap((n) => (env[n] === undefined ? [] : [[n, env[n]]])),
  );
  const bad = new Set<string>();
  if (!validate(given)) {
    for (const error of validate.errors ?? []) bad.add(error.instancePath.split("/")[1] ?? "");
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
