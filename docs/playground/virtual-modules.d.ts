// Modules made at build time by scripts/build-playground.mjs (esbuild plugin), typed for playground.ts.

declare module "playground:examples" {
  /** The postings of examples/*.json, read when the page is built. */
  export const EXAMPLES: readonly { id: string; label: string; posting: unknown }[];
}

declare module "playground:interop" {
  /** `toSchemaOrg` of src/interop/toSchemaOrg.ts, or `undefined` when that module was absent at build time. */
  export const toSchemaOrg:
    | ((
        posting: import("../../src/index.js").JobPosting,
        options?: { locale?: "fr" | "en" },
      ) => {
        jsonLd: unknown;
        diagnostics: { code: string; severity: "error" | "warning" | "info"; path: (string | number)[]; message: string }[];
      })
    | undefined;
}
