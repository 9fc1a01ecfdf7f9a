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

// No source maps in the published package: they doubled its size and bundlers do not read them.
export default defineConfig([
  // ESM: one output file per source module (dist/esm/…), so that a bundler keeps only the modules an
  // app reaches (package.json `sideEffects: false`): `smicAt` alone does not bring zod or the schema.
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: true,
    target: "node20",
  },
  // CommonJS: one bundle per entry point, with its declarations (.d.cts).
  {
    entry,
    external: ["zod", "valibot"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  // Declarations of the ESM entry points (.d.ts).
  {
    entry,
    external: ["zod", "valibot"],
    format: ["esm"],
    dts: { only: true },
    target: "node20",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    target: "node20",
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
