/**
 * Where a JSON text stops being JSON, for an error a teacher can act on: V8's
 * `JSON.parse` message does not always give the position.
 */

const WS = ' \t\n\r';
const LITERAL = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;

/** Offset of the first syntax error, or -1 when the text is JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError();
  };
  const ws = (): void => {
    while (i < text.length && WS.includes(text[i]!)) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  /** Members of an object or items of an array, up to the closing bracket. */
  const list = (close: string, member: () => void): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      list('}', () => {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (c === '[') list(']', value);
    else if (c === '"') string();
    else {
      const m = LITERAL.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch {
    // A syntax error, or nesting too deep to follow: either way the text stops here.
    return Math.min(i, text.length);
  }
}

/** "line 3, column 14" of an offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
