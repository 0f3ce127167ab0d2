/**
 * PORT's and HOST's defaults: 4000 (Apollo's habit, above 1024 so no privilege is needed)
 * and 0.0.0.0 (every interface, as a container needs). config.ts's VARIABLES takes them
 * from here, and so does the container's health check (checkHealth), which must not load
 * the configuration's JSON Schema validator every 15 s.
 */
export const LISTEN_DEFAULTS = { port: 4000, host: "0.0.0.0" } as const;
