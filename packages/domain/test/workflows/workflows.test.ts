/**
 * The domain's workflow tests, in memory with TestClock (src/testing). One test file imports every
 * suite, so Effect and the domain are loaded once: the suites together run in a few seconds, where one
 * file per suite would load them once per file. Run one suite with `vitest run test/workflows -t <name>`.
 */
import "./submit.ts"
import "./decide.ts"
import "./timers.ts"
import "./dispute.ts"
import "./arbitration.ts"
import "./rollover.ts"
import "./attribution.ts"
import "./expiry.ts"
import "./memory-layers.ts"
