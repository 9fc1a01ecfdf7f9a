import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

it("the excerpt of the Labo de l'ESS example in docs/data-model.md matches the example file", () => {
  const doc = readFileSync(join(root, "docs", "data-model.md"), "utf8");
  const block = /```json\n([\s\S]*?)```/.exec(doc);
  expect(block).not.toBeNull();
  const excerpt = JSON.parse(block![1]!);
  const example = JSON.parse(readFileSync(join(root, "examples", "labo-ess-2023.json"), "utf8"));
  expect(example).toMatchObject(excerpt);
});
