import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../src/internal/jsonSyntaxError.ts";

const at = (text: string) => {
  const e = jsonSyntaxError(text);
  return e === undefined ? undefined : `${e.line}:${e.column} ${e.message}`;
};

describe("jsonSyntaxError(text)", () => {
  it("finds nothing wrong in valid JSON", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]}', " 0 ", "[]", "{}", '""'])
      expect(at(text)).toBeUndefined();
  });

  it("points at the first character that breaks the grammar, by line and column", () => {
    expect(at('{"a": 1,}')).toBe('1:9 expected a property name in double quotes, got "}"');
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toBe('3:3 expected "," or "}", got "\\""');
    expect(at("[1 2]")).toBe('1:4 expected "," or "]", got "2"');
    expect(at('{"a": NaN}')).toBe('1:7 expected a value (object, array, string, number, true, false or null), got "N"');
    expect(at('{"a" 1}')).toBe('1:6 expected ":" after the property name, got "1"');
    expect(at('"ab')).toBe('1:4 expected a closing ", got the end of the text');
    expect(at('"a\\x"')).toBe('1:3 expected a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), got "\\\\"');
    expect(at("[1] x")).toBe('1:5 expected the end of the text after the JSON value, got "x"');
    expect(at("[[[")).toBe('1:4 expected a value, got the end of the text');
    expect(at("{")).toBe('1:2 expected a value, got the end of the text');
  });

  it("handles nesting far deeper than the call stack allows", () => {
    expect(at("[".repeat(200_000) + "]".repeat(200_000))).toBeUndefined();
    expect(at("[".repeat(200_000))).toBe("1:200001 expected a value, got the end of the text");
  });

  it("agrees with JSON.parse on which texts are valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
