// pnpm hook (read at install). openapi-typescript, the API client's type generator (devDependency of
// packages/api-client), builds its output with the TypeScript 5 compiler API, which TypeScript 7 (native,
// the repo's type checker) no longer ships: it alone gets TypeScript 5 as its own dependency.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "openapi-typescript") {
        if (pkg.peerDependencies) delete pkg.peerDependencies.typescript
        pkg.dependencies = { ...pkg.dependencies, typescript: "5.9.3" }
      }
      return pkg
    }
  }
}
