import { describe, expect, it } from "vitest";
import { checkLinks, extractLinks } from "../../src/site/links.js";

const page = (body: string) => `<html><body>${body}</body></html>`;

describe("checkLinks", () => {
  it("accepts relative links to files and ids that exist", () => {
    const files = new Map([
      ["index.html", page('<a href="claims/a.html#x">a</a><img src="figures/f.svg">')],
      ["claims/a.html", page('<p id="x"></p><a href="../index.html">home</a><a href="#x">self</a>')],
      ["figures/f.svg", "<svg></svg>"],
    ]);
    expect(checkLinks(files)).toEqual([]);
  });
  it("reports a missing file, a missing id, external and absolute URLs", () => {
    const files = new Map([
      [
        "index.html",
        page(
          '<a href="claims/b.html">b</a><a href="claims/a.html#nope">x</a><a href="https://example.org/">e</a><a href="/abs.html">a</a><a href="../up.html">u</a>',
        ),
      ],
      ["claims/a.html", page('<p id="x"></p>')],
    ]);
    const broken = checkLinks(files).map((b) => b.href);
    expect(broken).toEqual(["claims/b.html", "claims/a.html#nope", "https://example.org/", "/abs.html", "../up.html"]);
  });
  it("asks about files it did not generate (the API reference)", () => {
    const files = new Map([["index.html", page('<a href="api/functions/f.html">f</a>')]]);
    expect(checkLinks(files, (p) => p === "api/functions/f.html")).toEqual([]);
    expect(checkLinks(files)).toHaveLength(1);
  });
  it("reads escaped attribute values back", () => {
    expect(extractLinks('<a href="a.html?x=1&amp;y=2">')).toEqual(["a.html?x=1&y=2"]);
  });
});
