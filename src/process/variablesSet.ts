import { VARIABLES } from "./config.js";
import { LIMIT_VARIABLES } from "./serviceLimitVariables.js";

/**
 * The service's variables that `env` sets, with their values as given, for the start-up
 * log: an operator sees which settings took effect (the others are at their defaults, see
 * the README's Configuration). Credentials in a URL (`https://user:secret@collector`) are
 * replaced by `***`; no other variable the service reads holds a secret.
 */
export function variablesSet(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = [...Object.keys(VARIABLES), ...Object.keys(LIMIT_VARIABLES)];
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = env[name];
      return value === undefined ? [] : [[name, value.replace(/\/\/[^/@\s]*@/, "//***@")]];
    }),
  );
}
