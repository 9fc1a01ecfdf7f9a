// Prints the reference series that look out of date: those revalued regularly (a value dated in at
// least two of the three previous years: the SMIC, the social-security ceiling, indemnities, caps)
// that have no value dated in the current year. A warning for maintainers, never a failure (exit 0):
// a revaluation may simply not have happened yet. Legal constants (35 h, 6 months…) are not listed.
import { PARAMETERS } from "../src/parameters/PARAMETERS.js";
import { agreementGridStatus } from "./agreementGridStatus.js";

const year = Number(process.argv[2] ?? new Date().getUTCFullYear());
const yearsOf = (p: (typeof PARAMETERS)[number]) => new Set(p.values.map((v) => Number(v.effectiveFrom.slice(0, 4))));
const regular = PARAMETERS.filter((p) => [year - 1, year - 2, year - 3].filter((y) => yearsOf(p).has(y)).length >= 2);
const stale = regular.filter((p) => p.values.at(-1)!.value !== null && !yearsOf(p).has(year));
console.log(`freshness: ${regular.length} of ${PARAMETERS.length} series are revalued regularly; ${stale.length} have no value dated ${year}.`);
for (const p of stale) console.log(`  warning: ${p.id} (last value from ${p.values.at(-1)!.effectiveFrom}): check for a ${year} revaluation`);

// Collective-agreement grids: every encoded grid whose series have no value dated this year, however
// often the branch revalues (branches negotiate yearly, so a grid without a value this year is stale or
// the negotiation has not concluded).
const grids = agreementGridStatus();
const staleGrids = grids.filter((g) => Number(g.lastValue.slice(0, 4)) < year);
console.log(`freshness: ${grids.length} agreement grids encoded; ${staleGrids.length} have no value dated ${year}.`);
for (const g of staleGrids) console.log(`  warning: grid IDCC ${g.idcc} ${g.shortName} (last value from ${g.lastValue}): check for a ${year} salary avenant`);
