// A tiny XML writer for documents we build ourselves: every text and attribute value goes
// through `escapeXml`, so a customer called "A & B <Ltd>" cannot break or inject markup. Pure.

// Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type XmlNode = { name: string; attrs?: Record<string, string>; text?: string; children?: Child[] };
/** Optional children: null, false and "" (an empty value) are left out. */
type Child = XmlNode | null | false | "";

/** An element with text or children. */
export function el(name: string, content?: string | Child[], attrs?: Record<string, string>): XmlNode {
  return typeof content === "string" ? { name, text: content, attrs } : { name, children: content ?? [], attrs };
}

function render(node: XmlNode, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  const children = (node.children ?? []).filter((c): c is XmlNode => Boolean(c));
  if (node.text !== undefined) out.push(`${pad}<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`);
  else if (children.length === 0) out.push(`${pad}<${node.name}${attrs}/>`);
  else {
    out.push(`${pad}<${node.name}${attrs}>`);
    for (const c of children) render(c, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

/** The whole document with its XML declaration, UTF-8, LF line ends. */
export function renderXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, out);
  return `${out.join("\n")}\n`;
}
