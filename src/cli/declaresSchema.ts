import { closeSync, openSync, readSync } from "node:fs";

/** How much of a file's start is read to find its `$schema`. */
const HEAD_BYTES = 4096;
const JSON_DECLARATION = /"\$schema"\s*:\s*"[^"\n]{0,500}job-posting\.schema\.json[#"]/;
const YAML_DECLARATION = /^[ \t]*["']?\$schema["']?[ \t]*:[ \t]*["']?[^\s"'#]{0,500}job-posting\.schema\.json/m;

/**
 * Whether a file declares the posting schema: a `$schema` naming `job-posting.schema.json` (any
 * version, any host, a relative path) within its first 4 KiB, as the examples and editors write it.
 */
export function declaresSchema(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buffer = Buffer.alloc(HEAD_BYTES);
    const head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString("utf8");
    return /\.ya?ml$/i.test(path) ? YAML_DECLARATION.test(head) : JSON_DECLARATION.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
