// Paths into the edited posting (["contracts", 0, "type"]): reading, writing without leaving empty
// objects behind, and the ids of the form's fields.
import { toJsonPointer } from "../../src/index.js";

export type Path = (string | number)[];

export const pointer = (path: Path): string => toJsonPointer(path);

/** The id of the form control (or group) of a path: `f-contracts-0-type`. */
export function fieldId(path: Path): string {
  return "f" + path.map((segment) => "-" + String(segment).replace(/[^A-Za-z0-9_]/g, "_")).join("");
}

const isContainer = (v: unknown): v is Record<string | number, unknown> => typeof v === "object" && v !== null;

/** The value at a path, or `undefined`. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (the objects on the way created); `undefined` removes the key,
 * and an object left empty by the removal is removed from its parent object in turn (never from an
 * array, whose items keep their places).
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value ?? {};
  const copy = (isContainer(root) ? structuredClone(root) : {}) as Record<string | number, unknown>;
  const chain: Record<string | number, unknown>[] = [copy];
  let node = copy;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (!isContainer(next)) node[segment] = {};
    node = node[segment] as Record<string | number, unknown>;
    chain.push(node);
  }
  const last = path[path.length - 1]!;
  if (value !== undefined) node[last] = value;
  else if (Array.isArray(node)) node[last as number] = "";
  else delete node[last];
  // Prune the objects the removal left empty, from the deepest up.
  for (let i = chain.length - 1; i > 0; i--) {
    const child = chain[i]!;
    const parent = chain[i - 1]!;
    if (Array.isArray(parent) || Array.isArray(child) || Object.keys(child).length > 0) break;
    delete parent[path[i - 1]!];
  }
  return copy;
}
