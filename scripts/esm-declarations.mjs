// Writes the declarations of the ESM entry points (dist/<entry>.d.ts) after the build. The package ships one
// set of declarations, the CommonJS ones (dist/*.d.cts, from tsup): each ESM entry's .d.ts re-exports its
// .d.cts, so the two conditions keep declaration files of their own format (arethetypeswrong's "masquerading"
// checks) without a second copy of 600 kB of types. An ES module may import a CommonJS declaration file.
// Also indents the declarations with tabs instead of tsup's four spaces (16 kB fewer in the package; issue
// 18's ceiling): only the spaces that start a line, in groups of four, are replaced, and no declaration
// holds a multi-line string (checked below), so the types and their TSDoc read the same.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dist = resolve(import.meta.dirname, "..", "dist");
for (const entry of ["index", "valibot", "parameters", "rules", "pay", "interop"]) {
  if (!existsSync(join(dist, `${entry}.d.cts`))) throw new Error(`dist/${entry}.d.cts is missing: run tsup first`);
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from "./${entry}.cjs";\n`);
}

for (const file of readdirSync(dist).filter((f) => f.endsWith(".d.cts"))) {
  const path = join(dist, file);
  const text = readFileSync(path, "utf8");
  // A backtick outside comments could open a template literal type spanning lines, whose spaces count.
  if (text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").includes("`")) throw new Error(`${file}: a backtick outside comments (a template literal type?), whose lines reindenting could change`);
  writeFileSync(path, text.replace(/^(?: {4})+/gm, (spaces) => "\t".repeat(spaces.length / 4)));
}
