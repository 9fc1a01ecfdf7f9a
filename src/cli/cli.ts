import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../rules/index.js";
import { validateJobPosting } from "../validate/validateJobPosting.js";
import { collectFiles } from "./collectFiles.js";
import { readRecords } from "./readRecords.js";
import { formatGithub } from "./report/formatGithub.js";
import { formatJunit } from "./report/formatJunit.js";
import { formatSarif } from "./report/formatSarif.js";
import { jsonReporter } from "./report/jsonReporter.js";
import { prettyReporter } from "./report/prettyReporter.js";
import type { LocatedDiagnostic, PostingResult, ReportSummary, RuleDescriptor } from "./report/Report.js";
import { UsageError, validateSettings, type ValidateSettings } from "./settings.js";

/** Where the CLI reads and writes; injectable for tests. @internal */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin?: AsyncIterable<Buffer>;
  cwd?: string;
  isTty?: boolean;
  env?: NodeJS.ProcessEnv;
}

const HELP = `Usage:
  ess-jobs validate [options] <file|folder|glob|->...   validate postings
  ess-jobs schema [--draft 2020-12|07]                  print the JSON Schema
  ess-jobs rules                                        list the rules
  ess-jobs --help | --version

Inputs: .json (one posting or an array), .ndjson / .jsonl (one posting a line, streamed),
.yaml / .yml; folders are searched recursively; glob patterns ("postings/**/*.json") are
expanded; "-" reads standard input.

Options of validate:
  --locale <fr|en>            language of the messages (default fr)
  --no-rules                  check the structure only
  --date <YYYY-MM-DD>         date the rules judge the postings at (default: each posting's date)
  --rule <code>=<severity>    off, info, warning or error; repeatable
  --max-warnings <n>          exit 1 when there are more warnings than n
  --quiet                     report errors only
  -f, --format <format>       pretty (default), json, github, junit, sarif
  -o, --output <file>         write the report to a file
  --color, --no-color         force or disable colours (default: on a terminal, or FORCE_COLOR)

Settings may also come from ess-jobs.config.json or an "ess-jobs" key in package.json:
{ "locale", "date", "rules": { "<code>": "<severity>" }, "structureOnly", "maxWarnings", "quiet", "format" }.

Exit codes: 0 no error (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage error or nothing could be read.`;

/** The rules as reports describe them. */
export function ruleDescriptors(locale: "fr" | "en"): RuleDescriptor[] {
  return RULES.map((r) => ({ code: r.code, defaultSeverity: r.defaultSeverity, title: r.title[locale], ...(r.sources[0]?.url ? { helpUri: r.sources[0].url } : {}) }));
}

/** Finds a file shipped with the package, from the built `dist/` or from `src/cli/`. */
function packageFile(relative: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of [join(here, ".."), join(here, "..", "..")]) {
    try {
      readFileSync(join(up, "package.json"));
      return join(up, relative);
    } catch {
      /* try the next level */
    }
  }
  return join(here, "..", relative);
}

async function validateCommand(settings: ValidateSettings, io: CliIo, version: string): Promise<0 | 1 | 2> {
  const fr = settings.locale === "fr";
  let stream: WriteStream | undefined;
  let write: (text: string) => void;
  if (settings.output) {
    try {
      stream = createWriteStream(resolve(io.cwd ?? process.cwd(), settings.output));
      await new Promise<void>((resolve, reject) => stream!.once("open", () => resolve()).once("error", reject));
    } catch (error) {
      io.err(`ess-jobs: --output: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    write = (text) => void stream!.write(text);
  } else write = (text) => io.out(text);

  const buffered = settings.format === "junit" || settings.format === "sarif";
  const all: PostingResult[] = [];
  const reporter =
    settings.format === "pretty"
      ? prettyReporter(write, settings.locale, settings.color, settings.quiet)
      : settings.format === "json"
        ? jsonReporter(write)
        : settings.format === "github"
          ? { result: (r: PostingResult) => write(formatGithub({ summary: { files: 0, postings: 0, errors: 0, warnings: 0 }, results: [r] })), end: () => {} }
          : { result: (r: PostingResult) => void all.push(r), end: () => {} };

  const summary: ReportSummary = { files: 0, postings: 0, errors: 0, warnings: 0 };
  let readAnything = false;
  const emit = (r: PostingResult) => {
    for (const d of r.diagnostics) {
      if (d.severity === "error") summary.errors++;
      else if (d.severity === "warning") summary.warnings++;
    }
    if (settings.quiet && !buffered) r = { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") };
    reporter.result(r);
  };
  const fileProblem = (file: string, code: string, message: string, index: number | null = null, line: number | null = null) =>
    emit({ file, index, line, valid: false, diagnostics: [{ code, severity: "error", path: [], message, ...(line !== null ? { line } : {}) }] });

  const cwd = io.cwd ?? process.cwd();
  for (const collected of collectFiles(settings.paths, cwd)) {
    if (collected.error) {
      summary.files++;
      const message = {
        missing: fr ? "Chemin introuvable." : "No such file or folder.",
        unreadable: fr ? "Chemin illisible." : "Cannot read this path.",
        "empty-folder": fr ? "Aucun fichier d'offres (.json, .ndjson, .jsonl, .yaml, .yml) dans ce dossier." : "No posting file (.json, .ndjson, .jsonl, .yaml, .yml) in this folder.",
        "no-match": fr ? "Aucun fichier ne correspond à ce motif." : "No file matches this pattern.",
      }[collected.error];
      fileProblem(collected.arg, `input/${collected.error}`, message);
      continue;
    }
    for (const file of collected.files) {
      summary.files++;
      for await (const record of readRecords(file === "-" ? file : resolve(cwd, file), settings.locale, io.stdin)) {
        if (record.kind === "problem") {
          fileProblem(file, record.code, record.message, record.index, record.line);
          continue;
        }
        readAnything = true;
        summary.postings++;
        const result = validateJobPosting(record.value, {
          locale: settings.locale,
          rules: settings.rules,
          ...(settings.date ? { date: settings.date } : {}),
          ruleSeverities: settings.ruleSeverities,
        });
        let diagnostics: LocatedDiagnostic[] = result.diagnostics;
        if (diagnostics.length > 0) {
          const places = record.locate(diagnostics.map((d) => d.path));
          diagnostics = diagnostics.map((d, i) => (places[i] ? { ...d, line: places[i].line, column: places[i].column } : d));
        }
        emit({ file, index: record.index, line: record.line, valid: result.valid, diagnostics });
      }
    }
  }
  reporter.end(summary);
  if (settings.format === "junit") write(formatJunit({ summary, results: all }));
  if (settings.format === "sarif") write(JSON.stringify(formatSarif({ summary, results: all }, ruleDescriptors(settings.locale), version), null, 2) + "\n");
  if (stream) await new Promise<void>((resolve) => stream!.end(() => resolve()));
  if (!readAnything) return 2;
  return summary.errors > 0 || summary.warnings > settings.maxWarnings ? 1 : 0;
}

/**
 * Runs the command line. Never throws: usage errors print a message and give exit code 2.
 * @internal
 */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<0 | 1 | 2> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    io.out(version + "\n");
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.err : io.out)(HELP + "\n");
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === "validate") {
      if (rest.includes("--help") || rest.includes("-h")) {
        io.out(HELP + "\n");
        return 0;
      }
      const settings = validateSettings(rest, io.cwd ?? process.cwd(), io.isTty ?? false, io.env ?? process.env);
      if (settings.paths.length === 0) throw new UsageError(settings.locale === "fr" ? "indiquez au moins un fichier, un dossier, un motif ou -." : "give at least one file, folder, pattern or -.");
      return await validateCommand(settings, io, version);
    }
    if (command === "schema") {
      const draft = rest[0] === "--draft" ? rest[1] : rest[0]?.startsWith("--draft=") ? rest[0].slice(8) : rest.length === 0 ? "2020-12" : undefined;
      if (draft !== "2020-12" && draft !== "07") throw new UsageError("usage: ess-jobs schema [--draft 2020-12|07]");
      io.out(readFileSync(packageFile(draft === "07" ? "schemas/draft-07/job-posting.schema.json" : "schemas/job-posting.schema.json"), "utf8"));
      return 0;
    }
    if (command === "rules") {
      const locale = rest.includes("--locale=en") || (rest[0] === "--locale" && rest[1] === "en") ? "en" : "fr";
      for (const r of RULES) {
        const sources = r.sources.map((s) => s.label + (s.url ? ` <${s.url}>` : "")).join("; ");
        io.out(`${r.code.padEnd(32)} ${r.defaultSeverity.padEnd(8)} ${r.title[locale]}${sources ? ` — ${sources}` : ""}\n`);
      }
      return 0;
    }
    throw new UsageError(`unknown command '${command}'.`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ess-jobs: ${error.message}\nTry 'ess-jobs --help'.\n`);
      return 2;
    }
    io.err(`ess-jobs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
