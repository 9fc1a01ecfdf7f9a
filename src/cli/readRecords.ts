import { createReadStream, readFileSync, statSync } from "node:fs";
import type { Locale } from "../validate/Diagnostic.js";
import { jsonError } from "./jsonError.js";
import { locateJsonPaths } from "./locateJsonPaths.js";
import { ndjsonLines } from "./ndjsonLines.js";
import { ndjsonRecord } from "./ndjsonRecord.js";
import type { Locator, SourceRecord } from "./SourceRecord.js";
import { decodeText, looksLikeUtf16, utf8Stream } from "./textEncoding.js";
import type { RawLine } from "./ndjsonLines.js";

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
  if (text.includes("\u0000")) {
    if (looksLikeUtf16(text)) return problem("input/encoding", fr(locale, "Fichier en UTF-16 sans marque d'ordre des octets (BOM) : enregistrez-le en UTF-8.", "UTF-16 file without a byte order mark (BOM): save it as UTF-8."));
    return problem("input/binary-file", fr(locale, "Fichier binaire : du texte UTF-8 est attendu.", "Binary file: UTF-8 text expected."));
  }
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

/**
 * The postings of a YAML text. The `yaml` package is loaded here, on the first YAML file: a run over
 * JSON or NDJSON files does not pay for loading it (about a tenth of a second of start-up).
 */
async function* fromYamlText(text: string, locale: Locale): AsyncGenerator<SourceRecord> {
  const { LineCounter, parseDocument, isNode } = await import("yaml");
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
    // The yaml package's words ("ReferenceError: Excessive alias count…") are no message for a user.
    const reason = error instanceof Error ? error.message : String(error);
    yield /alias count/i.test(reason)
      ? problem("input/invalid-yaml", fr(locale, `YAML refusé : ses alias (*nom) se démultiplient au-delà de 100 recopies (une « bombe » d'alias) ; écrivez les valeurs en entier.`, `YAML refused: its aliases (*name) multiply beyond 100 copies (an alias bomb); write the values out in full.`))
      : problem("input/invalid-yaml", fr(locale, `YAML refusé : ${reason}`, `YAML refused: ${reason}`));
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
 * Reads an NDJSON stream line by line, never holding more than one chunk's lines (and at most
 * {@link MAX_LINE_BYTES} of a line): an over-long line is reported by length and skipped, a line with a
 * NUL byte is reported as binary, a malformed line with its line and column; the others are parsed.
 * The records come in batches, one for each chunk read, so that a feed of small lines does not pay an
 * asynchronous step per line.
 */
async function* fromNdjson(stream: AsyncIterable<Buffer> | Iterable<Buffer>, locale: Locale): AsyncGenerator<SourceRecord[]> {
  const splitter = ndjsonLines();
  let lineNumber = 0;
  let index = 0;
  const batchOf = (lines: RawLine[]) => {
    const batch: SourceRecord[] = [];
    for (const raw of lines) {
      const record = ndjsonRecord(raw, ++lineNumber, index, locale);
      if (record) {
        index++;
        batch.push(record);
      }
    }
    return batch;
  };
  for await (const chunk of utf8Stream(stream)) {
    const batch = batchOf(splitter.push(chunk));
    if (batch.length > 0) yield batch;
  }
  const last = batchOf(splitter.end());
  if (last.length > 0) yield last;
}

const isBlankLine = (raw: RawLine) => raw.bytes !== null && /^[ \t\r]*$/.test(raw.bytes.toString("latin1"));

/** Whether an NDJSON line is a JSON document by itself. */
function parses(raw: RawLine | undefined): boolean {
  if (!raw?.bytes || raw.binary) return false;
  try {
    JSON.parse(raw.bytes.toString("utf8").replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
}

/** The chunks already read, then the rest of the stream. */
async function* resume(head: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  head.length = 0;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Standard input: NDJSON, streamed like a file, when its first line is a JSON document by itself
 * and another line follows; else one JSON document (an array or a posting), read whole up to
 * {@link MAX_FILE_BYTES} (NDJSON whose first line is malformed is recognised there, by its second).
 */
async function* fromStdin(stdin: AsyncIterable<Buffer>, locale: Locale): AsyncGenerator<SourceRecord[]> {
  const input = utf8Stream(stdin)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  const splitter = ndjsonLines();
  const lines: RawLine[] = [];
  let ended = false;
  // Until the first two non-blank lines are known (bounded by MAX_LINE_BYTES a line).
  while (lines.length < 2 && !ended) {
    const next = await input.next();
    if (next.done) {
      ended = true;
      lines.push(...splitter.end().filter((l) => !isBlankLine(l)));
      break;
    }
    head.push(next.value);
    size += next.value.length;
    lines.push(...splitter.push(next.value).filter((l) => !isBlankLine(l)));
    if (size > MAX_FILE_BYTES) break;
  }
  if (lines.length >= 2 && parses(lines[0])) return yield* fromNdjson(resume(head, input), locale);
  // One document, or NDJSON with a bad first line: read whole, within the bound.
  while (!ended && size <= MAX_FILE_BYTES) {
    const next = await input.next();
    if (next.done) ended = true;
    else {
      head.push(next.value);
      size += next.value.length;
    }
  }
  if (!ended) {
    if (lines.length >= 2 && parses(lines[1])) return yield* fromNdjson(resume(head, input), locale);
    return yield [problem("input/file-too-large", fr(locale, `Entrée standard trop volumineuse (plus de ${MAX_FILE_BYTES} octets) pour un document JSON : donnez une offre par ligne (NDJSON).`, `Standard input too large (over ${MAX_FILE_BYTES} bytes) for one JSON document: give one posting a line (NDJSON).`))];
  }
  const text = Buffer.concat(head).toString("utf8");
  const bad = textProblem(text, locale);
  if (bad) return yield [bad];
  const clean = text.replace(/^\uFEFF/, "");
  let single = true;
  try {
    JSON.parse(clean);
  } catch {
    // NDJSON when one of the first two non-blank lines is a JSON document by itself; else one
    // malformed JSON document, reported with its position.
    single = lines.length < 2 || !lines.some(parses);
  }
  if (single) yield [...fromJsonText(clean, locale)];
  else yield* fromNdjson([Buffer.from(clean)], locale);
}

/**
 * Reads the postings of one source: a `.json` or `.yaml` file (one posting or an array), an
 * `.ndjson` / `.jsonl` file (one posting a line, streamed), or standard input (`-`: JSON, or NDJSON
 * when it is not a single JSON document). Never throws: every problem becomes a record.
 * @internal
 */
export async function* readRecords(file: string, locale: Locale, stdin: AsyncIterable<Buffer> = process.stdin): AsyncGenerator<SourceRecord> {
  for await (const batch of readRecordBatches(file, locale, stdin)) yield* batch;
}

/**
 * {@link readRecords} in batches (never empty): the records of one chunk of an NDJSON stream, all those
 * of a JSON or YAML file, or a problem alone. What the CLI loops over.
 * @internal
 */
export async function* readRecordBatches(file: string, locale: Locale, stdin: AsyncIterable<Buffer> = process.stdin): AsyncGenerator<SourceRecord[]> {
  try {
    if (file === "-") return yield* fromStdin(stdin, locale);
    const format = formatOf(file);
    if (format === "ndjson") {
      const size = statSync(file).size;
      if (size === 0) return yield [problem("input/empty-file", fr(locale, "Fichier vide.", "Empty file."))];
      let any = false;
      for await (const batch of fromNdjson(createReadStream(file, { highWaterMark: 256 * 1024 }), locale)) {
        any = true;
        yield batch;
      }
      if (!any) yield [problem("input/empty-file", fr(locale, "Aucune offre dans ce fichier (lignes vides).", "No posting in this file (blank lines)."))];
      return;
    }
    if (statSync(file).size > MAX_FILE_BYTES) {
      return yield [problem("input/file-too-large", fr(locale, `Fichier trop volumineux (plus de ${MAX_FILE_BYTES} octets) : utilisez le format .ndjson.`, `File too large (over ${MAX_FILE_BYTES} bytes): use the .ndjson format.`))];
    }
    const text = decodeText(readFileSync(file));
    const bad = textProblem(text, locale);
    if (bad) return yield [bad];
    const records: SourceRecord[] = [];
    for await (const record of format === "yaml" ? fromYamlText(text, locale) : fromJsonText(text, locale)) records.push(record);
    yield records;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    const denied = code === "EACCES" || code === "EPERM";
    yield [
      problem(
        "input/unreadable-file",
        denied ? fr(locale, `Fichier illisible : permission refusée (${code}).`, `Cannot read the file: permission denied (${code}).`) : fr(locale, `Fichier illisible (${reason}).`, `Cannot read the file (${reason}).`),
      ),
    ];
  }
}
