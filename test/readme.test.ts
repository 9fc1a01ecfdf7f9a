import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const match = /<!-- readme-example[^>]*-->\s*```ts\n([\s\S]*?)```\s*prints\s*```text\n([\s\S]*?)```/.exec(readme);

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
});
afterEach(() => vi.restoreAllMocks());

it("the README's usage example runs and prints what the README says", async () => {
  expect(match, "README usage example block").not.toBeNull();
  const [, code, expected] = match!;
  const dir = join(root, "test", ".generated");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "readme-example.ts");
  writeFileSync(file, code!.replace(/from "ess-jobs"/g, 'from "../../src/index.js"'));
  await import(file);
  expect(logged.join("\n") + "\n").toBe(expected);
});
