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
 * (a hostile getter or proxy). JSON-parsed input can only hit the first two.
 * @internal
 */
export function inspectInput(input: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): InputProblem | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  type Frame = { value: object; path: DiagnosticPath; keys: string[] | undefined; i: number };
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: input, path: [], keys: undefined, i: 0 }];
  onPath.add(input);
  let nodes = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.keys === undefined) {
      try {
        frame.keys = Array.isArray(frame.value) ? [] : Object.keys(frame.value);
      } catch {
        return { code: "input/unreadable", path: frame.path };
      }
    }
    const isArray = Array.isArray(frame.value);
    const length = isArray ? (frame.value as unknown[]).length : frame.keys.length;
    if (frame.i >= length) {
      onPath.delete(frame.value);
      stack.pop();
      continue;
    }
    const key: string | number = isArray ? frame.i : frame.keys[frame.i]!;
    frame.i++;
    let child: unknown;
    try {
      child = (frame.value as Record<string | number, unknown>)[key];
    } catch {
      return { code: "input/unreadable", path: [...frame.path, key] };
    }
    nodes++;
    if (nodes > limits.maxNodes) return { code: "input/too-large", path: [], limit: limits.maxNodes };
    if (typeof child !== "object" || child === null) continue;
    const childPath = [...frame.path, key];
    if (onPath.has(child)) return { code: "input/cycle", path: childPath };
    if (stack.length >= limits.maxDepth) return { code: "input/too-deep", path: childPath, limit: limits.maxDepth };
    onPath.add(child);
    stack.push({ value: child, path: childPath, keys: undefined, i: 0 });
  }
  return undefined;
}
