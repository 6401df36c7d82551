// katex 0.16.9 ships no type declarations; this covers the one function the site calls.
declare module "katex" {
  /** Options of `renderToString` that the site uses. */
  interface KatexOptions {
    displayMode?: boolean;
    throwOnError?: boolean;
    strict?: boolean | "ignore" | "warn" | "error";
    output?: "html" | "mathml" | "htmlAndMathml";
    macros?: Record<string, string>;
  }
  /** Typeset TeX to an HTML string. */
  function renderToString(tex: string, options?: KatexOptions): string;
  const katex: { renderToString: typeof renderToString };
  export default katex;
}
