// Modules made at build time by scripts/build-playground.mjs (esbuild plugin), typed for playground.ts.

declare module "playground:examples" {
  /** The postings of examples/*.json, read when the page is built. */
  export const EXAMPLES: readonly { id: string; label: string; posting: unknown }[];
}
