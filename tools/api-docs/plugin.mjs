// The API reference's own TypeDoc plugin (decision 031): names each entry point after the import a developer
// writes, and lists the generated OpenAPI types by name only.
import { Comment, Converter, ReflectionKind } from "typedoc"

/** TypeDoc's name for each entry point (its folder, relative to their common root) → the import that loads it. */
export const MODULE_NAMES = {
  "domain/src": "@openpor/domain",
  "domain/src/testing": "@openpor/domain/testing",
  "api-client/src": "@openpor/api-client"
}

/**
 * The types openapi-typescript generates (`src/generated/openapi.ts`): one member per route, operation and
 * schema of the OpenAPI document, 1.3 MB of Markdown that repeats the document. The reference keeps their
 * comments and points at the document instead.
 */
const GENERATED = new Set(["paths", "operations", "components", "webhooks", "$defs"])
const GENERATED_NOTE =
  "Its members (one per route, operation or schema) are not listed here: they are the OpenAPI document's, " +
  "served by the API at `/api/v1/openapi.json` and shipped as `src/generated/openapi.ts`."

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const modules = context.project.getChildrenByKind(ReflectionKind.Module)
    for (const module of modules) {
      // A `@module <name>` comment in the entry file may already have named it.
      const name = Object.values(MODULE_NAMES).includes(module.name) ? module.name : MODULE_NAMES[module.name]
      if (name === undefined)
        throw new Error(`api-docs: entry point "${module.name}" has no name in tools/api-docs/plugin.mjs`)
      module.name = name
    }
    const client = modules.find((m) => m.name === "@openpor/api-client")
    for (const reflection of client?.children ?? []) {
      if (!GENERATED.has(reflection.name)) continue
      for (const member of [...(reflection.children ?? [])]) context.project.removeReflection(member)
      const comment = reflection.comment ?? new Comment()
      comment.summary = [
        ...comment.summary,
        ...(comment.summary.length ? [{ kind: "text", text: "\n\n" }] : [])
      ]
      comment.summary.push({ kind: "text", text: GENERATED_NOTE })
      reflection.comment = comment
    }
  })
}
