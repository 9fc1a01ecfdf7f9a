import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

/** The package's entry points (package.json `exports`), by output name. */
const entry = {
  index: "src/index.ts",
  valibot: "src/valibot/index.ts",
  parameters: "src/entries/parameters.ts",
  rules: "src/entries/rules.ts",
};

// The published package stays small (issue 18: under 2 MB unpacked) by shipping each thing once:
// - one ESM module per source module, the CLI included (bin/ess-jobs.mjs runs dist/esm/cli/main.js): no
//   bundled copy of the library for the CLI;
// - one CommonJS build of the four entries whose shared code sits in chunks (dist/chunk-*.cjs), not four
//   self-contained bundles;
// - one set of declarations, dist/*.d.cts; each ESM entry's dist/<entry>.d.ts re-exports its .d.cts
//   (scripts/esm-declarations.mjs, run after tsup by `npm run build`);
// - no source maps, minified JavaScript (bundlers minify anyway; the TSDoc is in the declarations).
export default defineConfig([
  // ESM: one output file per source module (dist/esm/…), so that a bundler keeps only the modules an
  // app reaches (package.json `sideEffects: false`): `smicAt` alone does not bring zod or the schema.
  {
    entry: ["src/**/*.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    minify: true,
    clean: true,
    target: "node20",
    // The CLI's version (src/cli/main.ts); no other module reads it.
    define: { __VERSION__: JSON.stringify(version) },
  },
  // CommonJS: the four entries in one build, shared code in chunks, with the declarations (.d.cts).
  {
    entry,
    external: ["zod", "valibot"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    minify: true,
    // Removes what an earlier build left next to dist/esm (which the ESM build cleans itself).
    clean: ["*.cjs", "*.d.cts", "*.d.ts", "*.js"],
    target: "node20",
    treeshake: true,
    splitting: true,
  },
]);
