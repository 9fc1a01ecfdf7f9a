import { parseArgs } from "node:util";
import { toJsonPointer, type Locale } from "../validate/Diagnostic.js";
import { validateJobPosting } from "../validate/validateJobPosting.js";
import { collectFiles } from "./collectFiles.js";
import { readPostings } from "./readPostings.js";


/** What a CLI run printed and its exit code. @internal */
export interface CliOutcome {
  exitCode: 0 | 1 | 2;
}

/** Where the CLI writes. @internal */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const HELP = `Usage: ess-jobs validate [options] <file or folder>...

Validates ESS job postings (.json files holding one posting or an array of postings).
Folders are searched recursively.

Options:
  --locale <fr|en>  language of the messages (default: fr)
  --no-rules        check the structure only
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 every posting is valid, 1 a posting is invalid, 2 usage or read error.`;

/**
 * Runs the command line with the given arguments. Never throws: errors become messages and exit code 2.
 * @internal
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): CliOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        locale: { type: "string" },
        rules: { type: "boolean", default: true },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    io.err(`ess-jobs: ${error instanceof Error ? error.message : String(error)}`);
    io.err("Try 'ess-jobs --help'.");
    return { exitCode: 2 };
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(version);
    return { exitCode: 0 };
  }
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(HELP);
    return { exitCode: values.help ? 0 : 2 };
  }
  const [command, ...paths] = positionals;
  if (command !== "validate") {
    io.err(`ess-jobs: unknown command '${command}'. Try 'ess-jobs --help'.`);
    return { exitCode: 2 };
  }
  if (values.locale !== undefined && values.locale !== "fr" && values.locale !== "en") {
    io.err(`ess-jobs: --locale must be fr or en, not '${values.locale}'.`);
    return { exitCode: 2 };
  }
  const locale: Locale = values.locale === "en" ? "en" : "fr";
  const fr = locale === "fr";
  if (paths.length === 0) {
    io.err(fr ? "ess-jobs: indiquez au moins un fichier ou un dossier." : "ess-jobs: give at least one file or folder.");
    return { exitCode: 2 };
  }
  let readError = false;
  let invalid = false;
  let postingCount = 0;
  let errorCount = 0;
  let warningCount = 0;
  for (const collected of collectFiles(paths)) {
    if (collected.error) {
      readError = true;
      const reason = {
        missing: fr ? "chemin introuvable" : "no such file or folder",
        unreadable: fr ? "chemin illisible" : "cannot read this path",
        "empty-folder": fr ? "aucun fichier .json dans ce dossier" : "no .json file in this folder",
      }[collected.error];
      io.out(`${collected.arg}\n  ${fr ? "erreur" : "error"}  ${reason}`);
      continue;
    }
    for (const file of collected.files) {
      io.out(file);
      const read = readPostings(file, locale);
      if (!read.ok) {
        readError = true;
        io.out(`  ${fr ? "erreur" : "error"}  ${read.code}  ${read.message}`);
        continue;
      }
      read.postings.forEach((posting, index) => {
        postingCount++;
        const result = validateJobPosting(posting, { locale, rules: values.rules !== false });
        const prefix = read.isArray ? `[${index}] ` : "";
        if (!result.valid) invalid = true;
        if (result.diagnostics.length === 0) {
          io.out(`  ${prefix}${fr ? "✓ valide" : "✓ valid"}`);
          return;
        }
        for (const d of result.diagnostics) {
          if (d.severity === "error") errorCount++;
          else if (d.severity === "warning") warningCount++;
          const severity = fr ? { error: "erreur", warning: "alerte", info: "info" }[d.severity] : d.severity;
          const pointer = toJsonPointer(read.isArray ? [index, ...d.path] : d.path) || "/";
          io.out(`  ${severity}  ${pointer}  ${d.code}  ${d.message}`);
        }
      });
    }
  }
  io.out(
    fr
      ? `\n${postingCount} offre(s) vérifiée(s) : ${errorCount} erreur(s), ${warningCount} alerte(s).`
      : `\n${postingCount} posting(s) checked: ${errorCount} error(s), ${warningCount} warning(s).`,
  );
  return { exitCode: readError ? 2 : invalid ? 1 : 0 };
}
