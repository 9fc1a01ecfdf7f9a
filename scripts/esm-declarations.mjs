// Writes the declarations of the ESM entry points (dist/<entry>.d.ts) after the build. The package ships one
// set of declarations, the CommonJS ones (dist/*.d.cts, from tsup): each ESM entry's .d.ts re-exports its
// .d.cts, so the two conditions keep declaration files of their own format (arethetypeswrong's "masquerading"
// checks) without a second copy of 600 kB of types. An ES module may import a CommonJS declaration file.
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dist = resolve(import.meta.dirname, "..", "dist");
for (const entry of ["index", "valibot", "parameters", "rules", "pay", "interop"]) {
  if (!existsSync(join(dist, `${entry}.d.cts`))) throw new Error(`dist/${entry}.d.cts is missing: run tsup first`);
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from "./${entry}.cjs";\n`);
}
