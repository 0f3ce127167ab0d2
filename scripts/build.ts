/**
 * `npm run build` (and prestart): compiles the service into dist/ and builds the
 * explorer into dist/web. About a second; the output is not committed.
 */
import { buildServer, SERVER_DIST } from "./buildServer.js";
import { buildWeb } from "./buildWeb.js";

await Promise.all([buildServer(), buildWeb()]);
console.log(`built the service and the explorer into ${SERVER_DIST}`);
