import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { IsoDateSchema } from "../dates/IsoDateSchema.js";
import { RULES } from "../rules/index.js";
import { closestMatch } from "../text/closestMatch.js";
import { jsonError } from "./jsonError.js";
import type { Locale } from "../validate/Diagnostic.js";
import type { RuleSetting } from "../validate/lintJobPosting.js";

/** Report formats of `ess-jobs validate`. */
export const FORMATS = ["pretty", "json", "github", "junit", "sarif"] as const;
/** A report format. */
export type ReportFormat = (typeof FORMATS)[number];

/** Everything `ess-jobs validate` needs to run, from the config file and the command line. */
export interface ValidateSettings {
  paths: string[];
  locale: Locale;
  /** Check the structure only (`--structure-only`, or the deprecated `--no-rules`; `structureOnly` in the config). */
  structureOnly: boolean;
  date?: string;
  /** Per-rule severities by code (`--rule`, `rules` in the config), as `validateJobPosting` takes them. */
  rules: Record<string, RuleSetting>;
  maxWarnings: number;
  quiet: boolean;
  format: ReportFormat;
  output?: string;
  color: boolean;
  /** Worker threads for large NDJSON files; 1 (the default) validates in the main thread only. */
  jobs: number;
  /** Paths left out of folders and globs (gitignore syntax, relative to the working folder). */
  ignore: string[];
  /** Globs of files that count as postings in a folder without declaring `$schema`. */
  files: string[];
  /** Named files that are not postings (by the folder rule) are skipped. */
  onlyPostings: boolean;
}

/** A usage error: bad option, bad config. Exit code 2. Its message is in `locale`. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly locale: Locale = "en",
  ) {
    super(message);
  }
}

/** A message in both languages, picked by locale. */
const say = (locale: Locale, fr: string, en: string): string => (locale === "fr" ? fr : en);
/** " (vous vouliez dire « x » ?)" / " (did you mean 'x'?)", or nothing. */
const suggestion = (locale: Locale, word: string, candidates: Iterable<string>): string => {
  const best = closestMatch(word, candidates);
  return best === undefined ? "" : say(locale, ` (vouliez-vous dire « ${best} » ?)`, ` (did you mean '${best}'?)`);
};

const SETTINGS = ["off", "info", "warning", "error"];
/** ESLint's spellings of a severity: `warn`, and 0, 1, 2 (off, warning, error). */
const SEVERITY_ALIASES: Record<string, RuleSetting> = { warn: "warning", "0": "off", "1": "warning", "2": "error" };

/** The keys a config file may hold (`ess-jobs.config.json` or `"ess-jobs"` in package.json). */
interface ConfigFile {
  locale?: unknown;
  date?: unknown;
  rules?: unknown;
  structureOnly?: unknown;
  maxWarnings?: unknown;
  quiet?: unknown;
  format?: unknown;
  ignore?: unknown;
  files?: unknown;
}
const CONFIG_KEYS = ["locale", "date", "rules", "structureOnly", "maxWarnings", "quiet", "format", "ignore", "files"] as const satisfies readonly (keyof ConfigFile)[];

/** Checks a parsed config: an object whose keys are all known. */
function checkConfig(config: unknown, where: string, locale: Locale): ConfigFile {
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new UsageError(say(locale, `${where} : un objet est attendu.`, `${where}: an object is expected.`), locale);
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      const known = CONFIG_KEYS.join(", ");
      throw new UsageError(say(locale, `${where} : clé inconnue « ${key} »${suggestion(locale, key, CONFIG_KEYS)} ; clés connues : ${known}.`, `${where}: unknown key '${key}'${suggestion(locale, key, CONFIG_KEYS)}; known keys: ${known}.`), locale);
    }
  }
  return config as ConfigFile;
}

/**
 * Reads the config from `ess-jobs.config.json`, else from the `"ess-jobs"` key of package.json, in `cwd`.
 * A file that is not JSON, or holds an unknown key, is a {@link UsageError} in `locale`, with the line
 * and column of the first syntax error.
 */
export function readConfig(cwd: string, locale: Locale = "en"): { config: ConfigFile; source?: string } {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(join(cwd, name), "utf8");
    } catch {
      return undefined;
    }
  };
  const parse = (text: string, name: string): unknown => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      throw new UsageError(`${name}: ${jsonError(text.replace(/^\uFEFF/, ""), locale).message}`, locale);
    }
  };
  const text = read("ess-jobs.config.json");
  if (text !== undefined) return { config: checkConfig(parse(text, "ess-jobs.config.json"), "ess-jobs.config.json", locale), source: "ess-jobs.config.json" };
  const pkgText = read("package.json");
  if (pkgText === undefined) return { config: {} };
  let pkg: unknown;
  try {
    pkg = JSON.parse(pkgText.replace(/^\uFEFF/, ""));
  } catch {
    // A broken package.json is npm's business, unless it holds our key.
    if (!pkgText.includes('"ess-jobs"')) return { config: {} };
    pkg = parse(pkgText, "package.json");
  }
  const config = typeof pkg === "object" && pkg !== null ? (pkg as Record<string, unknown>)["ess-jobs"] : undefined;
  if (config === undefined) return { config: {} };
  return { config: checkConfig(config, 'package.json "ess-jobs"', locale), source: 'package.json "ess-jobs"' };
}

function checkRuleSetting(code: string, setting: unknown, where: string, locale: Locale): RuleSetting {
  if (!RULES.some((r) => r.code === code)) {
    const hint = suggestion(locale, code, RULES.map((r) => r.code));
    throw new UsageError(say(locale, `${where} : règle inconnue « ${code} »${hint}. Voir « ess-jobs rules ».`, `${where}: unknown rule '${code}'${hint}. See 'ess-jobs rules'.`), locale);
  }
  const key = typeof setting === "number" ? String(setting) : setting;
  if (typeof key === "string" && SETTINGS.includes(key)) return key as RuleSetting;
  if (typeof key === "string" && key in SEVERITY_ALIASES) return SEVERITY_ALIASES[key]!;
  throw new UsageError(say(locale, `${where} : « ${code} » doit valoir off, info, warning ou error (ou warn, 0, 1, 2 comme ESLint).`, `${where}: '${code}' must be off, info, warning or error (or warn, 0, 1, 2 as in ESLint).`), locale);
}

function checkDate(date: unknown, where: string, locale: Locale): string {
  if (typeof date !== "string" || !IsoDateSchema.safeParse(date).success) throw new UsageError(say(locale, `${where} : la date doit s'écrire AAAA-MM-JJ et exister.`, `${where}: the date must be YYYY-MM-DD and exist.`), locale);
  return date;
}

/** A non-negative whole number written in decimal digits (not "", "0x10", "1e3", " 5"), or a JSON integer ≥ 0. */
function checkCount(raw: unknown, where: string, locale: Locale, fromConfig: boolean): number {
  const n = typeof raw === "number" ? raw : !fromConfig && typeof raw === "string" && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(say(locale, `${where} attend un nombre entier positif ou nul écrit en chiffres, pas ${JSON.stringify(raw)}.`, `${where} expects a non-negative whole number in digits, not ${JSON.stringify(raw)}.`), locale);
  return n;
}

const OPTIONS = {
  locale: { type: "string" },
  "structure-only": { type: "boolean" },
  /** Deprecated: `--no-rules` is `--structure-only` (and `--rules`, `--no-structure-only`). */
  rules: { type: "boolean" },
  date: { type: "string" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  color: { type: "boolean" },
  jobs: { type: "string" },
  ignore: { type: "string", multiple: true },
  "only-postings": { type: "boolean" },
} as const;

/** A list of glob patterns from the config. */
function checkGlobs(value: unknown, where: string, locale: Locale): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === "string" && v.length > 0 && v.length <= 1000)) throw new UsageError(say(locale, `${where} : une liste de motifs (chaînes) est attendue.`, `${where}: a list of patterns (strings) is expected.`), locale);
  return value;
}

/** The locale asked for on the command line, if any (to word the errors found before the rest is read). */
function localeInArgs(args: readonly string[]): Locale | undefined {
  for (let i = 0; i < args.length && args[i] !== "--"; i++) {
    const value = args[i] === "--locale" ? args[i + 1] : args[i]!.startsWith("--locale=") ? args[i]!.slice(9) : undefined;
    if (value === "fr" || value === "en") return value;
  }
  return undefined;
}

/** Refuses an unknown `--flag`, with the closest known one. */
function checkFlags(args: readonly string[], locale: Locale): void {
  const names = Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === "boolean" ? [name, `no-${name}`] : [name]));
  for (const arg of args) {
    if (arg === "--") return;
    if (!arg.startsWith("--")) continue;
    const name = arg.slice(2).split("=")[0]!;
    if (names.includes(name) || name === "help") continue;
    const flag = `--${name}`;
    const hint = suggestion(locale, name, names).replace(/(« |')([a-z])/, "$1--$2");
    throw new UsageError(say(locale, `option inconnue ${flag}${hint}.`, `unknown option ${flag}${hint}.`), locale);
  }
}

/**
 * Merges the config file and the command line (the command line wins) into settings.
 * Throws {@link UsageError} on anything invalid.
 */
export function validateSettings(args: readonly string[], cwd: string, isTty: boolean, env: NodeJS.ProcessEnv): ValidateSettings {
  const cliLocale = localeInArgs(args);
  checkFlags(args, cliLocale ?? "fr");
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, allowNegative: true, options: OPTIONS });
  } catch (error) {
    // Node's message is English and quotes oddly: say which option lacks or has a wrong value.
    const l = cliLocale ?? "fr";
    const option = /'(?:-[a-z], )?(-[-a-z]+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    throw new UsageError(say(l, `l'option ${option} attend une valeur.`, `option ${option} expects a value.`), l);
  }
  const { values, positionals } = parsed;
  const { config, source } = readConfig(cwd, cliLocale ?? "fr");
  const where = source ?? "config";
  const locale = values.locale ?? config.locale ?? "fr";
  if (locale !== "fr" && locale !== "en") throw new UsageError(`--locale : fr ou en, pas « ${String(locale)} » / --locale must be fr or en, not '${String(locale)}'.`, "fr");
  const format = values.format ?? config.format ?? "pretty";
  if (typeof format !== "string" || !(FORMATS as readonly string[]).includes(format)) {
    const hint = suggestion(locale, String(format), FORMATS);
    throw new UsageError(say(locale, `--format : l'un de ${FORMATS.join(", ")}, pas « ${String(format)} »${hint}.`, `--format must be one of ${FORMATS.join(", ")}, not '${String(format)}'${hint}.`), locale);
  }
  const rules: Record<string, RuleSetting> = {};
  if (config.rules !== undefined) {
    if (typeof config.rules !== "object" || config.rules === null || Array.isArray(config.rules)) throw new UsageError(say(locale, `${where} : « rules » doit être un objet.`, `${where}: "rules" must be an object.`), locale);
    for (const [code, setting] of Object.entries(config.rules)) rules[code] = checkRuleSetting(code, setting, where, locale);
  }
  for (const r of values.rule ?? []) {
    const eq = r.lastIndexOf("=");
    if (eq < 1) throw new UsageError(say(locale, `--rule attend <code>=off|info|warning|error, pas « ${r} ».`, `--rule expects <code>=off|info|warning|error, not '${r}'.`), locale);
    rules[r.slice(0, eq)] = checkRuleSetting(r.slice(0, eq), r.slice(eq + 1), "--rule", locale);
  }
  const maxWarningsRaw = values["max-warnings"] ?? config.maxWarnings;
  const fromConfig = values["max-warnings"] === undefined;
  const maxWarnings = maxWarningsRaw === undefined ? Infinity : checkCount(maxWarningsRaw, fromConfig ? `${where} maxWarnings` : "--max-warnings", locale, fromConfig);
  const date = values.date !== undefined ? checkDate(values.date, "--date", locale) : config.date !== undefined ? checkDate(config.date, where, locale) : undefined;
  if (config.structureOnly !== undefined && typeof config.structureOnly !== "boolean") throw new UsageError(say(locale, `${where} : « structureOnly » doit valoir true ou false.`, `${where}: "structureOnly" must be true or false.`), locale);
  // --structure-only, else the deprecated --no-rules / --rules, else the config.
  const structureOnly = values["structure-only"] ?? (values.rules === undefined ? undefined : !values.rules) ?? config.structureOnly === true;
  // One thread unless asked: workers use more CPU time and memory in all, and help only on idle cores.
  let jobs = 1;
  if (values.jobs !== undefined) {
    jobs = values.jobs === "auto" ? Math.min(4, availableParallelism()) : Number(values.jobs);
    if (!/^(auto|[0-9]+)$/.test(values.jobs) || !Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(say(locale, "--jobs attend auto ou un nombre entier de 1 à 64.", "--jobs expects auto or a whole number from 1 to 64."), locale);
  }
  const forced = env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0";
  const color = values.color ?? (env["NO_COLOR"] ? false : forced || (isTty && !values.output));
  return {
    paths: positionals,
    locale,
    structureOnly,
    ...(date ? { date } : {}),
    rules,
    maxWarnings,
    quiet: values.quiet ?? config.quiet === true,
    format: format as ReportFormat,
    ...(values.output ? { output: values.output } : {}),
    color,
    jobs,
    ignore: [...checkGlobs(config.ignore, `${where} ignore`, locale), ...(values.ignore ?? [])],
    files: checkGlobs(config.files, `${where} files`, locale),
    onlyPostings: values["only-postings"] ?? false,
  };
}
