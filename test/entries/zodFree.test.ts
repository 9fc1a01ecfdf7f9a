// "Importing any helper never requires zod to be installed unless it validates with zod" (issue 14): the
// zod-free subpaths load neither zod nor valibot (their static import graph, as Node follows it), and
// every value `ess-jobs` exports is in one of them, as the same binding, except the schemas and the
// functions that validate with zod, which do need it (checked too: a bundle of each holds zod).
import { build, type Metafile } from "esbuild";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as interop from "../../src/entries/interop.js";
import * as parameters from "../../src/entries/parameters.js";
import * as pay from "../../src/entries/pay.js";
import * as rules from "../../src/entries/rules.js";

const root = join(import.meta.dirname, "..", "..");
const ZOD_FREE = { parameters, rules, pay, interop };

/** The exports of `ess-jobs` that validate with zod, other than the schemas (`…Schema`), and why. */
const VALIDATE_WITH_ZOD: Record<string, string> = {
  validateJobPosting: "JobPostingSchema",
  jobPostingStandardSchema: "JobPostingSchema (Standard Schema)",
  fromSchemaOrg: "its postings are validated (validateJobPosting)",
  fromFranceTravail: "its posting is validated (validateJobPosting)",
  checkEligibility: "reads the candidate with CandidateSchema",
};
/** What `ess-jobs` exports from a schema's own module besides the schema (internal). */
const OF_A_SCHEMA = new Set(["ISO_DATE_PATTERN"]);

async function metafileOf(contents: string): Promise<Metafile> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "node",
    external: ["zod", "valibot", "yaml"],
    logLevel: "silent",
  });
  return result.metafile;
}

/** The packages `file` loads, following its static imports as Node does (no tree-shaking). */
function packagesLoaded(metafile: Metafile, file: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const i of metafile.inputs[f]?.imports ?? []) {
      if (i.kind !== "import-statement") continue;
      if (i.external) packages.add(i.path);
      else visit(i.path);
    }
  };
  visit(file);
  return packages;
}

describe("the zod-free entries", () => {
  it("load neither zod nor valibot", async () => {
    for (const name of Object.keys(ZOD_FREE)) {
      const file = `src/entries/${name}.ts`;
      const metafile = await metafileOf(`export * from "./${file}";`);
      expect(metafile.inputs[file], file).toBeDefined();
      expect([...packagesLoaded(metafile, file)].filter((p) => p !== "yaml"), file).toEqual([]);
    }
  });

  it("hold every value of ess-jobs that does not validate with zod, as the same binding", () => {
    const free = new Set<string>();
    for (const [entry, exports] of Object.entries(ZOD_FREE)) {
      for (const [name, value] of Object.entries(exports)) {
        expect(value, `${entry}.${name}`).toBe((main as Record<string, unknown>)[name]);
        free.add(name);
      }
    }
    const missing = Object.keys(main).filter((name) => !name.endsWith("Schema") && !(name in VALIDATE_WITH_ZOD) && !OF_A_SCHEMA.has(name) && !free.has(name));
    expect(missing).toEqual([]);
  });

  it("leave out only what does validate with zod (a bundle of each holds zod)", async () => {
    const needsZod = [...Object.keys(VALIDATE_WITH_ZOD), "PaySchema", "JobPostingSchema"];
    for (const name of needsZod) {
      expect(main, name).toHaveProperty(name);
      const metafile = await metafileOf(`import { ${name} } from "./src/index.ts"; console.log(${name});`);
      const output = Object.values(metafile.outputs)[0]!;
      const zodModules = Object.keys(metafile.inputs).filter((f) => metafile.inputs[f]!.imports.some((i) => i.path === "zod" && i.kind === "import-statement") && (output.inputs[f]?.bytesInOutput ?? 0) > 0);
      expect(zodModules.length, name).toBeGreaterThan(0);
    }
  });
});
