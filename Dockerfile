# syntax=docker/dockerfile:1
# Hikaku production image: Next.js standalone output on Node 24 LTS, non-root, migrations on boot.
# The build needs no database; PAYLOAD_SECRET and DATABASE_URL come from the environment at run time.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The standalone folder already holds .next/static, public/ and start.mjs (scripts/postbuild.ts).
COPY --from=build --chown=node:node /app/.next/standalone ./
RUN mkdir -p /app/media && chown node:node /app/media
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The command of `npm start` (scripts/start.ts, plain JavaScript): it refuses to start without
# PAYLOAD_SECRET, then becomes server.js, which applies pending migrations before serving.
CMD ["node", "start.mjs"]
