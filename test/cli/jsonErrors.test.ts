import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "../../src/cli/findJsonSyntaxError.js";
import { minimal, root, run, scratch } from "./support.js";

/** Runs `validate --format json` on one file and returns the single diagnostic of its first result. */
async function firstProblem(name: string, text: string, locale: "fr" | "en" = "fr") {
  const dir = scratch();
  writeFileSync(join(dir, name), text);
  const r = await run(["validate", "--no-rules", "--format", "json", "--locale", locale, join(dir, name)]);
  const report = JSON.parse(r.out) as { results: { line: number | null; diagnostics: { code: string; message: string; line?: number; column?: number }[] }[] };
  return { exitCode: r.exitCode, result: report.results[0]!, diagnostic: report.results[0]!.diagnostics[0]! };
}

describe("malformed JSON: the line and column of the first offending character", () => {
  const cases: [string, string, string, string][] = [
    ["truncated", '{"title": "x",', "JSON invalide (ligne 1, colonne 15) : le texte s'arrête avant la fin du JSON.", "Invalid JSON (line 1, column 15): the text ends before the JSON does."],
    ["truncated, then blank lines", '{\n  "title": "x"\n\n\n', "JSON invalide (ligne 2, colonne 15) : le texte s'arrête avant la fin du JSON.", "Invalid JSON (line 2, column 15): the text ends before the JSON does."],
    ["trailing comma", '{\n  "title": "x",\n  "contracts": [],\n}\n', "JSON invalide (ligne 4, colonne 1) : virgule en trop avant « } ».", "Invalid JSON (line 4, column 1): trailing comma before '}'."],
    ["bad token", '{"a": }', "JSON invalide (ligne 1, colonne 7) : caractère inattendu « } ».", "Invalid JSON (line 1, column 7): unexpected character '}'."],
    ["unterminated string", '{"title": "Animat', "JSON invalide (ligne 1, colonne 18) : chaîne ouverte en colonne 11 non terminée (guillemet fermant manquant).", "Invalid JSON (line 1, column 18): unterminated string opened at column 11 (closing quote missing)."],
    ["string cut by a line break", '{\n  "title": "Anim\nateur"\n}', "JSON invalide (ligne 2, colonne 17) : chaîne ouverte en colonne 12 non terminée (guillemet fermant manquant).", "Invalid JSON (line 2, column 17): unterminated string opened at column 12 (closing quote missing)."],
    ["bracket closed by a brace", '{\n  "title": "Animateur",\n  "contracts": [{ "type": "cdi" }}\n}', "JSON invalide (ligne 3, colonne 34) : « , » ou « ] » attendu, « } » trouvé.", "Invalid JSON (line 3, column 34): ',' or ']' expected, found '}'."],
    ["single quotes", "{'title': 'x'}", "JSON invalide (ligne 1, colonne 2) : nom de propriété entre guillemets doubles attendu, « ' » trouvé.", `Invalid JSON (line 1, column 2): double-quoted property name expected, found "'".`],
    ["leading zero", '{"positions": 01}', "JSON invalide (ligne 1, colonne 16) : nombre mal formé (« 1 »).", "Invalid JSON (line 1, column 16): malformed number ('1')."],
    ["missing colon", '{"title" "x"}', "JSON invalide (ligne 1, colonne 10) : « : » attendu après le nom de propriété, « \" » trouvé.", `Invalid JSON (line 1, column 10): ':' expected after the property name, found '"'.`],
    ["two documents", '{"a": 1}\n{"b": 2}', "JSON invalide (ligne 2, colonne 1) : texte en trop après la fin du JSON (« { »).", "Invalid JSON (line 2, column 1): unexpected text after the end of the JSON ('{')."],
    ["bad escape", '{"title": "a\\qb"}', "JSON invalide (ligne 1, colonne 14) : séquence d'échappement invalide (« q »).", "Invalid JSON (line 1, column 14): invalid escape sequence ('q')."],
    ["CRLF line ends", '{\r\n  "title": tru\r\n}', "JSON invalide (ligne 2, colonne 15) : caractère inattendu « \\r ».", "Invalid JSON (line 2, column 15): unexpected character '\\r'."],
  ];
  for (const [name, text, french, english] of cases) {
    it(`${name}: ${JSON.stringify(text)}`, async () => {
      const fr = await firstProblem("bad.json", text, "fr");
      expect(fr.exitCode).toBe(2);
      expect(fr.diagnostic.code).toBe("input/invalid-json");
      expect(fr.diagnostic.message).toBe(french);
      const [, line, column] = /\((?:ligne|line) (\d+), (?:colonne|column) (\d+)\)/.exec(french)!;
      expect(fr.diagnostic).toMatchObject({ line: Number(line), column: Number(column) });
      expect((await firstProblem("bad.json", text, "en")).diagnostic.message).toBe(english);
    });
  }

  it("in pretty and github reports, at that line and column", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "bad.json"), '{\n  "title": "x",\n  "contracts": [],\n}\n');
    const pretty = await run(["validate", join(dir, "bad.json")]);
    expect(pretty.out).toContain("  4:1      erreur JSON invalide (ligne 4, colonne 1) : virgule en trop avant « } ».  input/invalid-json /\n");
    const github = await run(["validate", "--format", "github", join(dir, "bad.json")]);
    expect(github.out).toBe(`::error file=${join(dir, "bad.json")},line=4,col=1,title=input/invalid-json::JSON invalide (ligne 4, colonne 1) : virgule en trop avant « } ».\n`);
  });

  it("a byte-order mark is not counted", async () => {
    expect((await firstProblem("bad.json", '\uFEFF{"a": }')).diagnostic.message).toBe("JSON invalide (ligne 1, colonne 7) : caractère inattendu « } ».");
  });
});

describe("malformed NDJSON lines: the file's line, the column within the line", () => {
  const good = JSON.stringify(minimal);
  it.each([
    ["bad token", [good, "", '{"a": }'], 3, 7, "caractère inattendu « } »", "unexpected character '}'"],
    ["truncated", [good, good, good, '{"title": "x", "contracts": [', good], 4, 30, "le texte s'arrête avant la fin du JSON", "the text ends before the JSON does"],
    ["trailing comma", ['{"title": "x",}'], 1, 15, "virgule en trop avant « } »", "trailing comma before '}'"],
    ["unterminated string", [good, '{"title": "x'], 2, 13, "chaîne ouverte en colonne 11 non terminée (guillemet fermant manquant)", "unterminated string opened at column 11 (closing quote missing)"],
  ] as const)("%s", async (_name, lines, line, column, french, english) => {
    const dir = scratch();
    writeFileSync(join(dir, "feed.ndjson"), lines.join("\r\n") + "\r\n");
    for (const [locale, reason] of [["fr", french], ["en", english]] as const) {
      const r = await run(["validate", "--no-rules", "--format", "json", "--locale", locale, join(dir, "feed.ndjson")]);
      expect(r.exitCode).toBe(lines.length > 1 ? 1 : 2);
      const bad = (JSON.parse(r.out) as { results: { line: number; diagnostics: { code: string; message: string; line: number; column: number }[] }[] }).results.find((x) => x.diagnostics[0]?.code === "input/invalid-json")!;
      expect(bad.line).toBe(line);
      expect(bad.diagnostics[0]).toMatchObject({ line, column });
      expect(bad.diagnostics[0]!.message).toBe(locale === "fr" ? `JSON invalide (ligne ${line}, colonne ${column}) : ${reason}.` : `Invalid JSON (line ${line}, column ${column}): ${reason}.`);
    }
  });

  it("standard input holding one malformed multi-line document is reported as one, with its position", async () => {
    const r = await run(["validate", "--no-rules", "--format", "json", "-"], { stdin: '{\n  "title": "x",\n  "contracts": [],\n}\n' });
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(r.out).results[0].diagnostics[0].message).toBe("JSON invalide (ligne 4, colonne 1) : virgule en trop avant « } ».");
  });
});

describe("findJsonSyntaxError", () => {
  it("agrees with JSON.parse on validity, and with V8's position whenever V8 gives one", () => {
    const texts = [...readdirSync(join(root, "examples")).map((f) => readFileSync(join(root, "examples", f), "utf8"))];
    const alphabet = ["{", "}", "[", "]", ",", ":", '"', "\\", "0", "1", "-", ".", "e", "E", "+", "t", "n", "f", "u", " ", "\n", "\r", "\u0001", "é"];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let withPosition = 0;
    for (let k = 0; k < 3000; k++) {
      let text = texts[k % texts.length]!;
      if (k % 2) text = JSON.stringify(JSON.parse(text));
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        const p = Math.floor(random() * text.length);
        const op = random();
        text = op < 0.4 ? text.slice(0, p) + text.slice(p + 1) : op < 0.8 ? text.slice(0, p) + alphabet[Math.floor(random() * alphabet.length)] + text.slice(p) : text.slice(0, p);
      }
      let v8: string | undefined;
      try {
        JSON.parse(text);
      } catch (error) {
        v8 = (error as Error).message;
      }
      const mine = findJsonSyntaxError(text);
      expect(mine === undefined, `${JSON.stringify(text.slice(0, 200))}: ${v8}`).toBe(v8 === undefined);
      const position = v8 ? /at position (\d+)/.exec(v8) : null;
      // V8 places an unexpected end after trailing blanks and an unterminated string at the text's end; the CLI does better.
      if (position && mine && mine.reason !== "end" && mine.reason !== "unterminated-string") {
        withPosition++;
        expect(mine.offset, v8).toBe(Number(position[1]));
      }
    }
    expect(withPosition).toBeGreaterThan(300);
  });

  it("does not recurse: 100 000 nested arrays", () => {
    expect(findJsonSyntaxError("[".repeat(100_000) + "]".repeat(99_999))).toMatchObject({ reason: "end", line: 1, column: 200_000 });
  });
});
