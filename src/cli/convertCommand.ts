import { readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { fromFranceTravail } from "../interop/fromFranceTravail.js";
import { fromSchemaOrg } from "../interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../interop/toSchemaOrg.js";
import type { Diagnostic, Locale } from "../validate/Diagnostic.js";
import { toJsonPointer } from "../validate/Diagnostic.js";
import { validateJobPosting } from "../validate/validateJobPosting.js";

/** Where `ess-jobs convert` reads and writes; `CliIo` (src/cli/cli.ts) fits it. */
export interface ConvertIo {
  /** Standard output: the converted JSON, unless `--output`. */
  out: (text: string) => void;
  /** Standard error: diagnostics and usage errors. */
  err: (text: string) => void;
  /** Standard input, read for the file `-`. */
  stdin?: AsyncIterable<Buffer | string>;
  /** Directory relative paths are resolved from. */
  cwd?: string;
}

/** Usage of `ess-jobs convert`. */
const USAGE = `Usage:
  ess-jobs convert --to schema-org [options] <file|->...
  ess-jobs convert --from france-travail|schema-org [options] <file|->...

--to schema-org            postings (.json: one posting or an array) → schema.org JobPosting JSON-LD
--from france-travail      France Travail "Offres d'emploi v2" offers (an offer, an array, or a
                           search response with "resultats") → postings
--from schema-org          JSON-LD (.json, or an .html page with ld+json scripts) → postings

Options:
  --locale <fr|en>         language of the diagnostics (and of the sentences written into the
                           JSON-LD description); default fr
  --date <YYYY-MM-DD>      --to: datePosted of undated postings, and the date expiry is judged at;
                           --from france-travail: the retrieval date (provenance.retrievedOn)
  --url <address>          --to: the page address the JSON-LD is published on (one input posting)
  --logo <address>         --to: the organisation's logo (hiringOrganization.logo)
  -o, --output <file>      write the JSON there instead of standard output
  --verbose                also print info diagnostics (what was dropped or assumed)

Output: one JSON object for one file holding one record, else an array. Diagnostics go to standard error.
Exit codes: 0 no error, 1 an error diagnostic (a Google-required property missing, an input not
converted), 2 usage error or nothing could be read.`;

class UsageError extends Error {}

async function readStdin(stdin: AsyncIterable<Buffer | string> | undefined): Promise<string> {
  if (!stdin) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Runs `ess-jobs convert`: `--to schema-org` publishes postings as schema.org JSON-LD
 * ({@link toSchemaOrg}; each posting is first checked with `validateJobPosting`, structure only);
 * `--from france-travail` and `--from schema-org` import offers ({@link fromFranceTravail},
 * {@link fromSchemaOrg}). Reads JSON files (and HTML pages for `--from schema-org`) or standard
 * input (`-`), writes one JSON value to standard output or `--output`, and diagnostics to standard
 * error as `file[index]: severity code /json/pointer message` (errors and warnings; infos with
 * `--verbose`). Exit code 0 when no diagnostic is an error, 1 otherwise, 2 for a usage error or when
 * nothing could be read. Never throws.
 *
 * @param args - The arguments after `convert`.
 * @param io - Where to read and write.
 * @returns The exit code.
 * @example
 * ```ts
 * const code = await convertCommand(["--to", "schema-org", "--date", "2024-05-02", "examples/labo-ess-2023.json"], {
 *   out: (t) => process.stdout.write(t),
 *   err: (t) => process.stderr.write(t),
 * });
 * code; // 0
 * ```
 */
export async function convertCommand(args: readonly string[], io: ConvertIo): Promise<0 | 1 | 2> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ess-jobs convert: ${error.message}\nTry 'ess-jobs convert --help'.\n`);
      return 2;
    }
    io.err(`ess-jobs convert: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function run(args: readonly string[], io: ConvertIo): Promise<0 | 1 | 2> {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(USAGE + "\n");
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        to: { type: "string" },
        from: { type: "string" },
        locale: { type: "string" },
        date: { type: "string" },
        url: { type: "string" },
        logo: { type: "string" },
        output: { type: "string", short: "o" },
        verbose: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const locale = (values.locale ?? "fr") as Locale;
  if (locale !== "fr" && locale !== "en") throw new UsageError(`--locale must be fr or en, not '${values.locale}'.`);
  const fr = locale === "fr";
  if ((values.to === undefined) === (values.from === undefined)) throw new UsageError(fr ? "indiquez soit --to schema-org, soit --from france-travail|schema-org." : "give either --to schema-org or --from france-travail|schema-org.");
  if (values.to !== undefined && values.to !== "schema-org") throw new UsageError(`--to: ${fr ? "seul « schema-org » est pris en charge" : "only 'schema-org' is supported"}, not '${values.to}'.`);
  if (values.from !== undefined && values.from !== "france-travail" && values.from !== "schema-org") throw new UsageError(`--from: france-travail ${fr ? "ou" : "or"} schema-org, not '${values.from}'.`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date: YYYY-MM-DD, not '${values.date}'.`);
  if (positionals.length === 0) throw new UsageError(fr ? "indiquez au moins un fichier, ou - pour l'entrée standard." : "give at least one file, or - for standard input.");
  if (positionals.filter((p) => p === "-").length > 1) throw new UsageError(fr ? "l'entrée standard (-) ne peut être lue qu'une fois." : "standard input (-) can be read only once.");

  const cwd = io.cwd ?? process.cwd();
  const results: unknown[] = [];
  let errors = 0;
  let readAnything = false;
  // One object for one file holding one record; an array otherwise.
  let asArray = positionals.length > 1;
  const report = (file: string, index: number | null, d: Diagnostic) => {
    if (d.severity === "error") errors++;
    if (d.severity === "info" && !values.verbose) return;
    const where = `${file}${index !== null ? `[${index}]` : ""}`;
    io.err(`${where}: ${d.severity} ${d.code} ${toJsonPointer(d.path) || "/"} ${d.message}\n`);
  };
  const fileProblem = (file: string, code: string, fr_: string, en: string) => report(file, null, { code, severity: "error", path: [], message: fr ? fr_ : en });

  for (const file of positionals) {
    let raw: string;
    try {
      if (file === "-") raw = await readStdin(io.stdin);
      else {
        const path = resolve(cwd, file);
        if (statSync(path).isDirectory()) {
          fileProblem(file, "input/unreadable", "C'est un dossier : indiquez des fichiers.", "This is a folder: give files.");
          continue;
        }
        raw = readFileSync(path, "utf8");
      }
    } catch {
      fileProblem(file, "input/missing", "Fichier introuvable ou illisible.", "No such file, or it cannot be read.");
      continue;
    }
    if (raw.trim() === "") {
      fileProblem(file, "input/empty", "Fichier vide.", "Empty file.");
      continue;
    }
    if (values.from === "schema-org") {
      readAnything = true;
      const r = fromSchemaOrg(raw, { locale });
      for (const d of r.diagnostics) report(file, null, d);
      results.push(...r.postings);
      if (r.postings.length !== 1) asArray = true;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw.replace(/^\uFEFF/, ""));
    } catch (error) {
      fileProblem(file, "input/invalid-json", `JSON illisible : ${(error as Error).message}`, `Invalid JSON: ${(error as Error).message}`);
      continue;
    }
    readAnything = true;
    const resultats = values.from === "france-travail" && value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { resultats?: unknown }).resultats : undefined;
    const listed = Array.isArray(value) || Array.isArray(resultats);
    if (listed) asArray = true;
    const records: unknown[] = Array.isArray(value) ? value : Array.isArray(resultats) ? resultats : [value];
    records.forEach((record, i) => {
      const index = listed ? i : null;
      if (values.from === "france-travail") {
        const r = fromFranceTravail(record, { locale, ...(values.date ? { retrievedOn: values.date } : {}) });
        for (const d of r.diagnostics) report(file, index, d);
        if (r.posting) results.push(r.posting);
        return;
      }
      const checked = validateJobPosting(record, { structureOnly: true, locale });
      if (!checked.posting) {
        for (const d of checked.diagnostics) report(file, index, d);
        return;
      }
      const r = toSchemaOrg(checked.posting, {
        locale,
        ...(values.date ? { date: values.date } : {}),
        ...(values.url ? { url: values.url } : {}),
        ...(values.logo ? { logo: values.logo } : {}),
      });
      for (const d of r.diagnostics) report(file, index, d);
      results.push(r.jsonLd);
    });
  }
  if (!readAnything) return 2;
  const json = JSON.stringify(asArray || results.length !== 1 ? results : results[0], null, 2) + "\n";
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), json);
    } catch (error) {
      io.err(`ess-jobs convert: --output: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  } else io.out(json);
  return errors > 0 ? 1 : 0;
}
