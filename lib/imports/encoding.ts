// Which text encoding an uploaded CSV uses. Excel on a Chinese Windows saves "CSV" in GBK
// (GB18030 is its superset), "CSV UTF-8" with a BOM, and "Unicode text" as UTF-16 with a BOM.
// Without a BOM we decide by validity: bytes that are not well-formed UTF-8 are GB18030.

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** The encoding a byte-order mark names, and the mark's length; null without one. */
export function bomEncoding(head: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Feeds chunks through a fatal UTF-8 decoder: `push` returns false once the bytes seen so far
 * cannot be UTF-8. Streaming, so a multi-byte character split between chunks is fine.
 */
export function utf8Checker(): { push(chunk: Uint8Array): boolean; end(): boolean } {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let valid = true;
  return {
    push(chunk) {
      if (!valid) return false;
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
      return valid;
    },
    end() {
      if (!valid) return false;
      try {
        decoder.decode();
      } catch {
        valid = false;
      }
      return valid;
    },
  };
}

/** Decides for a whole byte sequence (tests and small files); uploads use the streaming form. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return bom.encoding;
  const check = utf8Checker();
  return check.push(bytes) && check.end() ? "utf-8" : "gb18030";
}

/**
 * The field delimiter, guessed from the header line: the most frequent of comma, semicolon
 * (European Excel) and tab (Excel's "Unicode text") outside quotes. Comma when in doubt.
 */
export function detectDelimiter(headerLine: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch] += 1;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
  }
  if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
  if (counts[";"] > counts[","]) return ";";
  return ",";
}
