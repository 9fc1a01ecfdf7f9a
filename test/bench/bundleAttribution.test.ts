// The bundle bench's analysis helpers, on a tiny installed package: what they blank and how they charge
// gzip bytes to folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attribute, groupOf } from "../../bench/support/bundleAttribution.js";
import { blankProperties } from "../../bench/support/blankProperties.js";

let app: string;
const options = () => ({ stdin: { contents: "", resolveDir: app, sourcefile: "entry.js", loader: "js" as const }, bundle: true, format: "esm" as const, platform: "browser" as const, write: false, logLevel: "silent" as const });
const ENTRY = `import { SMIC, rule } from "ess-jobs"; console.log(SMIC, rule);`;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "ess-jobs-attribution-"));
  const esm = join(app, "node_modules", "ess-jobs", "dist", "esm");
  mkdirSync(join(esm, "parameters"), { recursive: true });
  mkdirSync(join(esm, "rules"), { recursive: true });
  writeFileSync(join(app, "node_modules", "ess-jobs", "package.json"), JSON.stringify({ name: "ess-jobs", type: "module", exports: "./dist/esm/index.js", sideEffects: false }));
  writeFileSync(join(esm, "index.js"), `export { SMIC } from "./parameters/SMIC.js"; export { rule } from "./rules/rule.js";`);
  // Text long and varied enough that gzip cannot make it vanish.
  const note = Array.from({ length: 60 }, (_, i) => `note ${i * 7919} du décret n° ${2000 + i}-${i * 37}`).join("; ");
  writeFileSync(join(esm, "parameters", "SMIC.js"), `const sources = [{ label: "Décret n° 2023-1216", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048581438" }];
export const SMIC = { effectiveFrom: "2024-01-01", value: 11.65, sources, note: ${JSON.stringify(note)} };`);
  writeFileSync(join(esm, "rules", "rule.js"), `export const rule = { code: "pay/below-smic", sources: [{ label: "Code du travail, art. L3231-2" }], note: "kept" };`);
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe("groupOf", () => {
  it("names the first folder of the package's ESM build, the dependency's package, or the app", () => {
    expect(groupOf("node_modules/ess-jobs/dist/esm/agreement/ccn66/ccn66Grid.js")).toBe("ess-jobs/agreement");
    expect(groupOf("node_modules/ess-jobs/dist/esm/agreement/ccn66/ccn66Grid.js", 2)).toBe("ess-jobs/agreement/ccn66");
    expect(groupOf("node_modules/ess-jobs/dist/esm/index.js")).toBe("ess-jobs/index.js");
    expect(groupOf("../../work/repo/node_modules/zod/v4/classic/schemas.js")).toBe("zod");
    expect(groupOf("node_modules/@standard-schema/spec/dist/index.js")).toBe("@standard-schema/spec");
    expect(groupOf("entry.js")).toBe("app");
  });
});

describe("blankProperties", () => {
  const bundle = async (plugins: ReturnType<typeof blankProperties>[]) => (await build({ ...options(), stdin: { ...options().stdin, contents: ENTRY }, plugins })).outputFiles![0]!.text;

  it("blanks the named properties of the matching modules only, and drops what only they used", async () => {
    const whole = await bundle([]);
    expect(whole).toContain("JORFTEXT000048581438");
    const blanked = await bundle([blankProperties([{ names: ["sources", "note"], paths: /^parameters\// }])]);
    expect(blanked).not.toContain("JORFTEXT000048581438"); // the sources array, now unused, is gone
    expect(blanked).not.toContain("note 7919");
    expect(blanked).toContain("11.65");
    expect(blanked).toContain("2024-01-01");
    expect(blanked).toContain("Code du travail, art. L3231-2"); // rules/ does not match
    expect(blanked).toContain('"kept"');
  });

  it("keeps the key of a shorthand property", async () => {
    const blanked = await bundle([blankProperties([{ names: ["sources"], paths: /^parameters\// }])]);
    expect(blanked).toMatch(/sources: void 0/);
  });
});

describe("attribute", () => {
  it("charges the long note to the parameters folder, and about the whole to the groups together", async () => {
    const { whole, shares } = await attribute(ENTRY, options());
    const share = (group: string) => shares.find((s) => s.group === group)?.gzip ?? 0;
    expect(shares[0]!.group).toBe("ess-jobs/parameters");
    expect(share("ess-jobs/parameters")).toBeGreaterThan(share("ess-jobs/rules"));
    const total = shares.reduce((sum, s) => sum + s.gzip, 0);
    expect(total).toBeLessThanOrEqual(whole);
    expect(total).toBeGreaterThan(whole / 2);
  });
});
