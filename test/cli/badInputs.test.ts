import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../src/cli/readRecords.js";
import { minimal, run, scratch, spawnCli } from "./support.js";

/** A valid example, checked for structure only beside each bad input. */
const GOOD = "examples/la-tresse-2024.json";

/** One posting on one line just over the limit (its title is accented: bytes, not characters, are counted). */
const LONG_LINE = JSON.stringify({ ...minimal, title: "é".repeat(MAX_LINE_BYTES / 2) });

interface Case {
  name: string;
  /** Creates the bad input in `dir` and returns its path. */
  make: (dir: string) => string;
  code: string;
  fr: string;
  en: string;
  /** The line the problem is placed at, when it has one. */
  line?: number;
  column?: number;
}

const cases: Case[] = [
  { name: "missing path", make: (dir) => join(dir, "absent.json"), code: "input/missing", fr: "Chemin introuvable.", en: "No such file or folder." },
  { name: "missing path below a file", make: (dir) => (writeFileSync(join(dir, "f.json"), "{}"), join(dir, "f.json", "x.json")), code: "input/missing", fr: "Chemin introuvable.", en: "No such file or folder." },
  { name: "empty .json file", make: (dir) => (writeFileSync(join(dir, "empty.json"), ""), join(dir, "empty.json")), code: "input/empty-file", fr: "Fichier vide.", en: "Empty file." },
  { name: "blank .json file", make: (dir) => (writeFileSync(join(dir, "blank.json"), " \n\t\n"), join(dir, "blank.json")), code: "input/empty-file", fr: "Fichier vide.", en: "Empty file." },
  { name: "empty .ndjson file", make: (dir) => (writeFileSync(join(dir, "empty.ndjson"), ""), join(dir, "empty.ndjson")), code: "input/empty-file", fr: "Fichier vide.", en: "Empty file." },
  { name: ".ndjson file of blank lines", make: (dir) => (writeFileSync(join(dir, "blank.ndjson"), "\n\n  \n"), join(dir, "blank.ndjson")), code: "input/empty-file", fr: "Aucune offre dans ce fichier (lignes vides).", en: "No posting in this file (blank lines)." },
  { name: "empty .yaml file", make: (dir) => (writeFileSync(join(dir, "empty.yaml"), ""), join(dir, "empty.yaml")), code: "input/empty-file", fr: "Fichier vide.", en: "Empty file." },
  { name: "binary file", make: (dir) => (writeFileSync(join(dir, "image.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), join(dir, "image.json")), code: "input/binary-file", fr: "Fichier binaire : du texte UTF-8 est attendu.", en: "Binary file: UTF-8 text expected." },
  {
    name: "malformed JSON",
    make: (dir) => (writeFileSync(join(dir, "broken.json"), '{\n  "title": "Animateur",\n  "contracts": [{ "type": "cdi" }\n}\n'), join(dir, "broken.json")),
    code: "input/invalid-json",
    fr: "JSON invalide (ligne 4, colonne 1) : « , » ou « ] » attendu, « } » trouvé.",
    en: "Invalid JSON (line 4, column 1): ',' or ']' expected, found '}'.",
    line: 4,
    column: 1,
  },
  {
    name: "malformed YAML",
    make: (dir) => (writeFileSync(join(dir, "broken.yaml"), "title: Animateur\n  organisation: MJC\n"), join(dir, "broken.yaml")),
    code: "input/invalid-yaml",
    fr: "YAML invalide (ligne 1, colonne 8) : BLOCK_AS_IMPLICIT_KEY",
    en: "Invalid YAML (line 1, column 8): BLOCK_AS_IMPLICIT_KEY",
    line: 1,
    column: 8,
  },
  { name: "folder with no postings", make: (dir) => (mkdirSync(join(dir, "nothing", "deeper"), { recursive: true }), writeFileSync(join(dir, "nothing", "notes.txt"), "x"), join(dir, "nothing")), code: "input/empty-folder", fr: "Aucune offre dans ce dossier : un dossier donne les fichiers dont le « $schema » nomme job-posting.schema.json, les *.posting.json|yaml|yml et ceux des motifs « files » de la config (nommez un fichier pour le valider quand même).", en: 'No posting in this folder: a folder yields the files whose "$schema" names job-posting.schema.json, *.posting.json|yaml|yml files and those of the config\'s "files" globs (name a file to validate it anyway).' },
  { name: "glob matching nothing", make: (dir) => join(dir, "*.json"), code: "input/no-match", fr: "Aucun fichier ne correspond à ce motif.", en: "No file matches this pattern." },
  {
    name: "over-long NDJSON line",
    make: (dir) => (writeFileSync(join(dir, "long.ndjson"), LONG_LINE + "\n"), join(dir, "long.ndjson")),
    code: "input/line-too-long",
    fr: `Ligne 1 trop longue (${Buffer.byteLength(LONG_LINE)} octets, ${MAX_LINE_BYTES} au plus) : ignorée.`,
    en: `Line 1 too long (${Buffer.byteLength(LONG_LINE)} bytes, at most ${MAX_LINE_BYTES}): skipped.`,
    line: 1,
  },
  { name: "binary NDJSON line", make: (dir) => (writeFileSync(join(dir, "nul.ndjson"), '{"title": "a\u0000"}\n'), join(dir, "nul.ndjson")), code: "input/binary-file", fr: "Ligne 1 : données binaires.", en: "Line 1: binary data.", line: 1 },
  { name: "neither file nor folder (a FIFO)", make: (dir) => (execFileSync("mkfifo", [join(dir, "pipe.json")]), join(dir, "pipe.json")), code: "input/unreadable", fr: "Chemin illisible.", en: "Cannot read this path." },
];

describe("each bad input: one line with its message; exit 2 alone, 1 beside a valid posting", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = scratch();
      const path = c.make(dir);
      // A bad NDJSON line is a posting that could not be read: counted among the postings, and an error.
      const recordLevel = c.code === "input/line-too-long" || (c.code === "input/binary-file" && c.line !== undefined);
      for (const locale of ["fr", "en"] as const) {
        const alone = await run(["validate", "--no-rules", "--locale", locale, "--format", "json", path]);
        expect(alone.exitCode).toBe(2);
        expect(alone.err).toBe("");
        const report = JSON.parse(alone.out);
        expect(report.summary).toEqual({ files: 1, postings: recordLevel ? 1 : 0, errors: 1, warnings: 0, infos: 0 });
        expect(report.results).toEqual([
          {
            file: path,
            index: recordLevel ? 0 : null,
            line: c.line ?? null,
            valid: false,
            diagnostics: [{ code: c.code, severity: "error", path: [], message: c[locale], ...(c.line ? { line: c.line } : {}), ...(c.column ? { column: c.column } : {}) }],
          },
        ]);
        const pretty = await run(["validate", "--no-rules", "--locale", locale, path, GOOD]);
        expect(pretty.exitCode).toBe(1);
        const where = c.line ? `${c.line}:${c.column ?? 1}` : "-";
        const record = recordLevel ? "[0] " : "";
        expect(pretty.out).toContain(`${path}\n  ${where.padEnd(8)} ${locale === "fr" ? "erreur" : "error "} ${record}${c[locale]}  ${c.code} /\n`);
        expect(pretty.out).toContain(locale === "fr" ? `${GOOD}\n  ✓ 1 offre(s) sans erreur\n` : `${GOOD}\n  ✓ 1 posting(s) without errors\n`);
        const n = recordLevel ? 2 : 1;
        expect(pretty.out).toMatch(locale === "fr" ? new RegExp(`✖ ${n} offre\\(s\\) dans 2 fichier\\(s\\) : 1 erreur\\(s\\), 0 alerte\\(s\\), 0 info\\(s\\)\\.\\n$`) : new RegExp(`✖ ${n} posting\\(s\\) in 2 file\\(s\\): 1 error\\(s\\), 0 warning\\(s\\), 0 info\\(s\\)\\.\\n$`));
        expect(pretty.out).not.toMatch(/\n\s+at /);
      }
    });
  }
});

describe("an unreadable regular file (EACCES)", () => {
  const asRoot = process.getuid?.() === 0;
  const hasSetpriv = spawnSync("setpriv", ["--version"]).status === 0;

  it.skipIf(asRoot)("chmod 000, in this process", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "secret.json"), JSON.stringify(minimal));
    chmodSync(join(dir, "secret.json"), 0);
    const alone = await run(["validate", "--no-rules", join(dir, "secret.json")]);
    expect(alone.exitCode).toBe(2);
    expect(alone.out).toContain("  -        erreur Fichier illisible : permission refusée (EACCES).  input/unreadable-file /\n");
    expect((await run(["validate", "--no-rules", join(dir, "secret.json"), GOOD])).exitCode).toBe(1);
  });

  // Root reads any file: run the CLI as the user nobody instead, which chmod 000 does stop.
  it.skipIf(!asRoot || !hasSetpriv)("chmod 000, the CLI run as nobody (setpriv) since the tests run as root", async () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    for (const name of ["secret.json", "secret.ndjson"]) {
      writeFileSync(join(dir, name), JSON.stringify(minimal));
      chmodSync(join(dir, name), 0);
    }
    mkdirSync(join(dir, "closed"));
    writeFileSync(join(dir, "closed", "p.json"), JSON.stringify(minimal));
    chmodSync(join(dir, "closed"), 0);
    const asNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];
    const alone = await spawnCli(["validate", "--no-rules", "--format", "json", join(dir, "secret.json"), join(dir, "secret.ndjson"), join(dir, "closed", "p.json")], { prefix: asNobody });
    expect(alone.err).toBe("");
    expect(alone.exitCode).toBe(2);
    expect(JSON.parse(alone.out).results.map((r: { diagnostics: { code: string; message: string }[] }) => [r.diagnostics[0]!.code, r.diagnostics[0]!.message])).toEqual([
      ["input/unreadable-file", "Fichier illisible : permission refusée (EACCES)."],
      ["input/unreadable-file", "Fichier illisible : permission refusée (EACCES)."],
      ["input/unreadable", "Chemin illisible."],
    ]);
    const beside = await spawnCli(["validate", "--no-rules", "--locale", "en", join(dir, "secret.json"), GOOD], { prefix: asNobody });
    expect(beside.exitCode).toBe(1);
    expect(beside.out).toContain(`${join(dir, "secret.json")}\n  -        error  Cannot read the file: permission denied (EACCES).  input/unreadable-file /\n`);
  });
});
