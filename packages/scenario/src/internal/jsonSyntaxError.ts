/*
 * Where a JSON text first breaks the grammar, for a one-line message with line and column. Only called once
 * `JSON.parse` has failed: its messages differ between engines and often quote the whole text instead of giving
 * a position. A small state machine over an explicit stack, so deep nesting cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the offending character; line and column are 1-based. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type State = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "after";

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const WHITESPACE = /[ \t\n\r]*/y;
const LITERAL = /true|false|null/y;

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export const jsonSyntaxError = (text: string): JsonSyntaxError | undefined => {
  let i = 0;
  const stack: ("{" | "[")[] = [];
  let state: State = "value";

  const fail = (expected: string): JsonSyntaxError => {
    const before = text.slice(0, i);
    const got = i < text.length ? JSON.stringify(text[i]) : "the end of the text";
    return {
      offset: i,
      line: before.split("\n").length,
      column: i - before.lastIndexOf("\n"),
      message: `expected ${expected}, got ${got}`,
    };
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  /** Skips a string starting at `i` (on its opening quote); returns an error, or undefined. */
  const skipString = (): JsonSyntaxError | undefined => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) return fail('a closing "');
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < " ") return fail("no control character inside a string");
      if (c !== "\\") i++;
      else if (!match(ESCAPE)) return fail("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
  };
  const close = (): void => {
    i++;
    stack.pop();
    state = "after";
  };

  for (;;) {
    match(WHITESPACE);
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === undefined) {
      if (state === "after" && top === undefined) return undefined;
      return fail(state === "after" ? `"," or "${top === "{" ? "}" : "]"}"` : "a value");
    }
    switch (state) {
      case "valueOrClose":
      case "value":
        if (state === "valueOrClose" && c === "]") close();
        else if (c === "{" || c === "[") {
          stack.push(c);
          i++;
          state = c === "{" ? "keyOrClose" : "valueOrClose";
        } else if (c === '"') {
          const e = skipString();
          if (e !== undefined) return e;
          state = "after";
        } else if (match(NUMBER) || match(LITERAL)) state = "after";
        else return fail("a value (object, array, string, number, true, false or null)");
        break;
      case "keyOrClose":
      case "key": {
        if (state === "keyOrClose" && c === "}") {
          close();
          break;
        }
        if (c !== '"') return fail("a property name in double quotes");
        const e = skipString();
        if (e !== undefined) return e;
        state = "colon";
        break;
      }
      case "colon":
        if (c !== ":") return fail('":" after the property name');
        i++;
        state = "value";
        break;
      case "after":
        if (top === undefined) return fail("the end of the text after the JSON value");
        if (c === ",") {
          i++;
          state = top === "{" ? "key" : "value";
        } else if (c === (top === "{" ? "}" : "]")) close();
        else return fail(`"," or "${top === "{" ? "}" : "]"}"`);
    }
  }
};
