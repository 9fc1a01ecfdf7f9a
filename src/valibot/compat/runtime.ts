import type * as v from "valibot";

// Internal helpers of the compat schemas (valibot schemas and actions with zod's semantics).

/**
 * The loosely typed view of valibot's internals the compat schemas work with: a dataset being
 * validated, the run configuration, and a schema or action's `~run`.
 * @internal
 */
export interface Dataset {
  typed?: boolean;
  value: unknown;
  issues?: v.BaseIssue<unknown>[] | undefined;
}

/** @internal */
export type RunConfig = v.Config<v.BaseIssue<unknown>>;

/** @internal */
export type Runnable = { readonly kind: string; readonly type: string; "~run"(dataset: Dataset, config: RunConfig): Dataset };

/** A string's length in Unicode code points, as zod counts it. @internal */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Whether a value is an object that zod's `z.object` accepts: not null, not an array. @internal */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Runs a child schema on `value` and moves its issues into `dataset`, each prefixed with the path item.
 * @returns The child's dataset.
 * @internal
 */
export function runChild(
  schema: Runnable,
  value: unknown,
  dataset: Dataset,
  config: RunConfig,
  pathItem: v.ObjectPathItem | v.ArrayPathItem,
): Dataset {
  const child = schema["~run"]({ value }, config);
  if (child.issues) {
    for (const issue of child.issues) {
      const path = (issue as { path?: unknown[] }).path;
      if (path) path.unshift(pathItem);
      else (issue as { path?: unknown[] }).path = [pathItem];
      (dataset.issues ??= []).push(issue);
    }
  }
  if (!child.typed) dataset.typed = false;
  return child;
}
