import { useSession } from "@openpor/ui"
import { createResource } from "solid-js"

/**
 * Names of the catalog's programs and partner roles (configuration, named by the operator), for showing
 * "Online Services Advisor" instead of `prg_osa`; the code stays the fallback while loading or unknown.
 */
export const useCatalogNames = () => {
  const { client } = useSession()
  const [programs] = createResource(async () => (await client.GET("/api/v1/programs")).programs)
  const [catalog] = createResource(() => client.GET("/api/v1/catalog"))
  const loaded = <T>(resource: { error: unknown; latest: T | undefined }) =>
    resource.error === undefined ? resource.latest : undefined
  return {
    program: (id: string) => loaded(programs)?.find((p) => p.id === id)?.name ?? id,
    role: (role: string) => loaded(catalog)?.partnerRoles.find((r) => r.role === role)?.name ?? role
  }
}
