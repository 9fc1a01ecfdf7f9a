import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("ess-jobs/valibot", () => {
  it("does not load zod at run time (bundled with esbuild, as a browser would get it)", async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, "..", "..", "src", "valibot", "index.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.includes("node_modules/zod/"))).toEqual([]);
    expect(inputs.some((f) => f.includes("node_modules/valibot/"))).toBe(true);
    expect(result.outputFiles[0]!.text).not.toMatch(/zod/i);
  });
});
