# PTC as a container image: built with the development tools, run with production dependencies
# only, as a non-root user. The same steps as the README's "Production install" (and the test
# test/packaging/production-install.e2e-spec.ts, which runs them without a container engine).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    BACKUP_DIR=/app/backups \
    npm_config_update_notifier=false
WORKDIR /app
COPY package.json package-lock.json dist-loader.mjs ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
 && mkdir -p /app/backups && chown node:node /app/backups
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# start:prod's command itself rather than `npm run start:prod`: npm does not pass SIGTERM on to
# the service, which then could not finish its requests and outbox message before stopping.
CMD ["node", "--enable-source-maps", "--import", "./dist-loader.mjs", "dist/apps/api/src/main.js"]
