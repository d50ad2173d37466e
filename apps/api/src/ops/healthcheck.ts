/**
 * The container's HEALTHCHECK (Dockerfile, docs/deploy.md): `GET /healthz` of this process on 127.0.0.1 —
 * PORT for the roles `all` and `api`, OPENPOR_HEALTH_PORT for `worker` — exit 0 when it answers 200
 * within 3 s, else 1. It reads the three variables itself instead of the server's configuration, so a
 * check every few seconds costs a bare node start; `test/deploy-files.test.ts` holds its defaults to
 * config.ts's.
 */
export const healthUrl = (env: Record<string, string | undefined>): string => {
  const value = (name: string) => env[name]?.trim() || undefined
  const port =
    value("OPENPOR_ROLE") === "worker" ? (value("OPENPOR_HEALTH_PORT") ?? "3100") : (value("PORT") ?? "3000")
  return `http://127.0.0.1:${port}/healthz`
}

if (import.meta.main) {
  const ok = await fetch(healthUrl(process.env), { signal: AbortSignal.timeout(3000) }).then(
    (r) => r.status === 200,
    () => false
  )
  process.exit(ok ? 0 : 1)
}
