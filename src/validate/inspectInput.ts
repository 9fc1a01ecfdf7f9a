import type { DiagnosticPath } from "./Diagnostic.js";

/** Limits on the raw input, checked before the schema runs. */
export interface InputLimits {
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
  /** Most objects, arrays and values visited. */
  maxNodes: number;
}

/** Default limits: far above any real posting, far below what could exhaust the stack or memory. */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 48, maxNodes: 200_000 };

/** What is wrong with the raw input, if anything. @internal */
export type InputProblem =
  | { code: "input/too-deep"; path: DiagnosticPath; limit: number }
  | { code: "input/too-large"; path: DiagnosticPath; limit: number }
  | { code: "input/cycle"; path: DiagnosticPath }
  | { code: "input/unreadable"; path: DiagnosticPath };

/**
 * Walks the input without recursion and reports the first problem that would make validation
 * unsafe: nesting deeper than the limit, too many nodes, a cycle, or a property whose reading throws
 * (a hostile getter or proxy). JSON-parsed input can only hit the first two. A cycle is told apart
 * from deep nesting when the depth limit is reached.
 * @internal
 */
export function inspectInput(input: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): InputProblem | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  // The stack holds the open containers; paths are rebuilt from it only when a problem is reported.
  const values: object[] = [input];
  const keyLists: (string[] | undefined)[] = [undefined];
  const positions: number[] = [0];
  const keysTaken: (string | number)[] = [];
  const pathTo = (last?: string | number): DiagnosticPath => (last === undefined ? [...keysTaken] : [...keysTaken, last]);
  let nodes = 1;
  while (values.length > 0) {
    const top = values.length - 1;
    const value = values[top]!;
    const isArray = Array.isArray(value);
    let keys = keyLists[top];
    if (!isArray && keys === undefined) {
      try {
        keys = Object.keys(value);
      } catch {
        return { code: "input/unreadable", path: pathTo() };
      }
      keyLists[top] = keys;
    }
    const length = isArray ? value.length : keys!.length;
    const i = positions[top]!;
    if (i >= length) {
      values.pop();
      keyLists.pop();
      positions.pop();
      keysTaken.pop();
      continue;
    }
    positions[top] = i + 1;
    const key: string | number = isArray ? i : keys![i]!;
    let child: unknown;
    try {
      child = (value as Record<string | number, unknown>)[key];
    } catch {
      return { code: "input/unreadable", path: pathTo(key) };
    }
    if (++nodes > limits.maxNodes) return { code: "input/too-large", path: [], limit: limits.maxNodes };
    if (typeof child !== "object" || child === null) continue;
    if (values.length >= limits.maxDepth) {
      // A cycle always ends here (it nests without end), so cycles cost nothing until the limit is hit:
      // then find the first container that repeats on the path.
      const chain = [...values, child];
      for (let k = 1; k < chain.length; k++) {
        if (chain.indexOf(chain[k]!) < k) return { code: "input/cycle", path: [...keysTaken, key].slice(0, k) };
      }
      return { code: "input/too-deep", path: pathTo(key), limit: limits.maxDepth };
    }
    values.push(child);
    keyLists.push(undefined);
    positions.push(0);
    keysTaken.push(key);
  }
  return undefined;
}
