import { LIMIT_VARIABLES } from "./serviceLimitVariables.js";
import { VARIABLES } from "./variables.js";

/** What the log shows of a value it may not show. */
const HIDDEN = "(set, not shown)";

/**
 * `value` as the start-up log shows it: a URL with its user, password, query and fragment
 * replaced by `***` (a token can sit in any of them); a value with `://` that does not parse
 * as a URL, hidden whole (a password holding `/` or `@` defeats any pattern); anything
 * else as given.
 */
function shown(value: string): string {
  if (!value.includes("://")) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return HIDDEN;
  }
  if (url.username !== "" || url.password !== "") {
    url.username = "***";
    url.password = "";
  }
  if (url.search !== "") url.search = "***";
  if (url.hash !== "") url.hash = "***";
  return url.href;
}

/**
 * The service's variables that `env` sets, with their values as given, for the start-up
 * log: an operator sees which settings took effect (the others are at their defaults, see
 * the README's Configuration). Credentials in a URL (`https://user:secret@collector`,
 * `?api_key=…`) are replaced by `***`; no other variable the service reads holds a secret.
 */
export function variablesSet(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = [...Object.keys(VARIABLES), ...Object.keys(LIMIT_VARIABLES)];
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = env[name];
      return value === undefined ? [] : [[name, shown(value)]];
    }),
  );
}
