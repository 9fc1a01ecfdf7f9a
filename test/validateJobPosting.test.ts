import { z } from "zod";
import { describe, expect, it } from "vitest";
import { validateJobPosting, toJsonPointer, type JobPosting } from "../src/index.js";

const minimal: JobPosting = { title: "Animateur·rice jeunesse", organisation: { name: "MJC des Lilas" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-03-01" } };
const codesAndPaths = (input: unknown, options = {}) => validateJobPosting(input, options).diagnostics.map((d) => [d.code, toJsonPointer(d.path)]);

describe("validateJobPosting", () => {
  it("accepts a minimal posting and returns it typed", () => {
    const result = validateJobPosting(minimal);
    // Valid: the only finding is informational (no pay stated, EU directive 2023/970 art. 5).
    expect(result).toEqual({ valid: true, posting: minimal, diagnostics: [expect.objectContaining({ code: "pay/not-disclosed", severity: "info", path: ["pay"] })] });
    expect(validateJobPosting(minimal, { rules: false })).toEqual({ valid: true, posting: minimal, diagnostics: [] });
  });

  it("writes messages in French by default and in English on request, per call", () => {
    const fr = validateJobPosting({ organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] });
    const en = validateJobPosting({ organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] }, { locale: "en" });
    expect(fr.diagnostics).toEqual([{ code: "structure/required", severity: "error", path: ["title"], message: "Le champ « title » est obligatoire." }]);
    expect(en.diagnostics).toEqual([{ code: "structure/required", severity: "error", path: ["title"], message: 'The field "title" is required.' }]);
    // The next call without a locale is French again: nothing global was changed.
    expect(validateJobPosting({}).diagnostics[0]!.message).toMatch(/^Le champ/);
  });

  it("does not touch zod's global configuration", () => {
    validateJobPosting({ title: 3 }, { locale: "en" });
    validateJobPosting({ title: 3 }, { locale: "fr" });
    const r = z.string().safeParse(1);
    expect(r.success ? "" : r.error.issues[0]!.message).toBe("Invalid input: expected string, received number");
  });

  it("gives stable codes for each kind of structural problem", () => {
    expect(codesAndPaths({ ...minimal, title: 42 })).toEqual([["structure/invalid-type", "/title"]]);
    expect(codesAndPaths({ ...minimal, title: "" })).toEqual([["structure/too-short", "/title"]]);
    expect(codesAndPaths({ ...minimal, title: "x".repeat(301) })).toEqual([["structure/too-long", "/title"]]);
    expect(codesAndPaths({ ...minimal, salary: 2000 })).toEqual([["structure/unknown-key", "/salary"]]);
    expect(codesAndPaths({ ...minimal, contracts: [] })).toEqual([["structure/too-few-items", "/contracts"]]);
    expect(codesAndPaths({ ...minimal, contracts: [{ type: "cdx" }] })).toEqual([["structure/invalid-discriminator", "/contracts/0/type"]]);
    expect(codesAndPaths({ ...minimal, contracts: [{}] })).toEqual([["structure/required", "/contracts/0/type"]]);
    expect(codesAndPaths({ ...minimal, organisation: { name: "A", legalForm: "sarl" } })).toEqual([["structure/invalid-value", "/organisation/legalForm"]]);
    expect(codesAndPaths({ ...minimal, dates: { posted: "2024-02-30" } })).toEqual([["structure/invalid-format", "/dates/posted"]]);
    expect(codesAndPaths({ ...minimal, positions: 0 })).toEqual([["structure/too-small", "/positions"]]);
    expect(codesAndPaths({ ...minimal, positions: 1.5 })).toEqual([["structure/invalid-type", "/positions"]]);
  });

  it("explains what a format expects", () => {
    const [d] = validateJobPosting({ ...minimal, collectiveAgreement: { idcc: "1518A" } }).diagnostics;
    expect(d).toMatchObject({ code: "structure/invalid-format", path: ["collectiveAgreement", "idcc"] });
    expect(d!.message).toBe('Format invalide : un numéro IDCC de 4 chiffres est attendu (par exemple "1518", "0413").');
  });

  it("rejects non-objects at the root with a type diagnostic", () => {
    for (const input of [null, undefined, 42, "posting", [], true]) {
      const result = validateJobPosting(input);
      expect(result.valid).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toEqual(["structure/invalid-type"]);
    }
  });
});

describe("validateJobPosting never throws on hostile input", () => {
  it("treats a JSON __proto__ key as an unknown key and does not pollute prototypes", () => {
    const input = JSON.parse('{"title":"T","organisation":{"name":"O","__proto__":{"polluted":true}},"contracts":[{"type":"cdi"}],"__proto__":{"isAdmin":true}}');
    const result = validateJobPosting(input);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["structure/unknown-key", ["organisation", "__proto__"]],
      ["structure/unknown-key", ["__proto__"]],
    ]);
    expect(({} as Record<string, unknown>)["isAdmin"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("stops at deep nesting without overflowing the stack", () => {
    let deep: unknown = { text: "leaf" };
    for (let i = 0; i < 100_000; i++) deep = { text: "t", subtasks: [deep] };
    const input = { ...minimal, content: { missions: [{ tasks: [deep] }] } };
    const result = validateJobPosting(input);
    expect(result.valid).toBe(false);
    expect(result.diagnostics[0]!.code).toBe("input/too-deep");
  });

  it("reports cycles instead of looping", () => {
    const task: { text: string; subtasks?: unknown[] } = { text: "boucle" };
    task.subtasks = [task];
    const result = validateJobPosting({ ...minimal, content: { missions: [{ tasks: [task] }] } });
    expect(result.diagnostics.map((d) => [d.code, toJsonPointer(d.path)])).toEqual([["input/cycle", "/content/missions/0/tasks/0/subtasks/0"]]);
  });

  it("rejects huge inputs early", () => {
    const result = validateJobPosting({ ...minimal, benefits: new Array(300_000).fill({ type: "mutuelle" }) });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["input/too-large"]);
  });

  it("bounds long strings", () => {
    const result = validateJobPosting({ ...minimal, content: { context: "x".repeat(5_000_000) } });
    expect(result.diagnostics.map((d) => [d.code, toJsonPointer(d.path)])).toEqual([["structure/too-long", "/content/context"]]);
  });

  it("survives throwing getters and revoked proxies", () => {
    const hostile = { ...minimal };
    Object.defineProperty(hostile, "title", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(validateJobPosting(hostile).diagnostics.map((d) => [d.code, d.path])).toEqual([["input/unreadable", ["title"]]]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateJobPosting(proxy).diagnostics.map((d) => d.code)).toEqual(["input/unreadable"]);
  });
});
