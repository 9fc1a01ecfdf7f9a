// Element creation for the playground: text is always set as text, never parsed as HTML.

/** Creates an element with attributes and children (nodes or text); `undefined` children are skipped. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | undefined)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** Text with a line-break opportunity after each "/" and "-", for long codes and paths in narrow cells. */
export function breakable(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of text.split(/(?<=[/-])/)) fragment.append(part, document.createElement("wbr"));
  return fragment;
}
