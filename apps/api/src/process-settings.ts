/**
 * How the API process is started (issue 14, decision record 016): `node` flags and environment that
 * bound its resident memory under load. The start scripts (the root and apps/api `package.json`) and the
 * HTTP benchmark start `src/main.ts` with these; a test keeps the scripts in step with this file.
 *
 * - `--max-semi-space-size=8` (MB): V8 lets the young generation grow to 2 × 64 MB on a machine with
 *   a few GB of memory when many objects survive a scavenge — as they do with 32 requests in flight,
 *   each holding its fibers and rows —, and keeps it. 8 MB semi-spaces hold what a request allocates
 *   between two of its awaits; measured: 128 → 16 MB of young generation under the benchmark, for
 *   ~2.5 % more of the CPU in collections (16 MB semi-spaces: no more than the default, but a peak
 *   at 2× the bare server's).
 * - `--max-old-space-size=1024` (MB): what survives the young generation is mostly garbage of requests
 *   that were still in flight; with the default limit (4 GB here) V8 lets the old generation grow to
 *   4 × its live size before a full collection (measured: 130 MB, 29 MB of it live, and 26 MB of
 *   ArrayBuffers held by the dead objects). Under 2 GB V8 lowers that factor (1.6 at 1 GB); the live
 *   heap is ~30–40 MB, so 1 GB leaves room for the largest import or export.
 * - `MALLOC_MMAP_THRESHOLD_=1048576`: scrypt (password hashing, sign-in) allocates 16 MB on a libuv
 *   thread; glibc's dynamic threshold then serves such blocks from the thread's arena and never gives
 *   them back, 16 MB per thread that ever hashed (4 threads: 64 MB for as long as the process lives).
 *   A fixed threshold of 1 MB maps every block from 1 MB on and unmaps it when freed.
 */
export const API_NODE_FLAGS: ReadonlyArray<string> = ["--max-semi-space-size=8", "--max-old-space-size=1024"]

export const API_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: "1048576" }

/** The start scripts' command without the entry: `MALLOC_MMAP_THRESHOLD_=1048576 node --max-…`. */
export const apiNodeCommand = () =>
  [...Object.entries(API_ENVIRONMENT).map(([k, v]) => `${k}=${v}`), "node", ...API_NODE_FLAGS].join(" ")
