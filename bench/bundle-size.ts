// Bundle size of a browser entry that validates one posting, with each flavour of the schema:
// esbuild (bundled, minified, ESM, browser platform, zod / valibot bundled in), then gzip (node:zlib,
// level 9). The floors are an entry validating a one-field object with plain zod and plain valibot;
// "schema only" parses with the schema alone (no input guard, diagnostics, messages or rules);
// "shared" is what both flavours carry besides their schema: input guard, messages, rules.
// Run: npm run bench:bundle (tsx bench/bundle-size.ts). `--analyze` also lists the largest inputs
// of each library entry. `--json` prints the figures as JSON.
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const root = join(import.meta.dirname, "..");

/** The entries, as source text resolved from the repository's root. The posting comes from the page (`globalThis.posting`). */
const ENTRIES: Record<string, string> = {
  "ess-jobs (zod)": `import { validateJobPosting } from "./src/index.ts";
const result = validateJobPosting(globalThis.posting, { locale: "fr" });
console.log(result.valid, result.diagnostics);`,
  "ess-jobs/valibot": `import { validateJobPosting } from "./src/valibot/index.ts";
const result = validateJobPosting(globalThis.posting, { locale: "fr" });
console.log(result.valid, result.diagnostics);`,
  "schema only (zod)": `import { JobPostingSchema } from "./src/jobPosting/JobPostingSchema.ts";
console.log(JobPostingSchema.safeParse(globalThis.posting).success);`,
  "schema only (valibot)": `import * as v from "valibot";
import { JobPostingSchema } from "./src/valibot/generated/JobPostingSchema.ts";
console.log(v.safeParse(JobPostingSchema, globalThis.posting).success);`,
  "shared (rules, guard, messages)": `import { lintJobPosting } from "./src/validate/lintJobPosting.ts";
import { inspectInput } from "./src/validate/inspectInput.ts";
import { structureDiagnostics } from "./src/validate/structureDiagnostics.ts";
console.log(inspectInput(globalThis.posting), structureDiagnostics(globalThis.issues, "fr"), lintJobPosting(globalThis.posting));`,
  "zod floor": `import { z } from "zod";
console.log(z.object({ title: z.string() }).safeParse(globalThis.posting).success);`,
  "valibot floor": `import * as v from "valibot";
console.log(v.safeParse(v.object({ title: v.string() }), globalThis.posting).success);`,
};

interface Figures {
  raw: number;
  gzip: number;
  metafile: Metafile;
}

async function measure(contents: string): Promise<Figures> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const figures: Record<string, Figures> = {};
for (const [name, contents] of Object.entries(ENTRIES)) figures[name] = await measure(contents);

const zod = figures["ess-jobs (zod)"]!;
const valibot = figures["ess-jobs/valibot"]!;
const zodFloor = figures["zod floor"]!;
const valibotFloor = figures["valibot floor"]!;

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { raw: f.raw, gzip: f.gzip }])), null, 2));
} else {
  const rows = [
    ["entry", "minified", "gzip"],
    ...Object.entries(figures).map(([name, f]) => [name, kB(f.raw), kB(f.gzip)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log();
  const ratio = valibot.gzip / zod.gzip;
  console.log(`valibot / zod, library entries: ${ratio.toFixed(2)} (gzip), ${(valibot.raw / zod.raw).toFixed(2)} (minified); goal <= 0.33: ${ratio <= 1 / 3 ? "met" : "not met"}`);
  console.log(`valibot / zod, floors:          ${(valibotFloor.gzip / zodFloor.gzip).toFixed(2)} (gzip)`);
  console.log(`valibot / zod, schema only:     ${(figures["schema only (valibot)"]!.gzip / figures["schema only (zod)"]!.gzip).toFixed(2)} (gzip)`);
  console.log(`above the floor (gzip): zod entry +${kB(zod.gzip - zodFloor.gzip)}, valibot entry +${kB(valibot.gzip - valibotFloor.gzip)}`);
}

if (process.argv.includes("--analyze")) {
  for (const name of ["ess-jobs (zod)", "ess-jobs/valibot"]) {
    const output = Object.values(figures[name]!.metafile.outputs)[0]!;
    const groups = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = input.startsWith("node_modules/") ? input.split("/").slice(0, 2).join("/") : input.split("/").slice(0, 2).join("/");
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
    console.log(`\n${name}: minified bytes by origin`);
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${kB(bytes).padStart(9)}  ${group}`);
  }
}
