// The summary line of the pretty report counts infos beside errors and warnings, as the json summary does.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimal, run, scratch } from "./support.js";

/**
 * Two files: a.json holds two postings that state no pay (each one pay/not-disclosed, an info by
 * default), b.json one whose pay range is inverted (one range/min-above-max error, and no info: its pay
 * is stated).
 */
function project(): string {
  const dir = scratch();
  writeFileSync(join(dir, "a.json"), JSON.stringify([minimal, { ...minimal, title: "Coordinateur·rice" }], null, 2));
  writeFileSync(join(dir, "b.json"), JSON.stringify({ ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } }, null, 2));
  return dir;
}

describe("ess-jobs validate: the summary counts infos", () => {
  it("in the pretty summary line, French and English, and in the json summary", async () => {
    const dir = project();
    const fr = await run(["validate", "a.json", "b.json"], { cwd: dir });
    expect(fr.exitCode).toBe(1);
    expect(fr.out.match(/ info +/g)).toHaveLength(2);
    expect(fr.out.trimEnd().split("\n").at(-1)).toBe("✖ 3 offre(s) dans 2 fichier(s) : 1 erreur(s), 0 alerte(s), 2 info(s).");
    const en = await run(["validate", "--locale", "en", "a.json", "b.json"], { cwd: dir });
    expect(en.out.trimEnd().split("\n").at(-1)).toBe("✖ 3 posting(s) in 2 file(s): 1 error(s), 0 warning(s), 2 info(s).");
    const json = await run(["validate", "--format", "json", "a.json", "b.json"], { cwd: dir });
    expect(JSON.parse(json.out).summary).toEqual({ files: 2, postings: 3, errors: 1, warnings: 0, infos: 2 });
  });

  it("counts infos that --quiet does not print, and follows a severity changed by --rule", async () => {
    const dir = project();
    const quiet = await run(["validate", "--quiet", "a.json", "b.json"], { cwd: dir });
    expect(quiet.out).not.toMatch(/ info +/);
    expect(quiet.out.trimEnd().split("\n").at(-1)).toBe("✖ 3 offre(s) dans 2 fichier(s) : 1 erreur(s), 0 alerte(s), 2 info(s).");
    const asInfo = await run(["validate", "--rule", "range/min-above-max=info", "a.json", "b.json"], { cwd: dir });
    expect(asInfo.exitCode).toBe(0);
    expect(asInfo.out.trimEnd().split("\n").at(-1)).toBe("✓ 3 offre(s) dans 2 fichier(s) : 0 erreur(s), 0 alerte(s), 3 info(s).");
  });
});
