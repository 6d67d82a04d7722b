import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { catalogs } from "./messages";

// Both languages are first-class: the same keys, no empty text, and the same ICU arguments
// (a placeholder missing in one language would print "{name}" or throw at run time).

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const inner = flatten(value as Tree, path);
      if (inner.size === 0) out.set(path, value); // an empty group is a mistake too
      for (const [k, v] of inner) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/**
 * The arguments and tags of an ICU message as "name:type" strings ("count:plural", "name:",
 * "<b>"), parsed the way next-intl (intl-messageformat) reads them. Throws on unbalanced braces.
 */
function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };

  // Text up to the closing brace of the current level (or the end at top level).
  function text(inPlural: boolean, nested: boolean): void {
    while (i < message.length) {
      const c = message[i];
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") i += 2;
        else if (next === "{" || next === "}" || (inPlural && next === "#") || next === "<") {
          const end = message.indexOf("'", i + 1);
          i = end === -1 ? message.length : end + 1;
        } else i += 1;
      } else if (c === "{") {
        i += 1;
        argument();
      } else if (c === "}") {
        if (!nested) fail("unexpected }");
        return;
      } else if (c === "<") {
        const m = /^<\/?([A-Za-z][\w-]*)\s*\/?>/.exec(message.slice(i));
        if (m) found.add(`<${m[1]}>`);
        i += m ? m[0].length : 1;
      } else i += 1;
    }
    if (nested) fail("missing }");
  }

  function word(): string {
    const m = /^\s*([^\s,{}]*)\s*/.exec(message.slice(i))!;
    i += m[0].length;
    return m[1];
  }

  function argument(): void {
    const name = word();
    if (!name) fail("empty argument");
    if (message[i] === "}") {
      i += 1;
      found.add(`${name}:`);
      return;
    }
    if (message[i] !== ",") fail("expected , or }");
    i += 1;
    const type = word();
    if (!["plural", "select", "selectordinal"].includes(type)) {
      // number, date, time with an optional style: no nested braces allowed there.
      const end = message.indexOf("}", i);
      if (end === -1) fail("missing }");
      i = end + 1;
      found.add(`${name}:${type}`);
      return;
    }
    found.add(`${name}:${type}`);
    if (message[i] !== ",") fail("expected , after the type");
    i += 1;
    const selectors: string[] = [];
    for (;;) {
      const selector = word();
      if (!selector) break;
      if (selector.startsWith("offset:")) continue;
      if (message[i] !== "{") fail(`expected { after ${selector}`);
      i += 1;
      text(type !== "select", true);
      i += 1; // the branch's }
      selectors.push(selector);
    }
    if (message[i] !== "}") fail("missing } after the branches");
    i += 1;
    if (!selectors.includes("other")) fail(`${name} has no "other" branch`);
  }

  text(false, false);
  return [...found].sort();
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(catalogs[l] as unknown as Tree)])) as Record<(typeof LOCALES)[number], Map<string, unknown>>;

describe("message catalogs", () => {
  it("register the same namespaces as the files on disk, in both languages", () => {
    const dir = join(__dirname, "messages");
    for (const locale of LOCALES) {
      const files = readdirSync(join(dir, locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
      expect(Object.keys(catalogs[locale]).sort(), `${locale}: every messages/${locale}/*.json is registered in messages.ts`).toEqual(files);
    }
  });

  it("have the same keys in zh-CN and en", () => {
    const en = [...flat.en.keys()].sort();
    const zh = [...flat["zh-CN"].keys()].sort();
    expect(zh.filter((k) => !flat.en.has(k)), "keys only in zh-CN").toEqual([]);
    expect(en.filter((k) => !flat["zh-CN"].has(k)), "keys only in en").toEqual([]);
  });

  it("have no dots inside keys (next-intl reads a dot as nesting, so such a message is never found)", () => {
    const dotted: string[] = [];
    const walk = (tree: Tree, path: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (key.includes(".")) dotted.push(`${path}${key}`);
        if (value && typeof value === "object") walk(value as Tree, `${path}${key}/`);
      }
    };
    for (const locale of LOCALES) walk(catalogs[locale] as unknown as Tree, `${locale}:`);
    expect(dotted).toEqual([]);
  });

  it("have no empty or non-text values", () => {
    for (const locale of LOCALES) {
      const bad = [...flat[locale]].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
      expect(bad, `${locale}: empty or non-string messages`).toEqual([]);
    }
  });

  it("use the same ICU arguments and tags in both languages, and parse", () => {
    // Chinese has no plural forms, so `{n, plural, …}` in English may be a plain `{n}` in
    // Chinese: numbers are interchangeable; dates, times and selects must match.
    const comparable = (message: string) =>
      [...new Set(icuArguments(message).map((a) => a.replace(/:(plural|selectordinal|number)?$/, "")))].sort().join(" ");
    const mismatched: string[] = [];
    for (const [key, en] of flat.en) {
      const zh = flat["zh-CN"].get(key);
      if (typeof en !== "string" || typeof zh !== "string") continue;
      const a = comparable(en);
      const b = comparable(zh);
      if (a !== b) mismatched.push(`${key}: en {${a}} zh-CN {${b}}`);
    }
    expect(mismatched).toEqual([]);
  });
});

describe("icuArguments (the checker itself)", () => {
  it("finds simple, typed, plural and nested arguments", () => {
    expect(icuArguments("Hello")).toEqual([]);
    expect(icuArguments("Hello {name}")).toEqual(["name:"]);
    expect(icuArguments("{ name }, today is {date, date, long}")).toEqual(["date:date", "name:"]);
    expect(icuArguments("{count, plural, =0 {none} one {# item} other {# items of {total}}}")).toEqual(["count:plural", "total:"]);
    expect(icuArguments("{g, select, male {he} female {she} other {they}} said {n, number}")).toEqual(["g:select", "n:number"]);
    expect(icuArguments("Read <b>this</b> or <link>that</link><br/>")).toEqual(["<b>", "<br>", "<link>"]);
  });

  it("respects apostrophe quoting", () => {
    expect(icuArguments("It''s {name}'s")).toEqual(["name:"]);
    expect(icuArguments("Literal '{braces}' here")).toEqual([]);
  });

  it("rejects broken messages", () => {
    expect(() => icuArguments("Hello {name")).toThrow();
    expect(() => icuArguments("Hello name}")).toThrow();
    expect(() => icuArguments("{count, plural, one {# item}}")).toThrow(/other/);
    expect(() => icuArguments("{}")).toThrow();
  });
});
