import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readRecords } from "../../src/cli/readRecords.js";
import { minimal, run, scratch } from "./support.js";

const utf16 = (text: string, order: "le" | "be") => {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  return order === "le" ? le : le.swap16();
};

describe("UTF-16 files (Notepad's « Unicode », Excel's « Unicode text »)", () => {
  it("decodes .json, .yaml and .ndjson files that start with a UTF-16 byte order mark", async () => {
    const dir = scratch();
    const posting = { ...minimal, title: "Éducateur·rice spécialisé·e" };
    writeFileSync(join(dir, "le.json"), utf16(JSON.stringify(posting, null, 2), "le"));
    writeFileSync(join(dir, "be.yaml"), utf16(`title: ${posting.title}\norganisation:\n  name: MJC\ncontracts:\n  - type: cdi\ndates:\n  posted: "2024-05-02"\n`, "be"));
    writeFileSync(join(dir, "feed.ndjson"), utf16(`${JSON.stringify(posting)}\r\n${JSON.stringify({ ...posting, contracts: [{ type: "cdx" }] })}\r\n`, "le"));
    const r = await run(["validate", "--no-rules", "--format", "json", ...["be.yaml", "feed.ndjson", "le.json"].map((f) => join(dir, f))]);
    const report = JSON.parse(r.out);
    expect(report.results.map((x: { file: string; valid: boolean; diagnostics: { code: string; line?: number }[] }) => [x.file.slice(dir.length + 1), x.valid, x.diagnostics.map((d) => `${d.code}@${d.line}`)])).toEqual([
      ["be.yaml", true, []],
      ["feed.ndjson", true, []],
      ["feed.ndjson", false, ["structure/invalid-discriminator@2"]],
      ["le.json", true, []],
    ]);
  });

  it("standard input in UTF-16 is decoded too", async () => {
    const records = [];
    for await (const r of readRecords("-", "en", [utf16(JSON.stringify(minimal), "le")] as unknown as AsyncIterable<Buffer>)) records.push(r);
    expect(records).toMatchObject([{ kind: "posting", value: minimal }]);
  });

  it("says to save as UTF-8 a UTF-16 file without a byte order mark, instead of calling it binary", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "nobom.json"), Buffer.from(JSON.stringify(minimal), "utf16le"));
    const fr = await run(["validate", "--format", "json", join(dir, "nobom.json")]);
    expect(fr.exitCode).toBe(2);
    expect(JSON.parse(fr.out).results[0].diagnostics[0]).toMatchObject({ code: "input/encoding", message: "Fichier en UTF-16 sans marque d'ordre des octets (BOM) : enregistrez-le en UTF-8." });
    writeFileSync(join(dir, "image.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const binary = await run(["validate", "--locale", "en", "--format", "json", join(dir, "image.json")]);
    expect(JSON.parse(binary.out).results[0].diagnostics[0].code).toBe("input/binary-file");
  });
});

describe("YAML alias bomb", () => {
  it("is refused with a message that says what to do, not the parser's ReferenceError", async () => {
    const dir = scratch();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    writeFileSync(join(dir, "bomb.yaml"), levels.join("\n") + "\n");
    for (const [locale, message] of [
      ["fr", "YAML refusé : ses alias (*nom) se démultiplient au-delà de 100 recopies (une « bombe » d'alias) ; écrivez les valeurs en entier."],
      ["en", "YAML refused: its aliases (*name) multiply beyond 100 copies (an alias bomb); write the values out in full."],
    ] as const) {
      const r = await run(["validate", "--locale", locale, "--format", "json", join(dir, "bomb.yaml")]);
      expect(r.exitCode).toBe(2);
      const d = JSON.parse(r.out).results[0].diagnostics[0];
      expect(d).toMatchObject({ code: "input/invalid-yaml", message });
      expect(d.message).not.toMatch(/Error/);
    }
  });
});

describe("NDJSON on standard input is streamed like a file", () => {
  /** Standard input that yields `lines` one a chunk, and notes when it has been read to its end. */
  function stdinOf(lines: number, line: string) {
    const state = { ended: false };
    const chunk = Buffer.from(line + "\n");
    const stream = (async function* () {
      for (let i = 0; i < lines; i++) yield chunk;
      state.ended = true;
    })();
    return { state, stream };
  }

  it("gives the first posting before the input has ended", async () => {
    const { state, stream } = stdinOf(1000, JSON.stringify(minimal));
    const endedAtFirst: boolean[] = [];
    let n = 0;
    for await (const r of readRecords("-", "en", stream)) {
      if (n++ === 0) endedAtFirst.push(state.ended);
      expect(r.kind).toBe("posting");
    }
    expect(endedAtFirst).toEqual([false]);
    expect(n).toBe(1000);
  });

  it(`reads an NDJSON feed larger than the ${MAX_FILE_BYTES / 2 ** 20} MiB bound on a whole document`, async () => {
    const line = JSON.stringify({ ...minimal, description: "x".repeat(4000) });
    const lines = Math.ceil(MAX_FILE_BYTES / line.length) + 100;
    const { stream } = stdinOf(lines, line);
    let postings = 0;
    for await (const r of readRecords("-", "en", stream)) {
      if (r.kind === "posting") postings++;
      else throw new Error(r.message);
    }
    expect(postings).toBe(lines);
  });
});
