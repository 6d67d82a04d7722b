"use client";

// Shown when the root layout itself fails, so no translations are loaded: both languages inline.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>出错了 · Something went wrong</h1>
        <p>错误已记录，编号 / reference: {error.digest ?? "-"}</p>
        <button type="button" onClick={reset}>重试 · Try again</button>
      </body>
    </html>
  );
}
