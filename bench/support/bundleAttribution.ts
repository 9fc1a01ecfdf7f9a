// Where the gzip bytes of a bundle come from (bench/bundle-size.ts --analyze). gzip is not additive (a
// module compresses better next to similar ones), so a group of modules is charged what the bundle
// loses when the group is taken out: the entry is bundled once unminified (esbuild writes a
// `// <path>` line before each module), each group's modules are cut out, the rest is minified and
// gzipped as the whole is, and the difference is the group's share. The shares add up to about the
// whole (a little less: what two groups compress against each other is charged to neither).
import { gzipSync } from "node:zlib";
import { build, transform, type BuildOptions } from "esbuild";

/** One group's share of a bundle. */
export interface GroupShare {
  /** `ess-jobs/<first folder of dist/esm>` (or `ess-jobs/<file>` at its root), a package name, or `app`. */
  group: string;
  /** Its minified bytes in the real bundle (esbuild's metafile). */
  minified: number;
  /** What the gzipped bundle loses when the group is taken out. */
  gzip: number;
}

/** The group of a module path as esbuild prints it: the package folder, or the first folder inside ess-jobs's ESM build. */
export function groupOf(path: string, depth = 1): string {
  const inPackage = /ess-jobs\/dist\/esm\/(.+)$/.exec(path);
  if (inPackage) return "ess-jobs/" + inPackage[1]!.split("/").slice(0, depth).join("/");
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return dependency ? dependency[1]! : "app";
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;
const minify = async (code: string) => (await transform(code, { minify: true, format: "esm", target: "es2022", legalComments: "none" })).code;

/**
 * The gzip share of each group of modules in the bundle of `contents`, largest first, and the whole.
 *
 * @param options - The build options of the measured bundle (the same resolve directory, platform, target).
 */
export async function attribute(contents: string, options: BuildOptions & { stdin: { resolveDir: string } }, depth = 1): Promise<{ whole: number; shares: GroupShare[] }> {
  const result = await build({ ...options, stdin: { ...options.stdin, contents }, minify: false, metafile: true, write: false });
  const minifiedBytes = new Map<string, number>();
  const minified = await build({ ...options, stdin: { ...options.stdin, contents }, minify: true, metafile: true, write: false });
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(minified.metafile.outputs)[0]!.inputs)) {
    const group = groupOf(input, depth);
    minifiedBytes.set(group, (minifiedBytes.get(group) ?? 0) + bytesInOutput);
  }
  // Cut the unminified output at esbuild's module comments.
  const modules: { group: string; code: string }[] = [];
  let current = { group: "app", lines: [] as string[] };
  for (const line of result.outputFiles![0]!.text.split("\n")) {
    const header = /^\/\/ (\S+\.[cm]?js)$/.exec(line);
    if (header) {
      modules.push({ group: current.group, code: current.lines.join("\n") });
      current = { group: groupOf(header[1]!, depth), lines: [] };
    } else current.lines.push(line);
  }
  modules.push({ group: current.group, code: current.lines.join("\n") });
  const whole = gzip(await minify(modules.map((m) => m.code).join("\n")));
  const shares: GroupShare[] = [];
  for (const group of new Set(modules.map((m) => m.group))) {
    const rest = gzip(await minify(modules.filter((m) => m.group !== group).map((m) => m.code).join("\n")));
    shares.push({ group, minified: minifiedBytes.get(group) ?? 0, gzip: whole - rest });
  }
  return { whole, shares: shares.sort((a, b) => b.gzip - a.gzip) };
}
