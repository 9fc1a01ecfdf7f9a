import { createReadStream, readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { Locale } from "../validate/Diagnostic.js";
import { jsonError } from "./jsonError.js";
import { locateJsonPaths } from "./locateJsonPaths.js";
import { ndjsonLines } from "./ndjsonLines.js";
import { ndjsonRecord } from "./ndjsonRecord.js";
import type { Locator, SourceRecord } from "./SourceRecord.js";

export { MAX_LINE_BYTES } from "./ndjsonLines.js";
export type { Locator, SourceRecord } from "./SourceRecord.js";

/** Largest `.json` or `.yaml` file read whole (bigger feeds belong in NDJSON, which is streamed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Format = "json" | "ndjson" | "yaml";

/** The format of a file, from its extension. @internal */
export function formatOf(file: string): Format {
  const lower = file.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return "json";
}

const fr = (locale: Locale, french: string, english: string) => (locale === "fr" ? french : english);

function problem(code: string, message: string, line: number | null = null, index: number | null = null, fatal = true, column: number | null = null): SourceRecord {
  return { kind: "problem", index, line, column, code, message, fatal };
}

/** Checks a whole text before parsing: empty, binary. */
function textProblem(text: string, locale: Locale): SourceRecord | undefined {
  if (text.includes("\u0000")) return problem("input/binary-file", fr(locale, "Fichier binaire : du texte UTF-8 est attendu.", "Binary file: UTF-8 text expected."));
  if (text.trim() === "") return problem("input/empty-file", fr(locale, "Fichier vide.", "Empty file."));
  return undefined;
}

function* fromJsonText(text: string, locale: Locale, lineOffset = 0): Generator<SourceRecord> {
  const clean = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch {
    const { message, line, column } = jsonError(clean, locale, lineOffset);
    yield problem("input/invalid-json", message, line, null, true, column);
    return;
  }
  // One scan of the text locates every path asked for, for all postings of the file at once.
  if (Array.isArray(value)) {
    const starts = locateJsonPaths(clean, value.map((_, i) => [i]), { valid: true });
    for (let i = 0; i < value.length; i++) {
      yield {
        kind: "posting",
        index: i,
        line: starts[i]?.line ?? null,
        value: value[i],
        locate: (paths) => locateJsonPaths(clean, paths.map((p) => [i, ...p]), { valid: true }),
      };
    }
  } else {
    yield { kind: "posting", index: null, line: 1, value, locate: (paths) => locateJsonPaths(clean, paths, { valid: true }) };
  }
}

function* fromYamlText(text: string, locale: Locale): Generator<SourceRecord> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    yield problem("input/invalid-yaml", fr(locale, `YAML invalide (ligne ${pos.line}, colonne ${pos.col}) : ${e.code}`, `Invalid YAML (line ${pos.line}, column ${pos.col}): ${e.code}`), pos.line, null, true, pos.col);
    return;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    yield problem("input/invalid-yaml", fr(locale, `YAML refusé : ${String(error)}`, `YAML refused: ${String(error)}`));
    return;
  }
  const locate = (prefix: (string | number)[]): Locator => (paths) =>
    paths.map((p) => {
      // The deepest existing node along the path (the object itself for a missing key).
      for (let n = prefix.length + p.length; n >= 0; n--) {
        const node = doc.getIn([...prefix, ...p].slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    });
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield { kind: "posting", index: i, line: locate([])([[i]])[0]?.line ?? null, value: value[i], locate: locate([i]) };
  } else {
    yield { kind: "posting", index: null, line: 1, value, locate: locate([]) };
  }
}

/**
 * Reads an NDJSON stream line by line, never holding more than one line (and at most
 * {@link MAX_LINE_BYTES} of it): an over-long line is reported by length and skipped, a line with a
 * NUL byte is reported as binary, a malformed line with its line and column; the others are parsed.
 */
async function* fromNdjson(stream: AsyncIterable<Buffer> | Iterable<Buffer>, locale: Locale): AsyncGenerator<SourceRecord> {
  const splitter = ndjsonLines();
  let lineNumber = 0;
  let index = 0;
  for await (const chunk of stream) {
    for (const raw of splitter.push(chunk)) {
      const record = ndjsonRecord(raw, ++lineNumber, index, locale);
      if (record) {
        index++;
        yield record;
      }
    }
  }
  for (const raw of splitter.end()) {
    const record = ndjsonRecord(raw, ++lineNumber, index, locale);
    if (record) yield record;
  }
}

async function readStdin(stdin: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw new RangeError("too large");
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString("utf8");
}

/**
 * Reads the postings of one source: a `.json` or `.yaml` file (one posting or an array), an
 * `.ndjson` / `.jsonl` file (one posting a line, streamed), or standard input (`-`: JSON, or NDJSON
 * when it is not a single JSON document). Never throws: every problem becomes a record.
 * @internal
 */
export async function* readRecords(file: string, locale: Locale, stdin: AsyncIterable<Buffer> = process.stdin): AsyncGenerator<SourceRecord> {
  try {
    if (file === "-") {
      let text: string;
      try {
        text = await readStdin(stdin);
      } catch {
        yield problem("input/file-too-large", fr(locale, `Entrée standard trop volumineuse (plus de ${MAX_FILE_BYTES} octets) : utilisez un fichier .ndjson.`, `Standard input too large (over ${MAX_FILE_BYTES} bytes): use an .ndjson file.`));
        return;
      }
      const bad = textProblem(text, locale);
      if (bad) return yield bad;
      const clean = text.replace(/^\uFEFF/, "");
      let single = true;
      try {
        JSON.parse(clean);
      } catch {
        // NDJSON when one of the first two non-blank lines is a JSON document by itself; else one
        // malformed JSON document, reported with its position.
        const firstLines = clean.split("\n", 50).filter((l) => l.trim() !== "").slice(0, 2);
        single = firstLines.length < 2 || !firstLines.some((l) => {
          try {
            JSON.parse(l);
            return true;
          } catch {
            return false;
          }
        });
      }
      if (single) yield* fromJsonText(clean, locale);
      else yield* fromNdjson([Buffer.from(clean)], locale);
      return;
    }
    const format = formatOf(file);
    if (format === "ndjson") {
      const size = statSync(file).size;
      if (size === 0) return yield problem("input/empty-file", fr(locale, "Fichier vide.", "Empty file."));
      let any = false;
      for await (const record of fromNdjson(createReadStream(file, { highWaterMark: 256 * 1024 }), locale)) {
        any = true;
        yield record;
      }
      if (!any) yield problem("input/empty-file", fr(locale, "Aucune offre dans ce fichier (lignes vides).", "No posting in this file (blank lines)."));
      return;
    }
    if (statSync(file).size > MAX_FILE_BYTES) {
      return yield problem("input/file-too-large", fr(locale, `Fichier trop volumineux (plus de ${MAX_FILE_BYTES} octets) : utilisez le format .ndjson.`, `File too large (over ${MAX_FILE_BYTES} bytes): use the .ndjson format.`));
    }
    const text = readFileSync(file, "utf8");
    const bad = textProblem(text, locale);
    if (bad) return yield bad;
    yield* format === "yaml" ? fromYamlText(text, locale) : fromJsonText(text, locale);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    const denied = code === "EACCES" || code === "EPERM";
    yield problem(
      "input/unreadable-file",
      denied ? fr(locale, `Fichier illisible : permission refusée (${code}).`, `Cannot read the file: permission denied (${code}).`) : fr(locale, `Fichier illisible (${reason}).`, `Cannot read the file (${reason}).`),
    );
  }
}
