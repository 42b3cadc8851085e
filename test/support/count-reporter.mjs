import { writeFileSync } from 'node:fs';

/** Prints one plain `wtr: N passed, N failed, N skipped` line and writes the counts for scripts/test.mjs. */
export function countReporter({ outFile = process.env.WTR_COUNTS_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) counts.failed++;
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(counts));
      process.stdout.write(`\nwtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    },
  };
}
