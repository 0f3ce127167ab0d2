// @ts-check
/**
 * `npm start`: serves as in production. NODE_ENV defaults to production (unknown errors
 * masked, no stack traces, no field suggestions; graphql-js skips its development checks),
 * dist/ is rebuilt only when it is missing or older than the sources (it was built by
 * `npm ci`), and then the compiled service runs in this same process: no second node, no
 * loader hook. `npm run dev` is the development mode.
 */
import { readyToRun } from "./build.js";

await import(await readyToRun("main.js"));
