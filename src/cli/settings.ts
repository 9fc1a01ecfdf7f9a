import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { IsoDateSchema } from "../dates/IsoDateSchema.js";
import { RULES } from "../rules/index.js";
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
  rules: boolean;
  date?: string;
  ruleSeverities: Record<string, RuleSetting>;
  maxWarnings: number;
  quiet: boolean;
  format: ReportFormat;
  output?: string;
  color: boolean;
  /** Worker threads for large NDJSON files; 1 (the default) validates in the main thread only. */
  jobs: number;
}

/** A usage error: bad option, bad config. Exit code 2. */
export class UsageError extends Error {}

const SETTINGS = ["off", "info", "warning", "error"];

/** The keys a config file may hold (`ess-jobs.config.json` or `"ess-jobs"` in package.json). */
interface ConfigFile {
  locale?: unknown;
  date?: unknown;
  rules?: unknown;
  structureOnly?: unknown;
  maxWarnings?: unknown;
  quiet?: unknown;
  format?: unknown;
}

/** Reads the config from `ess-jobs.config.json`, else from the `"ess-jobs"` key of package.json, in `cwd`. */
export function readConfig(cwd: string): { config: ConfigFile; source?: string } {
  const file = join(cwd, "ess-jobs.config.json");
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    let config: unknown;
    try {
      config = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`ess-jobs.config.json: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new UsageError("ess-jobs.config.json: an object is expected.");
    return { config: config as ConfigFile, source: "ess-jobs.config.json" };
  }
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as Record<string, unknown>;
    const config = pkg["ess-jobs"];
    if (config === undefined) return { config: {} };
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new UsageError('package.json: "ess-jobs" must be an object.');
    return { config: config as ConfigFile, source: 'package.json "ess-jobs"' };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return { config: {} };
  }
}

function checkRuleSetting(code: string, setting: unknown, where: string): RuleSetting {
  if (!RULES.some((r) => r.code === code)) throw new UsageError(`${where}: unknown rule '${code}'. See 'ess-jobs rules'.`);
  if (typeof setting !== "string" || !SETTINGS.includes(setting)) throw new UsageError(`${where}: '${code}' must be off, info, warning or error.`);
  return setting as RuleSetting;
}

function checkDate(date: unknown, where: string): string {
  if (typeof date !== "string" || !IsoDateSchema.safeParse(date).success) throw new UsageError(`${where}: the date must be YYYY-MM-DD and exist.`);
  return date;
}

/**
 * Merges the config file and the command line (the command line wins) into settings.
 * Throws {@link UsageError} on anything invalid.
 */
export function validateSettings(args: readonly string[], cwd: string, isTty: boolean, env: NodeJS.ProcessEnv): ValidateSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      allowNegative: true,
      options: {
        locale: { type: "string" },
        rules: { type: "boolean" },
        date: { type: "string" },
        rule: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        color: { type: "boolean" },
        jobs: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const { config, source } = readConfig(cwd);
  const where = source ?? "config";
  const locale = values.locale ?? config.locale ?? "fr";
  if (locale !== "fr" && locale !== "en") throw new UsageError(`--locale must be fr or en, not '${String(locale)}'.`);
  const format = values.format ?? config.format ?? "pretty";
  if (typeof format !== "string" || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}.`);
  const ruleSeverities: Record<string, RuleSetting> = {};
  if (config.rules !== undefined) {
    if (typeof config.rules !== "object" || config.rules === null || Array.isArray(config.rules)) throw new UsageError(`${where}: "rules" must be an object.`);
    for (const [code, setting] of Object.entries(config.rules)) ruleSeverities[code] = checkRuleSetting(code, setting, where);
  }
  for (const r of values.rule ?? []) {
    const eq = r.lastIndexOf("=");
    if (eq < 1) throw new UsageError(`--rule expects <code>=off|info|warning|error, not '${r}'.`);
    ruleSeverities[r.slice(0, eq)] = checkRuleSetting(r.slice(0, eq), r.slice(eq + 1), "--rule");
  }
  const maxWarningsRaw = values["max-warnings"] ?? config.maxWarnings;
  let maxWarnings = Infinity;
  if (maxWarningsRaw !== undefined) {
    const n = typeof maxWarningsRaw === "number" ? maxWarningsRaw : Number(maxWarningsRaw);
    if (!Number.isInteger(n) || n < 0) throw new UsageError("--max-warnings expects a whole number, 0 or more.");
    maxWarnings = n;
  }
  const date = values.date !== undefined ? checkDate(values.date, "--date") : config.date !== undefined ? checkDate(config.date, where) : undefined;
  const structureOnly = config.structureOnly === true;
  // One thread unless asked: workers use more CPU time and memory in all, and help only on idle cores.
  let jobs = 1;
  if (values.jobs !== undefined) {
    jobs = values.jobs === "auto" ? Math.min(4, availableParallelism()) : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError("--jobs expects auto or a whole number from 1 to 64.");
  }
  const forced = env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0";
  const color = values.color ?? (env["NO_COLOR"] ? false : forced || (isTty && !values.output));
  return {
    paths: positionals,
    locale,
    rules: values.rules ?? !structureOnly,
    ...(date ? { date } : {}),
    ruleSeverities,
    maxWarnings,
    quiet: values.quiet ?? config.quiet === true,
    format: format as ReportFormat,
    ...(values.output ? { output: values.output } : {}),
    color,
    jobs,
  };
}
