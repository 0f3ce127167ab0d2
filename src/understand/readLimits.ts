/**
 * Bounds of one reading. Text past `textLength` characters is not read (the API rejects
 * longer text first); at most `findings` findings are returned, those with an entity first.
 */
export const READ_LIMITS = { textLength: 2000, findings: 32 } as const;
