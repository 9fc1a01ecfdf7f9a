// Every `@example` of the public surface's TSDoc compiles: each code block is written into a module
// that imports what it uses from the package's source, and all of them are type-checked in one
// TypeScript program. Every exported function has at least one example.
import { relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { generatedDir, root, toSourceImports, typeCheck, writeSample, type Sample } from "./typeCheck.js";

/** The entry points of the public surface and the module a sample of theirs imports from. */
const ENTRY_POINTS = [
  { file: "src/index.ts", specifier: "ess-jobs" },
  { file: "src/valibot/index.ts", specifier: "ess-jobs/valibot" },
];

interface Example {
  /** `src/pay/legalMinimumPay.ts#legalMinimumPay` (or `#Interface.member`). */
  where: string;
  /** The entry point the export belongs to. */
  specifier: string;
  code: string;
}

/** The text of a JSDoc comment without its delimiters and leading `*`. */
function jsDocText(node: ts.JSDoc): string {
  const raw = node.getSourceFile().text.slice(node.pos, node.end);
  return raw
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n");
}

/** The fenced code blocks of the `@example` sections of a comment. */
function examplesOf(text: string): string[] {
  const blocks: string[] = [];
  // An @example section runs to the next block tag (a line starting with @) or the end.
  for (const section of text.split(/\n(?=@)/)) {
    if (!section.startsWith("@example")) continue;
    for (const m of section.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)) blocks.push(m[1]!);
  }
  return blocks;
}

function jsDocsOf(node: ts.Node): ts.JSDoc[] {
  return ts.getJSDocCommentsAndTags(node).filter((n): n is ts.JSDoc => ts.isJSDoc(n));
}

function collect() {
  const program = ts.createProgram(
    ENTRY_POINTS.map((e) => `${root}/${e.file}`),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const functionsWithoutExample: string[] = [];
  // (also: functions without a summary or a @param)
  const exportNames = new Map<string, Set<string>>();
  const seen = new Set<ts.Node>();
  for (const entry of ENTRY_POINTS) {
    const source = program.getSourceFile(`${root}/${entry.file}`)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    const names = new Set<string>();
    exportNames.set(entry.specifier, names);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      names.add(exported.name);
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        if (seen.has(declaration)) continue;
        seen.add(declaration);
        const file = relative(root, declaration.getSourceFile().fileName);
        const where = `${file}#${exported.name}`;
        const own = jsDocsOf(declaration).flatMap((d) => examplesOf(jsDocText(d)));
        for (const code of own) examples.push({ where, specifier: entry.specifier, code });
        const isFunction =
          ts.isFunctionDeclaration(declaration) ||
          (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)));
        // An overloaded function may carry its documentation on any one of its signatures.
        if (isFunction) {
          const docs = (symbol.declarations ?? []).flatMap((d) => jsDocsOf(d));
          const texts = docs.map(jsDocText);
          if (!texts.some((t) => examplesOf(t).length > 0)) functionsWithoutExample.push(`${where}: no @example`);
          if (!texts.some((t) => /^[^@\s]/.test(t.trim()))) functionsWithoutExample.push(`${where}: no summary`);
          const fn = ts.isFunctionDeclaration(declaration) ? declaration : (declaration.initializer as ts.ArrowFunction);
          for (const p of fn.parameters) {
            const name = ts.isIdentifier(p.name) ? p.name.text : undefined;
            const documented = texts.some((t) => (name ? new RegExp(`@param ${name}\\b`).test(t) : /@param /.test(t)));
            if (!documented) functionsWithoutExample.push(`${where}: no @param ${name ?? "(destructured)"}`);
          }
        }
        if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
          for (const member of declaration.members) {
            const name = member.name && ts.isIdentifier(member.name) ? member.name.text : "?";
            for (const d of jsDocsOf(member))
              for (const code of examplesOf(jsDocText(d))) examples.push({ where: `${where}.${name}`, specifier: entry.specifier, code });
          }
        }
      }
    }
  }
  return { examples, functionsWithoutExample: [...new Set(functionsWithoutExample)], exportNames };
}

/** Names an example declares at its top level or imports itself: not to be imported for it. */
function ownNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const s of bindings.elements) names.add(s.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) addBinding(d.name);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

function identifiersIn(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** The module written for an example: imports of the entry point's names it uses, then its code. */
function sampleFor(example: Example, index: number, exportNames: Map<string, Set<string>>): Sample {
  const exportName = example.where.split("#")[1]!.replace(/\W/g, "_");
  const file = `${String(index).padStart(3, "0")}-${exportName}.ts`;
  const parsed = ts.createSourceFile(file, example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = ownNames(parsed);
  const used = [...identifiersIn(parsed)].filter((n) => exportNames.get(example.specifier)!.has(n) && !declared.has(n)).sort();
  const header = used.length > 0 ? `import { ${used.join(", ")} } from "${example.specifier}";\n` : "";
  return { name: example.where, file, code: `// ${example.where}\n${header}${example.code}\nexport {};\n` };
}

describe("TSDoc examples of the public surface", () => {
  const { examples, functionsWithoutExample, exportNames } = collect();

  it("every exported function has a summary, a @param for each parameter and an @example", () => {
    expect(functionsWithoutExample, "exported functions without a summary, a @param or an @example").toEqual([]);
  });

  it("every @example compiles against the package's source", () => {
    expect(examples.length).toBeGreaterThan(50);
    const dir = generatedDir("examples");
    const samples = examples.map((e, i) => sampleFor(e, i, exportNames));
    const paths = samples.map((s) => {
      s.code = toSourceImports(s.code, `${dir}/${s.file}`);
      return writeSample(dir, s);
    });
    const errors = typeCheck(paths);
    const failures = samples.flatMap((s, i) => {
      const e = errors.get(ts.sys.resolvePath(paths[i]!));
      return e ? [`${s.name} (test/.generated/examples/${s.file}):\n  ${e.join("\n  ")}`] : [];
    });
    expect(failures.join("\n\n"), "examples that do not compile").toBe("");
  }, 180_000); // one whole-program type-check of every sample: slow on a loaded machine, not stuck
});
