// Packs the package as npm would publish it, then checks the tarball:
// publint (strict), arethetypeswrong, and a scratch consumer project that imports it as ESM and CJS,
// type-checks against it under node16 resolution, and runs its bin. No network: the dependencies and
// the peer zod are linked from this repository's node_modules.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "ess-jobs-pack-"));
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (cmd, args, opts = {}) => {
  console.log(`$ ${[cmd, ...args].join(" ")}`);
  return execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", ...opts });
};
let failed = false;
const step = (name, fn) => {
  try {
    const out = fn();
    if (out) process.stdout.write(out.endsWith("\n") ? out : out + "\n");
    console.log(`ok - ${name}`);
  } catch (error) {
    failed = true;
    if (error.stdout) process.stdout.write(String(error.stdout));
    console.log(`not ok - ${name}`);
  }
};

try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root }));
  const tarball = join(work, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} bytes`);

  step("manifest: no install script, repository, homepage and bugs; unpacked size", () => {
    const shipped = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
    // npm runs these when a consumer installs the package (prepare too, for git dependencies).
    const installScripts = ["preinstall", "install", "postinstall", "prepare"].filter((k) => shipped.scripts?.[k] !== undefined);
    if (installScripts.length) throw new Error(`install scripts in the published manifest: ${installScripts.join(", ")}`);
    if (!shipped.repository?.url?.startsWith("git+https://github.com/") || !shipped.homepage || !shipped.bugs?.url) throw new Error("repository, homepage or bugs missing");
    const unpacked = packed[0].unpackedSize;
    const maps = packed[0].files.filter((f) => f.path.endsWith(".map")).reduce((n, f) => n + f.size, 0);
    // Issue 18: under 2 MB. The build ships each thing once (tsup.config.ts, bench/README.md).
    const CEILING = 2_000_000;
    if (unpacked >= CEILING) throw new Error(`unpacked size ${unpacked} bytes, above the ceiling of ${CEILING}`);
    return `unpacked ${unpacked} bytes (ceiling ${CEILING}), of which source maps ${maps} bytes`;
  });
  step("publint --strict", () => run(bin("publint"), ["run", tarball, "--strict"], { cwd: work }));
  step("arethetypeswrong", () => run(bin("attw"), [tarball, "--format", "ascii", "--no-color", "--profile", "node16"], { cwd: work }));

  const consumer = join(work, "consumer");
  const modules = join(consumer, "node_modules");
  mkdirSync(join(modules, "ess-jobs"), { recursive: true });
  run("tar", ["-xzf", tarball, "-C", join(modules, "ess-jobs"), "--strip-components=1"]);
  // The package's own dependencies and its peer zod, as an installer would provide them.
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]) {
    symlinkSync(join(root, "node_modules", name), join(modules, name), "dir");
  }
  mkdirSync(join(modules, ".bin"));
  symlinkSync(join("..", "ess-jobs", "bin", "ess-jobs.mjs"), join(modules, ".bin", "ess-jobs"));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(
    join(consumer, "esm.mjs"),
    `import { validateJobPosting, JobPostingSchema } from "ess-jobs";
import schema from "ess-jobs/schemas/job-posting.schema.json" with { type: "json" };
const r = validateJobPosting({ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-03" } });
if (!r.valid || typeof JobPostingSchema.safeParse !== "function" || !schema.$id) throw new Error("ESM import failed");
const valibot = await import("ess-jobs/valibot");
const rv = valibot.validateJobPosting({ title: "x" }, { locale: "en" });
if (rv.valid || rv.diagnostics[0].code !== "structure/required") throw new Error("ESM import of ess-jobs/valibot failed");
console.log("esm ok", schema.$id, "and ess-jobs/valibot");
`,
  );
  writeFileSync(
    join(consumer, "cjs.cjs"),
    `const { validateJobPosting } = require("ess-jobs");
const r = validateJobPosting({}, { locale: "en" });
if (r.valid || r.diagnostics[0].code !== "structure/required") throw new Error("CJS require failed");
const valibot = require("ess-jobs/valibot");
if (valibot.validateJobPosting({}).diagnostics[0].code !== "structure/required") throw new Error("CJS require of ess-jobs/valibot failed");
console.log("cjs ok", r.diagnostics[0].message, "and ess-jobs/valibot");
`,
  );
  const typed = `import { validateJobPosting, type JobPosting, type Diagnostic } from "ess-jobs";
const posting: JobPosting = { title: "Chargé·e de mission", organisation: { name: "La Tresse", legalForm: "association" }, contracts: [{ type: "freelance", status: "micro-entrepreneur" }] };
const diagnostics: Diagnostic[] = validateJobPosting(posting).diagnostics;
// @ts-expect-error: "cdx" is not a contract type
const wrong: JobPosting = { title: "x", organisation: { name: "y" }, contracts: [{ type: "cdx" }] };
export { diagnostics, wrong };
`;
  writeFileSync(join(consumer, "typed.mts"), typed);
  writeFileSync(join(consumer, "typed.cts"), typed);
  // The valibot flavour's types meet the consumer's own valibot (both conditions' declarations are
  // the .d.cts set: an ESM consumer's valibot types are valibot's .d.mts).
  const typedValibot = `import * as v from "valibot";
import { JobPostingSchema, validateJobPosting } from "ess-jobs/valibot";
const parsed = v.safeParse(JobPostingSchema, { title: "x" });
const title: string | undefined = parsed.success ? parsed.output.title : undefined;
const posting: v.InferOutput<typeof JobPostingSchema> | undefined = parsed.success ? parsed.output : undefined;
const Extended = v.object({ ...JobPostingSchema.entries, internalRef: v.string() });
type Extended = v.InferOutput<typeof Extended>;
const codes: string[] = validateJobPosting({}).diagnostics.map((d) => d.code);
// @ts-expect-error: a posting's title is a string
const wrong: Extended["title"] = 1;
export { title, posting, codes, wrong };
`;
  writeFileSync(join(consumer, "typed-valibot.mts"), typedValibot);
  writeFileSync(join(consumer, "typed-valibot.cts"), typedValibot);
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["typed.mts", "typed.cts", "typed-valibot.mts", "typed-valibot.cts"] }),
  );
  step("consumer: import (ESM)", () => run("node", ["esm.mjs"], { cwd: consumer }));
  step("consumer: require (CJS)", () => run("node", ["cjs.cjs"], { cwd: consumer }));
  step("consumer: types under node16 (ESM and CJS)", () => run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: consumer }));
  // The zod-free subpaths load without zod installed: a consumer with only the package and yaml, that
  // imports each of them and calls a helper of each, and type-checks against them under node16.
  step("consumer without zod: ess-jobs/parameters, /rules, /pay and /interop (ESM, CJS and types)", () => {
    const bare = join(work, "bare");
    mkdirSync(join(bare, "node_modules", "ess-jobs"), { recursive: true });
    run("tar", ["-xzf", tarball, "-C", join(bare, "node_modules", "ess-jobs"), "--strip-components=1"]);
    for (const name of Object.keys(manifest.dependencies ?? {})) symlinkSync(join(root, "node_modules", name), join(bare, "node_modules", name), "dir");
    const posting = `{ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-03" }, pay: { amount: { min: 100, currency: "EUR", basis: "gross", period: "month" } } }`;
    // A real example posting, and a real pay phrase (France Travail offer 184RGCB, corpus/pay-phrases.json).
    const example = readFileSync(join(root, "examples", "la-tresse-2024.json"), "utf8");
    const checks = `if (!(smicAt("2024-06-03").monthly > 1700)) throw new Error("smicAt from ess-jobs/parameters failed");
if (!lintJobPosting(${posting}).some((d) => d.code === "pay/below-smic")) throw new Error("lintJobPosting from ess-jobs/rules failed");
if (!isValidSiren("356000000") || postingDate(${posting}) !== "2024-06-03") throw new Error("isValidSiren or postingDate from ess-jobs/rules failed");
const read = parsePay("Mensuel de 1801.80 Euros à 2100.0 Euros sur 12.0 mois");
if (!read.ok || read.pay.amount.min !== 1801.8 || read.pay.amount.max !== 2100 || read.pay.amount.period !== "month") throw new Error("parsePay from ess-jobs/pay failed");
const [minimum] = legalMinimumPay(${posting}, { date: "2024-06-03" });
if (!/^de 1.801,80 à 2.100.€ par mois/.test(formatPay(read.pay)) || minimum?.kind !== "smic" || minimum.smicMonthly !== smicAt("2024-06-03").monthly) throw new Error("formatPay or legalMinimumPay from ess-jobs/pay failed");
const { jsonLd } = toSchemaOrg(${example});
if (jsonLd["@type"] !== "JobPosting" || jsonLd.title !== ${JSON.stringify(JSON.parse(example).title)}) throw new Error("toSchemaOrg from ess-jobs/interop failed");
if (!Array.isArray(checkGoogleJobPosting(jsonLd)) || FRANCE_TRAVAIL_CODES === undefined) throw new Error("checkGoogleJobPosting from ess-jobs/interop failed");
`;
    writeFileSync(
      join(bare, "bare.mjs"),
      `import { smicAt } from "ess-jobs/parameters";
import { lintJobPosting, isValidSiren, postingDate } from "ess-jobs/rules";
import { parsePay, formatPay, legalMinimumPay } from "ess-jobs/pay";
import { toSchemaOrg, checkGoogleJobPosting, FRANCE_TRAVAIL_CODES } from "ess-jobs/interop";
${checks}console.log("esm without zod ok");
`,
    );
    writeFileSync(
      join(bare, "bare.cjs"),
      `const { smicAt } = require("ess-jobs/parameters");
const { lintJobPosting, isValidSiren, postingDate } = require("ess-jobs/rules");
const { parsePay, formatPay, legalMinimumPay } = require("ess-jobs/pay");
const { toSchemaOrg, checkGoogleJobPosting, FRANCE_TRAVAIL_CODES } = require("ess-jobs/interop");
${checks}console.log("cjs without zod ok");
`,
    );
    const typedBare = `import { smicAt, type SmicReading } from "ess-jobs/parameters";
import { lintJobPosting, type Diagnostic, type JobPosting } from "ess-jobs/rules";
import { parsePay, type ParsePayResult, type Pay } from "ess-jobs/pay";
import { toSchemaOrg, type JobPostingLd } from "ess-jobs/interop";
const posting: JobPosting = { title: "Animateur", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] };
const smic: SmicReading | undefined = smicAt("2024-06-03");
const diagnostics: Diagnostic[] = lintJobPosting(posting);
const read: ParsePayResult = parsePay("1 800 € brut par mois");
const pay: Pay | undefined = read.ok ? read.pay : undefined;
const jsonLd: JobPostingLd = toSchemaOrg(posting).jsonLd;
// @ts-expect-error: "cdx" is not a contract type
const wrong: JobPosting = { title: "x", organisation: { name: "y" }, contracts: [{ type: "cdx" }] };
export { smic, diagnostics, pay, jsonLd, wrong };
`;
    writeFileSync(join(bare, "package.json"), JSON.stringify({ name: "bare", private: true, type: "module" }));
    writeFileSync(join(bare, "typed.mts"), typedBare);
    writeFileSync(join(bare, "typed.cts"), typedBare);
    writeFileSync(
      join(bare, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["typed.mts", "typed.cts"] }),
    );
    const tsc = [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."];
    return run("node", ["bare.mjs"], { cwd: bare }) + run("node", ["bare.cjs"], { cwd: bare }) + run(process.execPath, tsc, { cwd: bare });
  });
  step("consumer: the installed bin validates the repository's examples", () => {
    // The examples stay in the repository (they are not in the package: issue 18's 2 MB).
    const examples = join(root, "examples");
    const cli = join(modules, ".bin", "ess-jobs");
    // Structure: the six examples are valid postings.
    const structure = run(cli, ["validate", "--structure-only", examples], { cwd: consumer });
    // With the rules: real postings, real findings (three are undated, L5332-1): exit code 1, and
    // nothing but the documented diagnostics (docs/rules/README.md).
    let report;
    try {
      run(cli, ["validate", "--format", "json", examples], { cwd: consumer });
      throw new Error("expected exit code 1: the examples carry documented legal findings");
    } catch (error) {
      if (error.status !== 1) throw error;
      report = JSON.parse(error.stdout);
    }
    const codes = new Set(report.results.flatMap((r) => r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)));
    const expected = new Set(["posting/undated", "pay/below-smic"]);
    if (report.summary.files !== 6 || report.summary.postings !== 6 || [...codes].some((c) => !expected.has(c)))
      throw new Error(`unexpected report: ${JSON.stringify(report.summary)} ${[...codes].join(", ")}`);
    return `${structure}with rules: ${JSON.stringify(report.summary)}, errors ${[...codes].join(", ")}`;
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.log("package check failed");
  process.exit(1);
}
console.log("package check passed");
