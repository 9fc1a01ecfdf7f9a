import { accessSync, constants, mkdirSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../rules/index.js";
import { collectFiles } from "./collectFiles.js";
import { docsUrl } from "./docsUrl.js";
import { formatOf, readRecordBatches } from "./readRecords.js";
import { PARALLEL_MIN_BYTES, validateNdjsonInParallel } from "./validateNdjsonInParallel.js";
import { validateRecord } from "./validateRecord.js";
import { excludeOutput } from "./outputConflict.js";
import { createReporter } from "./report/createReporter.js";
import type { PostingResult, ReportSummary, RuleDescriptor } from "./report/Report.js";
import { fileSink, outSink, type ReportSink } from "./reportSink.js";
import { UsageError, validateSettings, type ValidateSettings } from "./settings.js";

/** Where the CLI reads and writes; injectable for tests. @internal */
export interface CliIo {
  /** Writes report text; false when the stream's buffer is full (then `drained` is awaited). */
  out: (text: string) => boolean | void;
  /** Resolves once standard output can take more after `out` returned false. */
  drained?: () => Promise<void>;
  err: (text: string) => void;
  stdin?: AsyncIterable<Buffer>;
  cwd?: string;
  isTty?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * Told the exit code the run would have if it stopped now, each time it changes, so that a run
   * whose output is closed early (`ess-jobs validate … | head`) can exit quietly with it.
   */
  exitCode?: (code: 0 | 1 | 2) => void;
  /**
   * The script worker threads run (the CLI's entry, `main.ts` / `dist/esm/cli/main.js`): when given, large
   * NDJSON files are validated by `--jobs` workers; without it, in this thread only.
   */
  workerUrl?: URL;
}

const HELP = `Usage:
  ess-jobs validate [options] <file|folder|glob|->...   validate postings
  ess-jobs schema [--draft 2020-12|07]                  print the JSON Schema
  ess-jobs rules [--locale fr|en]                       list the rules and their documentation
  ess-jobs convert --to schema-org | --from france-travail|schema-org [options] <file|->...
                                                        convert postings (ess-jobs convert --help)
  ess-jobs --help | --version

Inputs: .json (one posting or an array), .ndjson / .jsonl (one posting a line, streamed),
.yaml / .yml; a file named is always validated; folders are searched recursively for the files
that declare the schema ("$schema" naming job-posting.schema.json), *.posting.json|yaml|yml files
and the config's "files" globs; glob patterns ("postings/**/*.json") are expanded; folders and
globs respect .gitignore and --ignore; "-" reads standard input.

Options of validate:
  --locale <fr|en>            language of the messages (default fr)
  --structure-only            check the structure only, without the rules (--no-rules: deprecated)
  --date <YYYY-MM-DD>         date the rules judge the postings at (default: each posting's date)
  --rule <code>=<severity>    off, info, warning or error (or warn, 0, 1, 2); repeatable
  --ignore <pattern>          leave out matching paths (gitignore syntax); repeatable
  --only-postings             judge named files as folder files are: skip those that are not postings
  --max-warnings <n>          exit 1 when there are more warnings than n
  --quiet                     report errors only
  -f, --format <format>       pretty (default), json, github, junit, sarif
  -o, --output <file>         write the report to a file (its folder is created)
  --color, --no-color         force or disable colours (default: on a terminal, or FORCE_COLOR)
  --jobs <n|auto>             worker threads for NDJSON files of 4 MiB or more (default 1: none;
                              auto: one a CPU, at most 4)

Settings may also come from ess-jobs.config.json or an "ess-jobs" key in package.json:
{ "locale", "date", "rules": { "<code>": "<severity>" }, "structureOnly", "maxWarnings", "quiet", "format",
  "ignore": ["<pattern>"], "files": ["<glob>"] }.

Exit codes: 0 no error (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage error or nothing could be read.`;

/** The rules as reports describe them, each with its documentation page. */
export function ruleDescriptors(locale: "fr" | "en"): RuleDescriptor[] {
  return RULES.map((r) => ({ code: r.code, defaultSeverity: r.defaultSeverity, title: r.title[locale], helpUri: docsUrl(r.code) }));
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
  const cwd = io.cwd ?? process.cwd();
  let inputs = collectFiles(settings.paths, cwd, { ignore: settings.ignore, files: settings.files, onlyPostings: settings.onlyPostings });
  let sink: ReportSink;
  if (settings.output) {
    // Before the report is opened (and emptied): never an input, never read back as a posting.
    const kept = excludeOutput(settings.output, inputs, cwd);
    if (kept.named !== undefined) {
      io.err(
        fr
          ? `ess-jobs: --output ${settings.output} : ce fichier est aussi une entrée (${kept.named}) ; il serait écrasé avant d'être lu. Choisissez un autre fichier de rapport.\n`
          : `ess-jobs: --output ${settings.output}: this file is also an input (${kept.named}); it would be overwritten before it is read. Choose another report file.\n`,
      );
      return 2;
    }
    inputs = kept.collected;
    try {
      const target = resolve(cwd, settings.output);
      // Like ESLint's --output-file: the report's folder is created when missing.
      mkdirSync(dirname(target), { recursive: true });
      sink = await fileSink(target);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const why = e.code === "EISDIR" ? (fr ? "c'est un dossier" : "it is a folder") : e.code === "EACCES" || e.code === "EPERM" ? (fr ? "permission refusée" : "permission denied") : e.code === "ENOTDIR" || e.code === "EEXIST" ? (fr ? "un fichier occupe la place d'un dossier du chemin" : "a file stands where the path needs a folder") : String(e.message);
      io.err(`ess-jobs: --output ${settings.output}${fr ? " : " : ": "}${why}.\n`);
      return 2;
    }
  } else sink = outSink(io.out, io.drained);

  const reporter = createReporter(settings.format, sink, {
    locale: settings.locale,
    color: settings.color,
    quiet: settings.quiet,
    rules: () => ruleDescriptors(settings.locale),
    version,
  });

  const summary: ReportSummary = { files: 0, postings: 0, errors: 0, warnings: 0, infos: 0 };
  let readAnything = false;
  let code: 0 | 1 | 2 | undefined;
  // --only-postings on files none of which is a posting (a commit touching package.json only): nothing to do.
  const nothingToDo = settings.onlyPostings && inputs.every((c) => !c.error && c.files.length === 0);
  const outcome = (): 0 | 1 | 2 => (!readAnything ? (nothingToDo ? 0 : 2) : summary.errors > 0 || summary.warnings > settings.maxWarnings ? 1 : 0);
  const emit = (r: PostingResult) => {
    for (const d of r.diagnostics) {
      if (d.severity === "error") summary.errors++;
      else if (d.severity === "warning") summary.warnings++;
      else if (d.severity === "info") summary.infos++;
    }
    if (settings.quiet && r.diagnostics.length > 0) r = { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") };
    reporter.result(r);
    if (io.exitCode) {
      const now = outcome();
      if (now !== code) io.exitCode((code = now));
    }
  };
  // A record that could not be read (a bad NDJSON line) is a posting too, counted, and an error.
  const fileProblem = (file: string, code: string, message: string, index: number | null = null, line: number | null = null, column: number | null = null) => {
    if (index !== null) summary.postings++;
    emit({ file, index, line, valid: false, diagnostics: [{ code, severity: "error", path: [], message, ...(line !== null ? { line } : {}), ...(line !== null && column !== null ? { column } : {}) }] });
  };
  const options = {
    locale: settings.locale,
    structureOnly: settings.structureOnly,
    ...(settings.date ? { date: settings.date } : {}),
    // No severity set: no \`rules\`, so that the rules step does not look each rule up in an empty object for every posting.
    ...(Object.keys(settings.rules).length > 0 ? { rules: settings.rules } : {}),
  };

  /** Whether a file goes to worker threads: a readable NDJSON file of PARALLEL_MIN_BYTES or more, when workers are allowed. */
  const parallel = (path: string) => {
    // From the TypeScript sources (tsx), workers would not get the loader: one thread then.
    if (!io.workerUrl || io.workerUrl.pathname.endsWith(".ts") || settings.jobs < 2 || path === "-" || formatOf(path) !== "ndjson") return false;
    try {
      accessSync(path, constants.R_OK);
      return statSync(path).size >= PARALLEL_MIN_BYTES;
    } catch {
      return false; // the one-thread path reports the problem
    }
  };

  files: for (const collected of inputs) {
    for (const link of collected.brokenLinks ?? []) {
      summary.files++;
      fileProblem(link, "input/broken-link", fr ? "Lien symbolique cassé : sa cible n'existe pas." : "Broken symbolic link: its target does not exist.");
    }
    if (collected.error) {
      summary.files++;
      const message = {
        missing: fr ? "Chemin introuvable." : "No such file or folder.",
        unreadable: fr ? "Chemin illisible." : "Cannot read this path.",
        "empty-folder": fr
          ? "Aucune offre dans ce dossier : un dossier donne les fichiers dont le « $schema » nomme job-posting.schema.json, les *.posting.json|yaml|yml et ceux des motifs « files » de la config (nommez un fichier pour le valider quand même)."
          : "No posting in this folder: a folder yields the files whose \"$schema\" names job-posting.schema.json, *.posting.json|yaml|yml files and those of the config's \"files\" globs (name a file to validate it anyway).",
        "no-match": fr ? "Aucun fichier ne correspond à ce motif." : "No file matches this pattern.",
      }[collected.error];
      fileProblem(collected.arg, `input/${collected.error}`, message);
      continue;
    }
    for (const file of collected.files) {
      summary.files++;
      const path = file === "-" ? file : resolve(cwd, file);
      if (parallel(path)) {
        let any = false;
        for await (const batch of validateNdjsonInParallel(path, io.workerUrl!, settings.jobs, settings.locale, options)) {
          for (const r of batch) {
            any = true;
            if ("problem" in r) fileProblem(file, r.problem.code, r.problem.message, r.problem.index, r.problem.line, r.problem.column);
            else {
              readAnything = true;
              summary.postings++;
              emit({ file, ...r });
            }
            sink.tick();
            const full = sink.ready();
            if (full) await full;
            if (sink.closed) break files;
          }
        }
        if (!any) fileProblem(file, "input/empty-file", fr ? "Aucune offre dans ce fichier (lignes vides)." : "No posting in this file (blank lines).");
        continue;
      }
      for await (const batch of readRecordBatches(path, settings.locale, io.stdin)) {
        for (const record of batch) {
          if (record.kind === "problem") fileProblem(file, record.code, record.message, record.index, record.line, record.column);
          else {
            readAnything = true;
            summary.postings++;
            emit({ file, ...validateRecord(record, options) });
          }
          sink.tick();
          // Awaited only when the output is full: no asynchronous step per posting otherwise.
          const full = sink.ready();
          if (full) await full;
          if (sink.closed) break files;
        }
      }
    }
  }
  if (!sink.closed) await reporter.end(summary);
  const failure = await sink.finish();
  if (failure) {
    io.err(`ess-jobs: --output: ${failure.message}\n`);
    return 2;
  }
  return outcome();
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
  // convert has its own options and help. Its modules (the converters, about a quarter of the CLI's) are
  // loaded only when it runs: `validate`, run in CI on a few files, does not pay for loading them.
  if (command === "convert") return (await import("./convertCommand.js")).convertCommand(rest, io);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(HELP + "\n");
    return 0;
  }
  try {
    if (command === "validate") {
      const settings = validateSettings(rest, io.cwd ?? process.cwd(), io.isTty ?? false, io.env ?? process.env);
      if (settings.paths.length === 0) throw new UsageError(settings.locale === "fr" ? "indiquez au moins un fichier, un dossier, un motif ou -." : "give at least one file, folder, pattern or -.", settings.locale);
      return await validateCommand(settings, io, version);
    }
    if (command === "schema") {
      const draft = rest[0] === "--draft" ? rest[1] : rest[0]?.startsWith("--draft=") ? rest[0].slice(8) : rest.length === 0 ? "2020-12" : undefined;
      if (draft !== "2020-12" && draft !== "07") throw new UsageError("usage: ess-jobs schema [--draft 2020-12|07]");
      io.out(readFileSync(packageFile(draft === "07" ? "schemas/draft-07/job-posting.schema.json" : "schemas/job-posting.schema.json"), "utf8"));
      return 0;
    }
    if (command === "rules") return rulesCommand(rest, io);
    throw new UsageError(`unknown command '${command}'.`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ess-jobs: ${error.message}\n${error.locale === "fr" ? "Voir « ess-jobs --help »." : "Try 'ess-jobs --help'."}\n`);
      return 2;
    }
    io.err(`ess-jobs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** `ess-jobs rules [--locale fr|en]`: each rule, its default severity, title, documentation page and sources. */
function rulesCommand(args: readonly string[], io: CliIo): 0 {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { locale: { type: "string" } }, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`rules: ${error instanceof Error ? error.message : String(error)}`);
  }
  const locale = values.locale ?? "fr";
  if (locale !== "fr" && locale !== "en") throw new UsageError(`--locale must be fr or en, not '${locale}'.`);
  const fr = locale === "fr";
  const width = Math.max(...RULES.map((r) => r.code.length));
  let out = "";
  for (const r of RULES) {
    out += `${r.code.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title[locale]}\n`;
    out += `    ${fr ? "doc :" : "docs:"} ${docsUrl(r.code)}\n`;
    for (const s of r.sources) out += `    ${fr ? "source :" : "source:"} ${s.label}${s.url ? ` <${s.url}>` : ""}\n`;
  }
  io.out(out);
  return 0;
}
