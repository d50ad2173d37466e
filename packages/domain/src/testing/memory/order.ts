/** An instant as the databases store it (ISO text), or null. */
export const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString())

/** Ascending by each key in turn (strings compared as the databases compare ISO timestamps and ids). */
export const ascending =
  <T>(...keys: ReadonlyArray<(t: T) => string | number | null>) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a)
      const y = key(b)
      if (x === y) continue
      // NULLS LAST (PostgreSQL's default for ascending order).
      if (x === null) return 1
      if (y === null) return -1
      return x < y ? -1 : 1
    }
    return 0
  }
