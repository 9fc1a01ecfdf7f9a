import { createReadStream, readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { DiagnosticPath, Locale } from "../validate/Diagnostic.js";
import { locateJsonPaths } from "./locateJsonPaths.js";

/** Largest `.json` or `.yaml` file read whole (bigger feeds belong in NDJSON, which is streamed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Longest NDJSON line accepted; a longer one is reported and skipped. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** Finds where paths of a record are in the source: 1-based line and column, or undefined. */
export type Locator = (paths: readonly DiagnosticPath[]) => ({ line: number; column: number } | undefined)[];

/** One posting read from a source, or a problem that stopped reading (part of) it. */
export type SourceRecord =
  | { kind: "posting"; index: number | null; line: number | null; value: unknown; locate: Locator }
  | { kind: "problem"; index: number | null; line: number | null; code: string; message: string; fatal: boolean };

type Format = "json" | "ndjson" | "yaml";

/** The format of a file, from its extension. @internal */
export function formatOf(file: string): Format {
  const lower = file.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return "json";
}

const fr = (locale: Locale, french: string, english: string) => (locale === "fr" ? french : english);

function problem(code: string, message: string, line: number | null = null, index: number | null = null, fatal = true): SourceRecord {
  return { kind: "problem", index, line, code, message, fatal };
}

/** Checks a whole text before parsing: empty, binary. */
function textProblem(text: string, locale: Locale): SourceRecord | undefined {
  if (text.includes("\u0000")) return problem("input/binary-file", fr(locale, "Fichier binaire : du texte UTF-8 est attendu.", "Binary file: UTF-8 text expected."));
  if (text.trim() === "") return problem("input/empty-file", fr(locale, "Fichier vide.", "Empty file."));
  return undefined;
}

/** Line and column of a character offset in a text (1-based). */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A readable JSON.parse error, with its line and column when the engine gives a position. */
function jsonError(text: string, error: unknown, locale: Locale): { message: string; line: number | null } {
  const detail = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(detail);
  const position = match ? Number(match[1]) : /end of JSON input/.test(detail) ? text.length : undefined;
  if (position === undefined) return { message: fr(locale, `JSON invalide : ${detail}`, `Invalid JSON: ${detail}`), line: null };
  const { line, column } = lineColumnAt(text, position);
  const short = detail.replace(/ in JSON at position \d+.*$/, "").replace(/ at position \d+.*$/, "");
  return { message: fr(locale, `JSON invalide (ligne ${line}, colonne ${column}) : ${short}`, `Invalid JSON (line ${line}, column ${column}): ${short}`), line };
}

function* fromJsonText(text: string, locale: Locale, lineOffset = 0): Generator<SourceRecord> {
  const clean = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    const { message, line } = jsonError(clean, error, locale);
    yield problem("input/invalid-json", message, line === null ? null : line + lineOffset);
    return;
  }
  // One scan of the text locates every path asked for, for all postings of the file at once.
  if (Array.isArray(value)) {
    const starts = locateJsonPaths(clean, value.map((_, i) => [i]));
    for (let i = 0; i < value.length; i++) {
      yield {
        kind: "posting",
        index: i,
        line: starts[i]?.line ?? null,
        value: value[i],
        locate: (paths) => locateJsonPaths(clean, paths.map((p) => [i, ...p])),
      };
    }
  } else {
    yield { kind: "posting", index: null, line: 1, value, locate: (paths) => locateJsonPaths(clean, paths) };
  }
}

function* fromYamlText(text: string, locale: Locale): Generator<SourceRecord> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    yield problem("input/invalid-yaml", fr(locale, `YAML invalide (ligne ${pos.line}, colonne ${pos.col}) : ${e.code}`, `Invalid YAML (line ${pos.line}, column ${pos.col}): ${e.code}`), pos.line);
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
 * Splits a byte stream into lines without ever holding more than one line (and at most
 * {@link MAX_LINE_BYTES} of it): an over-long line is reported by length and skipped.
 */
async function* lines(stream: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<{ text: string | null; bytes: number; binary: boolean }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let binary = false;
  const flush = () => {
    const line = overflow ? { text: null, bytes: size, binary } : { text: Buffer.concat(parts).toString("utf8").replace(/\r$/, ""), bytes: size, binary };
    parts = [];
    size = 0;
    overflow = false;
    binary = false;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); ; nl = chunk.indexOf(10, start)) {
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (piece.includes(0)) binary = true;
      size += piece.length;
      if (size > MAX_LINE_BYTES) {
        overflow = true;
        parts = [];
      } else if (piece.length > 0) parts.push(Buffer.from(piece));
      if (nl < 0) break;
      yield flush();
      start = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield flush();
}

async function* fromNdjson(stream: AsyncIterable<Buffer> | Iterable<Buffer>, locale: Locale): AsyncGenerator<SourceRecord> {
  let lineNumber = 0;
  let index = 0;
  for await (const { text, bytes, binary } of lines(stream)) {
    lineNumber++;
    if (binary) {
      yield problem("input/binary-file", fr(locale, `Ligne ${lineNumber} : données binaires.`, `Line ${lineNumber}: binary data.`), lineNumber, index++, false);
      continue;
    }
    if (text === null) {
      yield problem("input/line-too-long", fr(locale, `Ligne ${lineNumber} trop longue (${bytes} octets, ${MAX_LINE_BYTES} au plus) : ignorée.`, `Line ${lineNumber} too long (${bytes} bytes, at most ${MAX_LINE_BYTES}): skipped.`), lineNumber, index++, false);
      continue;
    }
    const trimmed = lineNumber === 1 ? text.replace(/^\uFEFF/, "") : text;
    if (trimmed.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const { message } = jsonError(trimmed, error, locale);
      yield problem("input/invalid-json", fr(locale, `Ligne ${lineNumber} : ${message}`, `Line ${lineNumber}: ${message}`), lineNumber, index++, false);
      continue;
    }
    const here = lineNumber;
    yield { kind: "posting", index: index++, line: here, value, locate: (paths) => locateJsonPaths(trimmed, paths, { lineOffset: here - 1 }) };
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
        single = !clean.trim().includes("\n");
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
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    yield problem("input/unreadable-file", fr(locale, `Fichier illisible (${reason}).`, `Cannot read the file (${reason}).`));
  }
}
