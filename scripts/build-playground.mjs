// Builds the playground (docs/playground/): bundles playground.ts, which imports the library's own
// source (its public API, plus the CLI's JSON syntax helpers), into docs/playground/dist/playground.js
// (minified, one classic script, so that the page works offline from a static file server or from
// file://, with no request beyond its own files). The examples of examples/*.json are embedded at build
// time. Usage: node scripts/build-playground.mjs
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const playground = join(root, "docs", "playground");

/** The examples, labelled by organisation and title, in file-name order. */
function examples() {
  const dir = join(root, "examples");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const posting = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const organisation = posting?.organisation?.shortName ?? posting?.organisation?.name ?? "";
      return { id: file.replace(/\.json$/, ""), label: `${organisation} : ${posting?.title ?? file}`, posting };
    });
}

/** The virtual module `playground:examples`. */
const virtualModules = {
  name: "playground-virtual-modules",
  setup(b) {
    b.onResolve({ filter: /^playground:/ }, (args) => ({ path: args.path, namespace: "playground" }));
    b.onLoad({ filter: /.*/, namespace: "playground" }, (args) => {
      if (args.path === "playground:examples") return { contents: `export const EXAMPLES = ${JSON.stringify(examples())};`, loader: "js" };
      return undefined;
    });
  },
};

export async function buildPlayground({ quiet = false } = {}) {
  const result = await build({
    entryPoints: [join(playground, "playground.ts")],
    outfile: join(playground, "dist", "playground.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    metafile: true,
    logLevel: quiet ? "error" : "info",
    plugins: [virtualModules],
    write: false,
  });
  // Each file written whole, then renamed into place: a page opened while another build runs (two test
  // files in parallel) never reads half a script.
  mkdirSync(join(playground, "dist"), { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.tmp`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await buildPlayground();
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`docs/playground/dist/playground.js: ${(bytes / 1024).toFixed(0)} KiB`);
}
