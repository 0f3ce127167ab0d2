/**
 * Milliseconds the page waits for a lookup that only adds to an answer (the parts named in
 * complaints left out): 2 s. The answer itself, a warning banner included, is never held
 * up longer by one that stalls.
 */
export const LOOKUP_MS = 2000;

/**
 * The value of `lookup` (started at once with a signal), or `otherwise` when it fails or has
 * not settled within {@link LOOKUP_MS}: then the signal is aborted, so a stalled request is
 * cancelled rather than left holding its connection open. The timer is cleared as soon as
 * the lookup settles.
 */
export async function withinLookup<T>(
  lookup: (signal: AbortSignal) => Promise<T>,
  otherwise: T,
): Promise<T> {
  const bound = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      resolve(otherwise);
      bound.abort();
    }, LOOKUP_MS);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => lookup(bound.signal))
        .catch(() => otherwise),
      stalled,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
