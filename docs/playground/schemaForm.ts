// A form generated from a JSON Schema (the one zod's z.toJSONSchema makes of JobPostingSchema): objects
// become groups, optional objects fold away, arrays become repeatable groups, enums become lists, a
// union discriminated on a constant property (the contract's `type`) becomes a choice of variant that
// shows only that variant's fields. Labels, help and value names come from the host (the French table
// or the schema's own titles and descriptions). Nothing here knows a field of the posting by name.
import { h } from "./dom.js";
import { fieldId, getAt, pointer, setAt, type Path } from "./paths.js";
import { longDate, readDate, writeDate } from "./format.js";

export type SchemaNode = { [key: string]: unknown };

export interface FormTexts {
  add: string;
  remove: string;
  choose: string;
  unset: string;
  yes: string;
  no: string;
  required: string;
  item: (label: string, n: number) => string;
  datePlaceholder: string;
}

export interface FormHost {
  /** The root schema, with its `$defs`. */
  schema: SchemaNode;
  text: FormTexts;
  locale: "fr" | "en";
  /** The label of `key` in the definition `owner` (`undefined` for an array item). */
  label(owner: string | undefined, key: string, node: SchemaNode): string;
  help(owner: string | undefined, key: string, node: SchemaNode): string | undefined;
  /** The name of an enum value; `enumKey` is the enum's definition id or `Owner.field`. */
  valueLabel(enumKey: string | undefined, value: string): string;
  variantLabel(defId: string, node: SchemaNode): string;
  /** The edited value (the posting). */
  value(): unknown;
  /** Replaces the edited value; `structural` when the form must be drawn again (variant, item added). */
  changed(next: unknown, structural: boolean, focus?: string): void;
  /** A widget drawn at the top of an object of definition `defId` (the agreement picker). */
  extra?(defId: string, path: Path): HTMLElement | undefined;
}

interface Resolved {
  node: SchemaNode;
  defId?: string;
}

const asNode = (v: unknown): SchemaNode => (typeof v === "object" && v !== null ? (v as SchemaNode) : {});

export function createForm(host: FormHost) {
  const defs = asNode(host.schema["$defs"]);

  function resolve(node: SchemaNode, defId?: string): Resolved {
    const ref = node["$ref"];
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      const id = ref.slice("#/$defs/".length);
      return resolve(asNode(defs[id]), id);
    }
    return { node, ...(defId ? { defId } : {}) };
  }

  /** A union whose branches are objects with a common constant property: the property and its branches. */
  function discriminated(node: SchemaNode): { key: string; branches: { value: string; node: SchemaNode; defId: string }[] } | undefined {
    const options = (node["oneOf"] ?? node["anyOf"]) as SchemaNode[] | undefined;
    if (!Array.isArray(options) || options.length < 2) return undefined;
    const resolved = options.map((o) => resolve(o));
    const first = asNode(resolved[0]!.node["properties"]);
    for (const key of Object.keys(first)) {
      const branches = resolved.map((r) => ({ value: asNode(asNode(r.node["properties"])[key])["const"], node: r.node, defId: r.defId ?? "" }));
      if (branches.every((b) => typeof b.value === "string")) return { key, branches: branches as { value: string; node: SchemaNode; defId: string }[] };
    }
    return undefined;
  }

  /** Sets the value at `path`, fills the constant properties the objects on the way require, prunes what became empty. */
  function update(path: Path, value: unknown, structural = false, focus?: string): void {
    let next = setAt(host.value(), path, value);
    next = fillConstants(next, host.schema, []);
    host.changed(next, structural, focus);
  }

  /** Required constant properties (`currency: "EUR"`) of every object present, so that the person never types them. */
  function fillConstants(value: unknown, node: SchemaNode, path: Path): unknown {
    const { node: n } = resolve(node);
    if (Array.isArray(value)) {
      const items = asNode(n["items"]);
      value.forEach((v, i) => fillConstants(v, items, [...path, i]));
      return value;
    }
    if (typeof value !== "object" || value === null) return value;
    const union = discriminated(n);
    const record = value as Record<string, unknown>;
    const target = union ? union.branches.find((b) => b.value === record[union.key])?.node : n;
    if (!target) return value;
    const props = asNode(target["properties"]);
    const required = (target["required"] as string[] | undefined) ?? [];
    for (const [key, sub] of Object.entries(props)) {
      const c = resolve(asNode(sub)).node["const"];
      if (c !== undefined && required.includes(key) && record[key] === undefined && Object.keys(record).length > 0) record[key] = c;
      if (record[key] !== undefined) fillConstants(record[key], asNode(sub), [...path, key]);
    }
    return value;
  }

  function render(container: HTMLElement): void {
    const { node, defId } = resolve(host.schema);
    container.replaceChildren(...objectFields(node, defId ?? "", []));
  }

  /** The fields of an object, in the schema's order; constants are not shown. */
  function objectFields(node: SchemaNode, defId: string, path: Path, skip?: string): HTMLElement[] {
    const props = asNode(node["properties"]);
    const required = (node["required"] as string[] | undefined) ?? [];
    const out: HTMLElement[] = [];
    const extra = host.extra?.(defId, path);
    if (extra) out.push(extra);
    for (const [key, sub] of Object.entries(props)) {
      if (key === skip || key === "$schema" || resolve(asNode(sub)).node["const"] !== undefined) continue;
      out.push(property(defId, key, asNode(sub), [...path, key], required.includes(key)));
    }
    return out;
  }

  function property(owner: string | undefined, key: string, raw: SchemaNode, path: Path, required: boolean): HTMLElement {
    const { node, defId } = resolve(raw);
    // The property's own description (and title) win over the definition's.
    const merged = { ...node, ...(raw["description"] ? { description: raw["description"] } : {}) };
    const label = host.label(owner, key, merged);
    const help = host.help(owner, key, merged);
    const union = discriminated(node);
    if (union) return unionGroup(label, help, union, path, required);
    if (node["type"] === "object" && node["properties"]) return objectGroup(label, help, node, defId ?? `${owner}.${key}`, path, required);
    if (node["type"] === "array") return arrayGroup(label, help, node, owner, key, path, required);
    return scalar(label, help, node, defId ?? (owner ? `${owner}.${key}` : undefined), path, required);
  }

  function group(label: string, help: string | undefined, path: Path, required: boolean, fold: boolean, children: HTMLElement[]): HTMLElement {
    const id = fieldId(path);
    const slot = h("div", { class: "field-diagnostics", id: `${id}-diagnostics` });
    const helpEl = help ? h("p", { class: "hint", id: `${id}-help` }, help) : undefined;
    const describedBy = [helpEl ? `${id}-help` : "", `${id}-diagnostics`].filter(Boolean).join(" ");
    const body = h("div", { class: "group-body" }, ...children);
    const legendText = [label, required ? h("span", { class: "req" }, ` (${host.text.required})`) : undefined];
    if (fold) {
      const details = h("details", { class: "group", "data-path": pointer(path), id }, h("summary", { id: `${id}-summary` }, ...legendText), helpEl, slot, body);
      if (getAt(host.value(), path) !== undefined) details.setAttribute("open", "");
      body.setAttribute("role", "group");
      body.setAttribute("aria-label", label);
      return details;
    }
    return h("fieldset", { class: "group", "data-path": pointer(path), id, "aria-describedby": describedBy }, h("legend", {}, ...legendText), helpEl, slot, body);
  }

  function objectGroup(label: string, help: string | undefined, node: SchemaNode, defId: string, path: Path, required: boolean): HTMLElement {
    const inArray = typeof path[path.length - 1] === "number";
    return group(label, help, path, required, !required && !inArray, objectFields(node, defId, path));
  }

  function unionGroup(label: string, help: string | undefined, union: NonNullable<ReturnType<typeof discriminated>>, path: Path, required: boolean): HTMLElement {
    const current = asNode(getAt(host.value(), path));
    const chosen = union.branches.find((b) => b.value === current[union.key]);
    const id = fieldId([...path, union.key]);
    const select = h(
      "select",
      { id, "aria-describedby": `${id}-diagnostics` },
      h("option", { value: "" }, host.text.choose),
      ...union.branches.map((b) => h("option", { value: b.value }, host.variantLabel(b.defId, b.node))),
    ) as HTMLSelectElement;
    select.value = chosen?.value ?? "";
    select.addEventListener("change", () => {
      // A new variant keeps nothing of the former one's fields: they may not exist in it.
      update(path, select.value ? { [union.key]: select.value } : {}, true, id);
    });
    const chooser = h(
      "div",
      { class: "field", "data-path": pointer([...path, union.key]) },
      h("label", { for: id }, host.label(chosen?.defId ?? union.branches[0]!.defId, union.key, {})),
      select,
      h("div", { class: "field-diagnostics", id: `${id}-diagnostics` }),
    );
    const fields = chosen ? objectFields(chosen.node, chosen.defId, path, union.key) : [];
    const inArray = typeof path[path.length - 1] === "number";
    return group(label, help, path, required, !required && !inArray, [chooser, ...fields]);
  }

  function arrayGroup(label: string, help: string | undefined, node: SchemaNode, owner: string | undefined, key: string, path: Path, required: boolean): HTMLElement {
    const items = resolve(asNode(node["items"]));
    const current = getAt(host.value(), path);
    const list = Array.isArray(current) ? current : [];
    const enumValues = items.node["enum"] as string[] | undefined;
    if (Array.isArray(enumValues)) {
      const enumKey = items.defId ?? `${owner}.${key}`;
      const boxes = enumValues.map((v) => {
        const id = `${fieldId(path)}-${String(v).replace(/[^A-Za-z0-9_]/g, "_")}`;
        const box = h("input", { type: "checkbox", id, value: v }) as HTMLInputElement;
        box.checked = list.includes(v);
        box.addEventListener("change", () => {
          const next = enumValues.filter((e) => (e === v ? box.checked : list.includes(e)));
          list.splice(0, list.length, ...next);
          update(path, next.length > 0 ? next : undefined);
        });
        return h("div", { class: "check" }, box, h("label", { for: id }, host.valueLabel(enumKey, v)));
      });
      return group(label, help, path, required, false, [h("div", { class: "checks" }, ...boxes)]);
    }
    const children: HTMLElement[] = list.map((_, i) => {
      const itemPath = [...path, i];
      const itemLabel = host.text.item(label, i + 1);
      const remove = h("button", { type: "button", class: "remove", id: `${fieldId(itemPath)}-remove` }, `${host.text.remove} : ${itemLabel}`);
      remove.addEventListener("click", () => {
        const next = list.filter((__, j) => j !== i);
        update(path, next.length > 0 || required ? next : undefined, true, `${fieldId(path)}-add`);
      });
      const field = property(undefined, key, asNode(node["items"]), itemPath, true);
      relabel(field, itemLabel);
      field.append(h("div", { class: "item-actions" }, remove));
      return field;
    });
    const add = h("button", { type: "button", class: "add", id: `${fieldId(path)}-add` }, `${host.text.add} : ${label}`);
    add.addEventListener("click", () => {
      const blank = items.node["type"] === "string" ? "" : items.node["type"] === "number" || items.node["type"] === "integer" ? 0 : {};
      const next = [...list, blank];
      const itemPath = [...path, next.length - 1];
      const itemNode = items.node;
      const focus = discriminated(itemNode) ? fieldId([...itemPath, discriminated(itemNode)!.key]) : fieldId(itemPath);
      update(path, next, true, focus);
    });
    return group(label, help, path, required, !required, [...children, h("div", { class: "item-actions" }, add)]);
  }

  /** Gives an array item the label "Contrats n° 1" instead of the array's own. */
  function relabel(field: HTMLElement, label: string): void {
    const target = field.querySelector(":scope > legend, :scope > summary, :scope > label");
    if (target) target.textContent = label;
  }

  function scalar(label: string, help: string | undefined, node: SchemaNode, enumKey: string | undefined, path: Path, required: boolean): HTMLElement {
    const id = fieldId(path);
    const value = getAt(host.value(), path);
    const describedBy = [help ? `${id}-help` : "", `${id}-diagnostics`].filter(Boolean).join(" ");
    const common = { id, "aria-describedby": describedBy, ...(required ? { "aria-required": "true" } : {}) };
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    let read: () => unknown;
    let after: HTMLElement | undefined;
    const type = node["type"];
    const enumValues = node["enum"] as unknown[] | undefined;
    if (Array.isArray(enumValues) || type === "boolean") {
      const values = Array.isArray(enumValues) ? enumValues.map(String) : ["true", "false"];
      const names = Array.isArray(enumValues) ? values.map((v) => host.valueLabel(enumKey, v)) : [host.text.yes, host.text.no];
      input = h("select", common, h("option", { value: "" }, required ? host.text.choose : host.text.unset), ...values.map((v, i) => h("option", { value: v }, names[i]!))) as HTMLSelectElement;
      input.value = value === undefined ? "" : String(value);
      read = () => (input.value === "" ? undefined : type === "boolean" ? input.value === "true" : input.value);
    } else if (type === "number" || type === "integer") {
      input = h("input", { ...common, type: "text", inputmode: "decimal", autocomplete: "off" }) as HTMLInputElement;
      input.value = typeof value === "number" ? (host.locale === "fr" ? String(value).replace(".", ",") : String(value)) : value === undefined ? "" : String(value);
      read = () => {
        const text = input.value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
        if (text === "") return undefined;
        const n = Number(text);
        return Number.isFinite(n) ? n : input.value;
      };
    } else if (node["format"] === "date") {
      input = h("input", { ...common, type: "text", autocomplete: "off", placeholder: host.text.datePlaceholder }) as HTMLInputElement;
      input.value = typeof value === "string" ? writeDate(value, host.locale) : "";
      after = h("span", { class: "date-long", "aria-hidden": "true" });
      read = () => (input.value.trim() === "" ? undefined : readDate(input.value));
    } else if (typeof node["maxLength"] === "number" && node["maxLength"] > 600 && node["format"] === undefined) {
      input = h("textarea", { ...common, rows: "3" }) as HTMLTextAreaElement;
      input.value = typeof value === "string" ? value : "";
      read = () => (input.value === "" ? undefined : input.value);
    } else {
      input = h("input", { ...common, type: "text", autocomplete: "off" }) as HTMLInputElement;
      input.value = typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value);
      read = () => (input.value === "" ? undefined : input.value);
    }
    const dateHint = after;
    const showDate = () => {
      if (dateHint) dateHint.textContent = longDate(String(read() ?? ""), host.locale) ?? "";
    };
    showDate();
    input.addEventListener(input instanceof HTMLSelectElement ? "change" : "input", () => {
      showDate();
      update(path, read());
    });
    return h(
      "div",
      { class: "field", "data-path": pointer(path) },
      h("label", { for: id }, label, required ? h("span", { class: "req" }, ` (${host.text.required})`) : undefined),
      input,
      after,
      help ? h("p", { class: "hint", id: `${id}-help` }, help) : undefined,
      h("div", { class: "field-diagnostics", id: `${id}-diagnostics` }),
    );
  }

  return { render, resolve, discriminated, update };
}
