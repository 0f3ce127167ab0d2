import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context.js";

/** Most errors of one answer that carry their stack (development): enough to find the bug. */
export const STACKS_PER_ANSWER = 5;

/** Most frames kept of one stack, after its first line (the error's type and message). */
export const STACK_MAX_FRAMES = 10;

/**
 * Most characters of one stack line: a frame is under 200; the first line repeats the
 * message, which a client's value can make as long as the request (see boundedMessage).
 */
export const STACK_LINE_MAX_CHARS = 300;

/** `line` cut to {@link STACK_LINE_MAX_CHARS}, its start and end kept. */
function boundedLine(line: string): string {
  if (line.length <= STACK_LINE_MAX_CHARS) return line;
  const mark = " … ";
  const keep = STACK_LINE_MAX_CHARS - mark.length;
  const head = Math.ceil(keep / 2);
  return line.slice(0, head) + mark + line.slice(line.length - (keep - head));
}

/**
 * The stack lines an error answer shows: the first line and at most
 * {@link STACK_MAX_FRAMES} frames, each at most {@link STACK_LINE_MAX_CHARS} characters.
 */
export function boundedStacktrace(lines: readonly unknown[]): string[] {
  return lines.slice(0, STACK_MAX_FRAMES + 1).map((line) => boundedLine(String(line)));
}

/**
 * Development mode's stack traces (`extensions.stacktrace`, which Apollo adds to every
 * error outside production) bounded: the first {@link STACKS_PER_ANSWER} errors of an
 * answer keep theirs, cut by {@link boundedStacktrace}, the others lose them. Unbounded,
 * a 95 KB variable's coercion error answered 193 KB (its message twice in the stack's
 * first line), and a hundred validation errors 135 KB: past MAX_RESPONSE_KB an answer is
 * refused whole, so a developer would see RESPONSE_TOO_LARGE instead of the errors.
 */
export function boundedStacktraces(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          for (const [i, error] of (response.body.singleResult.errors ?? []).entries()) {
            const stack = error.extensions?.stacktrace;
            if (!Array.isArray(stack)) continue;
            const { stacktrace: _dropped, ...rest } = error.extensions ?? {};
            Object.assign(error, {
              extensions:
                i < STACKS_PER_ANSWER ? { ...rest, stacktrace: boundedStacktrace(stack) } : rest,
            });
          }
        },
      };
    },
  };
}
