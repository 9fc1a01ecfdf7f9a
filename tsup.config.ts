import { readFileSync, rmSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

/** The package's entry points (package.json `exports`), by output name. */
const entry = {
  index: "src/index.ts",
  valibot: "src/valibot/index.ts",
  parameters: "src/entries/parameters.ts",
  rules: "src/entries/rules.ts",
  pay: "src/entries/pay.ts",
  interop: "src/entries/interop.ts",
};

// The published package stays small (issue 18: under 2 MB unpacked) by shipping each thing once:
// - one ESM module per source module, the CLI included (bin/ess-jobs.mjs runs dist/esm/cli/main.js): no
//   bundled copy of the library for the CLI;
// - one CommonJS build of the six entries whose shared code sits in chunks (dist/chunk-*.cjs), not six
//   self-contained bundles;
// - one set of declarations, dist/*.d.cts; each ESM entry's dist/<entry>.d.ts re-exports its .d.cts
//   (scripts/esm-declarations.mjs, run after tsup by `npm run build`);
// - no source maps, minified JavaScript (bundlers minify anyway; the TSDoc is in the declarations).
// Minified JavaScript: esbuild first (it also gives short names to what the CommonJS chunks export to
// each other), then terser, which runs after the chunks are split and tree-shaken (it shortens the
// chunks' import names and re-export getters, that esbuild's pass leaves). French text is written as
// UTF-8 rather than \x/\u escapes (é is 2 bytes, not 4).
const esbuildOptions = (options: { minify?: boolean; charset?: "ascii" | "utf8" }) => {
  options.minify = true;
  options.charset = "utf8";
};
const terserOptions = { ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, format: { ascii_only: false } } as const;

// A fresh dist/ on each build: the two builds below write into it side by side, so neither cleans it
// (tsup's `clean` empties the whole outDir, dist/esm included), and nothing an older layout left there
// (such as dist/cli.js) is packed.
rmSync("dist", { recursive: true, force: true });

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
    minify: "terser",
    terserOptions,
    esbuildOptions,
    target: "node20",
    // The CLI's version (src/cli/main.ts); no other module reads it.
    define: { __VERSION__: JSON.stringify(version) },
  },
  // CommonJS: the six entries in one build, shared code in chunks, with the declarations (.d.cts).
  {
    entry,
    external: ["zod", "valibot"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    minify: "terser",
    terserOptions,
    esbuildOptions,
    target: "node20",
    treeshake: true,
    splitting: true,
  },
]);
