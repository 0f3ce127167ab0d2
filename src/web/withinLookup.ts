/**
 * Milliseconds the page waits for a lookup that only adds to an answer (the parts named in
 * complaints left out, the urgent warning signs' checklist): 2 s. The answer itself, a
 * warning banner included, is never held up longer by one that stalls.
 */
export const LOOKUP_MS = 2000;

/**
 * `lookup`'s value, or `otherwise` when it fails or has not settled within {@link LOOKUP_MS}
 * (its timer is cleared as soon as one side settles).
 */
export async function withinLookup<T>(lookup: Promise<T>, otherwise: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(otherwise), LOOKUP_MS);
  });
  try {
    return await Promise.race([lookup.catch(() => otherwise), stalled]);
  } finally {
    clearTimeout(timer);
  }
}
