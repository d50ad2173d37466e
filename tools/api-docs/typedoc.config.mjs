// TypeDoc configuration of the API reference (docs/api/): decision 031.
import { OptionDefaults } from "typedoc"

/** @type {Partial<import("typedoc").TypeDocOptions & import("typedoc-plugin-markdown").PluginOptions>} */
export default {
  name: "OpenPOR libraries",
  tsconfig: "./tsconfig.typedoc.json",
  entryPointStrategy: "resolve",
  entryPoints: [
    "../../packages/domain/src/index.ts",
    "../../packages/domain/src/testing/index.ts",
    "../../packages/api-client/src/index.ts"
  ],
  out: "../../docs/api",
  plugin: ["typedoc-plugin-markdown", "./plugin.mjs"],
  excludeScopesInPaths: true,
  readme: "./index.md",
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  // tsc 7 type-checks the packages (./dev typecheck); TypeDoc's TypeScript 6 only reads them.
  skipErrorChecking: true,
  // openapi-typescript writes `@description` in the generated client types.
  blockTags: [...OptionDefaults.blockTags, "@description"],
  // Without this TypeDoc checks only the package it runs in (this one), not the documented ones.
  packagesRequiringDocumentation: ["@openpor/domain", "@openpor/api-client"],
  // "Undocumented public exports": every exported declaration and every method of an exported class.
  // Not each property: most are a schema's fields (their type literals) and the generated OpenAPI types'.
  requiredToBeDocumented: [
    "Namespace",
    "Enum",
    "Variable",
    "Function",
    "Class",
    "Interface",
    "TypeAlias",
    "Method"
  ],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  treatWarningsAsErrors: true
}
