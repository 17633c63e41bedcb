/**
 * Reads a whitespace-separated stream of integers (the layout of both benchmark sets) and names the line and
 * the field of whatever is wrong: `25x5-01: line 3, h[4][2] (handling of ship 4 at berth 2): expected an
 * integer, got "x"`.
 */
export class TokenReader {
  private readonly texts: string[] = [];
  private readonly lines: number[] = [];
  private next = 0;

  constructor(
    private readonly source: string,
    text: string,
  ) {
    const rows = text.split(/\r\n|\n|\r/);
    rows.forEach((row, i) => {
      for (const t of row.split(/[ \t]+/)) {
        if (t === "") continue;
        this.texts.push(t);
        this.lines.push(i + 1);
      }
    });
  }

  /** The next token as an integer; `field` names it in errors, `min` is checked when given. */
  int(field: string, min?: number): number {
    if (this.next >= this.texts.length) {
      const after = this.lines.length === 0 ? "an empty file" : `line ${this.lines[this.lines.length - 1]}`;
      throw new Error(`${this.source}: unexpected end of file after ${after}: missing ${field}`);
    }
    const text = this.texts[this.next]!;
    const line = this.lines[this.next]!;
    this.next++;
    if (!/^[+-]?\d+$/.test(text))
      throw new Error(`${this.source}: line ${line}, ${field}: expected an integer, got "${text}"`);
    const value = Number(text);
    if (min !== undefined && value < min)
      throw new Error(`${this.source}: line ${line}, ${field}: expected an integer ≥ ${min}, got ${value}`);
    return value;
  }

  /** The line of the token read last, for errors raised after reading it. */
  lastLine(): number {
    return this.lines[this.next - 1] ?? 0;
  }

  fail(field: string, message: string): never {
    throw new Error(`${this.source}: line ${this.lastLine()}, ${field}: ${message}`);
  }

  /** Throws when tokens remain: the header's counts and the data disagree. */
  end(what: string): void {
    if (this.next < this.texts.length) {
      const extra = this.texts.length - this.next;
      throw new Error(
        `${this.source}: line ${this.lines[this.next]}: ${extra} token(s) after the last field (${what}); the header's counts and the data disagree`,
      );
    }
  }
}
