/**
 * Test reporters: the default one, plus a JSON report per suite when CI asks for it
 * (KVITTER_RESULTS_DIR), from which .ci/summary.mjs prints the run's closing line.
 */
export function reporters(suite: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.KVITTER_RESULTS_DIR;
  return dir ? ['default', ['json', { outputFile: `${dir}/${suite}.json` }]] : ['default'];
}
