import type { Reporter, TestModule } from 'vitest/node'

/** Ends the run with one plain line, "tests: N passed, N failed", that CI can read. */
export default class SummaryReporter implements Reporter {
  async onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = unhandledErrors.length
    let skipped = 0
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      if (testModule.state() === 'failed' && ![...testModule.children.allTests()].length) failed++
    }
    // The default reporter writes its summary asynchronously; this line must come after it.
    await new Promise((resolve) => setTimeout(resolve, 100))
    process.stdout.write(
      `\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    )
  }
}
