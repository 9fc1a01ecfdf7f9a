// Bundle sizes of what an app ships when it imports a part of the PUBLISHED package: packs it as npm
// would (`npm pack`, after `npm run build`), installs the tarball in a scratch project (zod and valibot
// linked from this repository, as an installer would provide the peers), then bundles each entry with
// esbuild (bundled, minified, ESM, browser platform, tree-shaking on) and gzips it (node:zlib, level 9).
// Each row also says whether zod ended up in the bundle. Entries that import a subpath the package does
// not export print "n/a". Floors: a one-field object with plain zod and plain valibot.
//
//   npm run build && npx tsx bench/bundle-size.ts [--json] [--analyze]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

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

  async function measure(contents: string): Promise<Figures | undefined> {
    try {
      const result = await build({
        stdin: { contents, resolveDir: app, sourcefile: "entry.js", loader: "js" },
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
  }

  if (process.argv.includes("--analyze")) {
    for (const [name, f] of Object.entries(figures)) {
      if (!f) continue;
      const output = Object.values(f.metafile.outputs)[0]!;
      const groups = new Map<string, number>();
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const group = input.split("/").slice(0, 3).join("/");
        groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
      }
      console.log(`\n${name}: minified bytes by origin`);
      for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${kB(bytes).padStart(9)}  ${group}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
