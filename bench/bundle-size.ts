// Bundle sizes of what an app ships when it imports a part of the PUBLISHED package: packs it as npm
// would (`npm pack`, after `npm run build`), installs the tarball in a scratch project (zod and valibot
// linked from this repository, as an installer would provide the peers), then bundles each entry with
// esbuild (bundled, minified, ESM, browser platform, tree-shaking on) and gzips it (node:zlib, level 9).
// Each row also says whether zod ended up in the bundle. Entries that import a subpath the package does
// not export print "n/a". Floors: a one-field object with plain zod and plain valibot.
// --analyze charges each folder of the package (and each dependency) its share of the gzipped bundles of
// the two validateJobPosting and of the rules alone (bench/support/bundleAttribution.ts);
// --analyze-depth=2 splits by subfolder (3: by module). --provenance measures the two validateJobPosting
// again with kinds of text blanked (bench/support/blankProperties.ts): what a representation that kept
// them out of the validators could save at most (those bundles are not shippable).
//
//   npm run build && npx tsx bench/bundle-size.ts [--json] [--analyze] [--analyze-depth=N] [--provenance]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";
import { attribute } from "./support/bundleAttribution.js";
import { blankProperties, type Blanking } from "./support/blankProperties.js";

const root = join(import.meta.dirname, "..");

/** The entries, as an app would write them against the installed package. */
const ENTRIES: Record<string, string> = {
  "validateJobPosting (zod, rules on)": `import { validateJobPosting } from "ess-jobs";
console.log(validateJobPosting(globalThis.posting, { locale: "fr" }));`,
  "validateJobPosting (valibot, rules on)": `import { validateJobPosting } from "ess-jobs/valibot";
console.log(validateJobPosting(globalThis.posting, { locale: "fr" }));`,
  "valibot structure check alone": `import * as v from "valibot";
import { JobPostingSchema } from "ess-jobs/valibot";
console.log(v.safeParse(JobPostingSchema, globalThis.posting).success);`,
  "JobPostingSchema.safeParse (zod)": `import { JobPostingSchema } from "ess-jobs";
console.log(JobPostingSchema.safeParse(globalThis.posting).success);`,
  "smicAt alone": `import { smicAt } from "ess-jobs";
console.log(smicAt("2024-06-01"));`,
  "smicAt from ess-jobs/parameters": `import { smicAt } from "ess-jobs/parameters";
console.log(smicAt("2024-06-01"));`,
  "parsePay alone": `import { parsePay } from "ess-jobs";
console.log(parsePay(globalThis.text));`,
  "parsePay from ess-jobs/pay": `import { parsePay } from "ess-jobs/pay";
console.log(parsePay(globalThis.text));`,
  "toSchemaOrg alone": `import { toSchemaOrg } from "ess-jobs";
console.log(toSchemaOrg(globalThis.posting));`,
  "toSchemaOrg from ess-jobs/interop": `import { toSchemaOrg } from "ess-jobs/interop";
console.log(toSchemaOrg(globalThis.posting));`,
  "lintJobPosting from ess-jobs/rules": `import { lintJobPosting } from "ess-jobs/rules";
console.log(lintJobPosting(globalThis.posting));`,
  "zod floor": `import { z } from "zod";
console.log(z.object({ title: z.string() }).safeParse(globalThis.posting).success);`,
  "valibot floor": `import * as v from "valibot";
console.log(v.safeParse(v.object({ title: v.string() }), globalThis.posting).success);`,
};

interface Figures {
  raw: number;
  gzip: number;
  zod: boolean;
  metafile: Metafile;
}

const work = mkdtempSync(join(tmpdir(), "ess-jobs-bundle-"));
try {
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" })) as { filename: string; size: number; unpackedSize: number }[];
  const tarball = join(work, packed[0]!.filename);
  const app = join(work, "app");
  const modules = join(app, "node_modules");
  mkdirSync(join(modules, "ess-jobs"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", join(modules, "ess-jobs"), "--strip-components=1"]);
  for (const name of ["zod", "valibot", "yaml"]) symlinkSync(join(root, "node_modules", name), join(modules, name), "dir");
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));

  const options = {
    stdin: { contents: "", resolveDir: app, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  } satisfies BuildOptions;

  async function measure(contents: string, plugins: Plugin[] = []): Promise<Figures | undefined> {
    try {
      const result = await build({ ...options, stdin: { ...options.stdin, contents }, plugins });
      const code = result.outputFiles[0]!.contents;
      // zod is in the bundle when a module of its package contributes bytes to the output.
      const output = Object.values(result.metafile.outputs)[0]!;
      const zod = Object.entries(output.inputs).some(([input, { bytesInOutput }]) => bytesInOutput > 0 && /(^|\/)zod\//.test(input));
      return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, zod, metafile: result.metafile };
    } catch {
      return undefined;
    }
  }

  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const figures: Record<string, Figures | undefined> = {};
  for (const [name, contents] of Object.entries(ENTRIES)) figures[name] = await measure(contents);

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f && { raw: f.raw, gzip: f.gzip, zod: f.zod }])), null, 2));
  } else {
    console.log(`packed ${packed[0]!.filename}: ${kB(packed[0]!.size)} tarball, ${kB(packed[0]!.unpackedSize)} unpacked\n`);
    const rows = [["entry (from the packed tarball)", "minified", "gzip", "zod bundled"], ...Object.entries(figures).map(([name, f]) => (f ? [name, kB(f.raw), kB(f.gzip), f.zod ? "yes" : "no"] : [name, "n/a", "n/a", ""]))];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const [i, row] of rows.entries()) {
      console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join("  "));
      if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
    const zod = figures["validateJobPosting (zod, rules on)"];
    const valibot = figures["validateJobPosting (valibot, rules on)"];
    if (zod && valibot) console.log(`\nvalibot / zod validateJobPosting (gzip): ${(valibot.gzip / zod.gzip).toFixed(2)}; goal <= 0.33`);
    // Both validators run the same rules: what each adds to the rules alone is its own schema layer.
    const rules = figures["lintJobPosting from ess-jobs/rules"];
    if (zod && valibot && rules) {
      const [v, z] = [valibot.gzip - rules.gzip, zod.gzip - rules.gzip];
      console.log(
        `beyond the rules alone (${kB(rules.gzip)}, in both): valibot +${kB(v)}, zod +${kB(z)} (${(v / z).toFixed(2)}); ` +
          `the ratio reaches 1/3 when the rules alone are <= (zod's part - 3 x valibot's) / 2 = ${kB((z - 3 * v) / 2)}`,
      );
    }
  }

  if (process.argv.some((a) => a.startsWith("--analyze"))) {
    const depth = Number(process.argv.find((a) => a.startsWith("--analyze-depth="))?.split("=")[1] ?? 1);
    const analysed = ["validateJobPosting (zod, rules on)", "validateJobPosting (valibot, rules on)", "lintJobPosting from ess-jobs/rules"];
    const byEntry = new Map<string, Map<string, number>>();
    for (const name of analysed) {
      const { whole, shares } = await attribute(ENTRIES[name]!, options, depth);
      byEntry.set(name, new Map(shares.map((s) => [s.group, s.gzip])));
      console.log(`\n${name}: ${kB(whole)} gzip (unminified, then minified whole); share of each group = what the gzip loses without it`);
      console.log(`  ${"minified".padStart(9)}  ${"gzip".padStart(9)}  group`);
      for (const s of shares.filter((s) => s.gzip >= 100)) console.log(`  ${kB(s.minified).padStart(9)}  ${kB(s.gzip).padStart(9)}  ${s.group}`);
    }
    // What both validators carry: the groups of the valibot bundle also in the zod one, at their valibot share.
    const zodGroups = byEntry.get(analysed[0]!)!;
    const shared = [...byEntry.get(analysed[1]!)!].filter(([group]) => zodGroups.has(group)).reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\nshared by the two validateJobPosting bundles (valibot-side shares): ${kB(shared)} gzip`);
    const zod = figures[analysed[0]!];
    const rules = figures[analysed[2]!];
    if (zod && rules) {
      console.log(`the rules alone (${analysed[2]}) / zod validateJobPosting: ${(rules.gzip / zod.gzip).toFixed(2)}, a floor of the valibot / zod ratio (the valibot validator runs the same rules)`);
    }
  }
  if (process.argv.includes("--provenance")) {
    // Cumulative: each line blanks its own kind and the kinds above it.
    const kinds: [string, Blanking[]][] = [
      [
        "reference data's sources, URLs and notes (parameters, agreements, pay; the *Texts tables of sources)",
        [{ names: ["sources", "note", "notes", "url"], paths: /^(parameters|agreement|pay)\// }, { names: ["label"], paths: /^(parameters|agreement)\/.*Texts\.js$/ }],
      ],
      ["the agreements' names, aliases and employers", [{ names: ["name", "aliases", "employers"], paths: /^agreement\/COLLECTIVE_AGREEMENTS\.js$/ }]],
      ["the rules' titles and sources", [{ names: ["title", "sources"], paths: /^rules\// }]],
      ["the rules' messages (shown to users: not removable)", [{ names: ["message"], paths: /^rules\// }]],
    ];
    console.log("\nvalidateJobPosting with kinds of text blanked, each line adding to the ones above (not shippable: what keeping them out could save at most)");
    for (const [i, [kind]] of kinds.entries()) {
      const plugins = [blankProperties(kinds.slice(0, i + 1).flatMap(([, blankings]) => blankings))];
      const zod = await measure(ENTRIES["validateJobPosting (zod, rules on)"]!, plugins);
      const valibot = await measure(ENTRIES["validateJobPosting (valibot, rules on)"]!, plugins);
      if (zod && valibot) console.log(`  zod ${kB(zod.gzip)}, valibot ${kB(valibot.gzip)}, ratio ${(valibot.gzip / zod.gzip).toFixed(3)}  ${i ? "+ " : "without "}${kind}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
