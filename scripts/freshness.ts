// Prints the reference series that have no value dated in the current year: they may be out of date
// (a new SMIC, a new ceiling). A warning for maintainers, never a failure: exit code 0 either way.
import { PARAMETERS } from "../src/parameters/PARAMETERS.js";

const year = Number(process.argv[2] ?? new Date().getUTCFullYear());
const stale = PARAMETERS.filter((p) => {
  const last = p.values.at(-1)!;
  return last.value !== null && Number(last.effectiveFrom.slice(0, 4)) < year;
});
if (stale.length === 0) console.log(`freshness: every series has a value dated ${year}.`);
else {
  console.log(`freshness: ${stale.length} of ${PARAMETERS.length} series have no value dated ${year} (check they are still current; a series that did not change is fine):`);
  for (const p of stale) console.log(`  warning: ${p.id} (last value from ${p.values.at(-1)!.effectiveFrom})`);
}
