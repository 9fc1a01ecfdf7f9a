import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_BASE_URL, docsUrl } from "../../src/cli/docsUrl.js";
import { RULES } from "../../src/rules/index.js";
import { minimal, root, run, scratch } from "./support.js";

describe("ess-jobs rules", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`lists every rule with its default severity, title, documentation page and sources (--locale ${locale})`, async () => {
      const r = await run(locale === "fr" ? ["rules"] : ["rules", "--locale", "en"]);
      expect(r).toMatchObject({ exitCode: 0, err: "" });
      const width = Math.max(...RULES.map((x) => x.code.length));
      const expected = RULES.map(
        (x) =>
          `${x.code.padEnd(width)}  ${x.defaultSeverity.padEnd(7)}  ${x.title[locale]}\n` +
          `    ${locale === "fr" ? "doc :" : "docs:"} ${DOCS_BASE_URL}${x.code.replaceAll("/", "-")}.md\n` +
          x.sources.map((s) => `    source${locale === "fr" ? " :" : ":"} ${s.label}${s.url ? ` <${s.url}>` : ""}\n`).join(""),
      ).join("");
      expect(r.out).toBe(expected);
    });
  }

  it("takes --locale=en too, and refuses what it does not know", async () => {
    expect((await run(["rules", "--locale=en"])).out).toBe((await run(["rules", "--locale", "en"])).out);
    expect((await run(["rules", "--locale", "en"])).out).toContain(RULES.find((x) => x.code === "range/min-above-max")!.title.en);
    for (const args of [["rules", "--locale", "de"], ["rules", "--locale"], ["rules", "--frobnicate"], ["rules", "extra"]]) {
      const r = await run(args);
      expect(r.exitCode, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/^ess-jobs: .+\nTry 'ess-jobs --help'\.\n$/);
    }
    expect((await run(["rules", "--help"])).exitCode).toBe(0);
  });

  it("links each rule to docs/rules/<code with / as ->.md, which exists in the repository", () => {
    // In the repository the package names: `repository`, `homepage` and `bugs` of package.json agree.
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { repository: { url: string }; homepage: string; bugs: { url: string } };
    const repository = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(DOCS_BASE_URL).toBe(`${repository}/blob/main/docs/rules/`);
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs.url).toBe(`${repository}/issues`);
    expect(docsUrl("range/min-above-max")).toBe(`${DOCS_BASE_URL}range-min-above-max.md`);
    const missing = RULES.map((x) => `docs/rules/${x.code.replaceAll("/", "-")}.md`).filter((p) => !existsSync(join(root, p)));
    expect(missing, "documentation pages written by the rules' authors").toEqual([]);
  });

  it("writes the documentation address in one place only (src/cli/docsUrl.ts)", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts")) files.push(p);
      }
    };
    walk(join(root, "src"));
    const holders = files.filter((f) => readFileSync(f, "utf8").includes("/docs/rules/")).map((f) => f.slice(root.length + 1));
    expect(holders).toEqual(["src/cli/docsUrl.ts"]);
  });

  it("gives the same page as the SARIF helpUri of each rule", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "p.json"), JSON.stringify({ ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } }));
    const sarif = JSON.parse((await run(["validate", "--format", "sarif", join(dir, "p.json")])).out) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    const rules = sarif.runs[0]!.tool.driver.rules;
    for (const rule of RULES) expect(rules.find((x) => x.id === rule.code)?.helpUri, rule.code).toBe(docsUrl(rule.code));
    expect(rules.find((x) => x.id === "range/min-above-max")).toBeDefined();
  });
});
