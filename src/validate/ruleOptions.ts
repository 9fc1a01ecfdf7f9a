import { isRecord } from "./isRecord.js";
import type { RuleSetting } from "./lintJobPosting.js";

/**
 * Reads the rule options of `validateJobPosting` in their current names, mapping the deprecated ones:
 * `rules: false` is `structureOnly: true` (`rules: true` is the default), and `ruleSeverities` is
 * `rules` (for a code both name, `rules` wins). `structureOnly` counts only when it is `true`, and
 * anything but an object of severities in `rules`/`ruleSeverities` counts as none.
 *
 * @param opts - The options as read by `readOptions`.
 * @returns Whether to skip the rules, and the per-rule severities to pass to them.
 * @example
 * ```ts
 * ruleOptions({ rules: false }); // { structureOnly: true, rules: undefined }
 * ruleOptions({ ruleSeverities: { "pay/not-disclosed": "off" } }); // { structureOnly: false, rules: { "pay/not-disclosed": "off" } }
 * ```
 * @internal
 */
export function ruleOptions(opts: { structureOnly?: unknown; rules?: unknown; ruleSeverities?: unknown }): {
  structureOnly: boolean;
  rules: Readonly<Record<string, RuleSetting>> | undefined;
} {
  const structureOnly = opts.structureOnly === true || opts.rules === false;
  const legacy = isRecord(opts.ruleSeverities) ? opts.ruleSeverities : undefined;
  const current = isRecord(opts.rules) ? opts.rules : undefined;
  const rules = legacy && current ? { ...copy(legacy), ...copy(current) } : (current ?? legacy);
  return { structureOnly, rules: rules as Readonly<Record<string, RuleSetting>> | undefined };
}

/** The own enumerable entries of a record, without throwing (a hostile proxy gives `{}`). */
function copy(record: Record<string, unknown>): Record<string, unknown> {
  try {
    return { ...record };
  } catch {
    return {};
  }
}
