import { readFileSync } from "node:fs";
import type { Locale } from "../validate/Diagnostic.js";

/** Largest file the CLI reads whole (bigger files belong in NDJSON). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The postings read from a file, or why none could be. @internal */
export type ReadResult =
  | { ok: true; postings: unknown[]; isArray: boolean }
  | { ok: false; code: "input/unreadable-file" | "input/empty-file" | "input/binary-file" | "input/invalid-json" | "input/file-too-large"; message: string };

/**
 * Reads a `.json` file holding one posting or an array of postings.
 * @internal
 */
export function readPostings(file: string, locale: Locale): ReadResult {
  const fr = locale === "fr";
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, code: "input/unreadable-file", message: fr ? `Fichier illisible (${reason}).` : `Cannot read the file (${reason}).` };
  }
  if (buffer.length > MAX_FILE_BYTES) {
    return { ok: false, code: "input/file-too-large", message: fr ? `Fichier trop volumineux (plus de ${MAX_FILE_BYTES} octets).` : `File too large (over ${MAX_FILE_BYTES} bytes).` };
  }
  if (buffer.includes(0)) {
    return { ok: false, code: "input/binary-file", message: fr ? "Fichier binaire : du JSON en UTF-8 est attendu." : "Binary file: UTF-8 JSON expected." };
  }
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    return { ok: false, code: "input/empty-file", message: fr ? "Fichier vide." : "Empty file." };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: "input/invalid-json", message: fr ? `JSON invalide : ${detail}` : `Invalid JSON: ${detail}` };
  }
  return Array.isArray(value) ? { ok: true, postings: value, isArray: true } : { ok: true, postings: [value], isArray: false };
}
