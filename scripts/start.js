// @ts-check
/**
 * `npm start`: serves as in production. NODE_ENV defaults to production (unknown errors
 * masked, no stack traces, no field suggestions; graphql-js skips its development checks),
 * dist/ is rebuilt only when it is missing or older than the sources (it was built by
 * `npm ci`), and then the compiled service runs in this same process: no second node, no
 * loader hook. `npm run dev` is the development mode.
 */
import { buildIfStale, SERVER_MAIN } from "./build.js";

process.env.NODE_ENV ??= "production";
try {
  if (await buildIfStale()) console.log("kinetic-graph: dist/ was stale: rebuilt it");
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
await import(SERVER_MAIN);
