# syntax=docker/dockerfile:1
# kinetic-graph: one image holds the compiled service, its schema and the graph-data it
# serves. New graph-data is a new image tag, rolled out as a new ReplicaSet (no SIGHUP).
# Build: docker build -t kinetic-graph:<version> .
# Run:   docker run -p 4000:4000 --stop-timeout 20 kinetic-graph:<version>
#        (longer than SHUTDOWN_DEADLINE_MS, 15 s: docker's default 10 s would cut the drain)

# Build stage: every dependency; `npm ci` runs the `prepare` script, which builds dist/.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY schema ./schema
COPY graph-data ./graph-data
RUN npm ci && test -f dist/main.js

# Run stage: production dependencies only, the compiled service, schema, graph-data and
# trusted documents: every file the service reads at run time.
FROM node:20.19-bookworm-slim AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# No dev dependencies; install scripts are not needed (prepare would skip the build anyway:
# esbuild is a dev dependency, see scripts/build.js).
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY graph-data ./graph-data
# The contract's operations, parsed and compiled at start (and all TRUSTED_DOCUMENTS=only runs).
COPY trusted-documents.json ./
# The image's "node" user (uid 1000), numeric so Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 4000
# /livez answers while the process is alive (readiness is for load balancers: /readyz),
# asked where HOST and PORT (as given to `docker run -e`) make it listen: 0.0.0.0 and :: on
# loopback, any other host as it is (src/process/checkHealth.ts; it says why when unhealthy).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "dist/process/checkHealth.js"]
# SIGTERM: /readyz turns 503, the service keeps serving SHUTDOWN_GRACE_MS, drains and exits
# by SHUTDOWN_DEADLINE_MS; a second signal exits at once (see docs/operations.md). node is
# PID 1 (exec form, no shell): it answers SIGTERM and SIGINT once its configuration is read,
# start-up included, and spawns no process but cluster workers, which it reaps itself.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/main.js"]
