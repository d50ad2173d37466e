# OpenPOR: the API process (it also serves the three built web apps). docs/deploy.md explains how to run
# it; decision 029 why it looks like this. It is NOT built on the development machines, which reach no
# image registry: apps/api/test/deploy-files.test.ts checks what can be checked without Docker (the files
# and commands it names exist, Node matches ./dev's NODE_VERSION, the start command matches
# apps/api/src/process-settings.ts).
#
#   docker build -t openpor .
#   docker run -p 3000:3000 -v openpor-data:/data -e SMTP_URL=smtp://mail.internal:587 openpor
ARG NODE_VERSION=24.21.0

# 1. Everything installed, the web apps built (vite → apps/<app>/dist).
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN npm install -g "pnpm@$(node -p 'require("./package.json").packageManager.split("@")[1]')"
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build

# 2. The same sources with production dependencies only. The API runs its TypeScript as it is (Node's
#    type stripping), from the workspace's folders: pnpm's links keep packages/* out of node_modules.
FROM build AS production-dependencies
RUN rm -rf node_modules apps/*/node_modules packages/*/node_modules examples/*/node_modules tools/*/node_modules \
  && pnpm install --frozen-lockfile --prod

# 3. What runs: no compiler, no pnpm, not root.
FROM node:${NODE_VERSION}-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=3000 \
  OPENPOR_HEALTH_PORT=3100 \
  DATABASE_URL=sqlite:/data/openpor.db \
  OPENPOR_BLOB_DIR=/data/blobs \
  MALLOC_MMAP_THRESHOLD_=1048576
# The sources, the production node_modules and the built apps (apps/*/dist, from stage 1).
COPY --from=production-dependencies /app /app
RUN mkdir -p /data && chown node:node /data
USER node
# SQLite database and proof-of-execution files (one machine); on PostgreSQL mount a volume shared by
# every API process at OPENPOR_BLOB_DIR instead.
VOLUME ["/data"]
# PORT (roles all and api), OPENPOR_HEALTH_PORT (role worker: /healthz and /readyz only).
EXPOSE 3000 3100
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "apps/api/src/ops/healthcheck.ts"]
# SIGTERM drains within OPENPOR_SHUTDOWN_SECONDS (default 25); give `docker stop -t` / stop_grace_period more.
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=1024", "apps/api/src/main.ts"]
