// An esbuild plugin for bench/bundle-size.ts --provenance: in the package's modules whose path matches,
// the value of every object property with one of the given names (`sources`, `note`…) becomes
// `void 0`. The bundles it gives are NOT shippable (the public lookups return these sources, and some
// messages quote a note): they measure how much of a bundle a kind of text weighs, to size what a
// change of representation could save at most.
import { readFileSync } from "node:fs";
import { parse, type Node } from "acorn";
import type { Plugin } from "esbuild";

interface Property extends Node {
  type: "Property";
  computed: boolean;
  key: Node & { name?: string; value?: unknown };
  value: Node;
}

/** Every object property of a module's syntax tree, in source order. */
function properties(node: unknown, found: Property[] = []): Property[] {
  if (Array.isArray(node)) for (const child of node) properties(child, found);
  else if (node && typeof node === "object" && typeof (node as Node).type === "string") {
    if ((node as Node).type === "Property") found.push(node as Property);
    for (const [key, child] of Object.entries(node)) if (key !== "loc") properties(child, found);
  }
  return found;
}

/** Property names whose values are blanked, in the package's ESM modules (dist/esm/…) whose path matches. */
export interface Blanking {
  names: readonly string[];
  paths: RegExp;
}

/** The plugin: every blanking applies (one esbuild plugin, as only the first onLoad that answers is used). */
export function blankProperties(blankings: readonly Blanking[]): Plugin {
  return {
    name: "blank-properties",
    setup(build) {
      build.onLoad({ filter: /ess-jobs\/dist\/esm\/.*\.js$/ }, ({ path }) => {
        const code = readFileSync(path, "utf8");
        const module = path.replace(/.*\/dist\/esm\//, "");
        const names = new Set(blankings.filter((b) => b.paths.test(module)).flatMap((b) => b.names));
        if (names.size === 0) return { contents: code, loader: "js" };
        const blanked = properties(parse(code, { ecmaVersion: "latest", sourceType: "module" }))
          .filter((p) => !p.computed && names.has(String(p.key.name ?? p.key.value)))
          // Outermost first; a property inside a blanked value is dropped with it.
          .filter((p, i, all) => !all.slice(0, i).some((q) => q.value.start <= p.start && p.end <= q.value.end));
        let contents = "";
        let at = 0;
        for (const p of blanked) {
          // A shorthand property ({ sources }) keeps its key: `sources: void 0`.
          contents += code.slice(at, p.value.start) + (p.key.start === p.value.start ? `${code.slice(p.key.start, p.key.end)}: void 0` : "void 0");
          at = p.value.end;
        }
        return { contents: contents + code.slice(at), loader: "js" };
      });
    },
  };
}
