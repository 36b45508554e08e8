// Text utilities shared by the parser, the model and the rules: positions, width folding, numbers.
import type { Position, Range } from './types';

/** Maps offsets to 1-based line/column positions (UTF-16 columns, as VS Code counts). */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** Offset of the end of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    let e = next;
    while (e > this.lineStart(line) && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return e;
  }
  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  /** The line break the document uses (for inserted text). */
  get eol(): string {
    return /\r\n/.test(this.text.slice(0, 4096)) ? '\r\n' : '\n';
  }
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

/**
 * Folds full-width ASCII (`９２．７％`, `：`, `（`) to half-width so that recognisers see one form.
 * The result has the same length as the input, so offsets stay valid.
 */
export function foldWidth(s: string): string {
  // Most text has no full-width character: say so without building a copy.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a small Chinese numeral (一 … 九十九, 百); returns NaN when it is not one. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  if (/^[0-9]+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

/** Parses `412,600`, `1.5萬`, `286.4 万`, `９２．７`; returns NaN when it is not a number. */
export function parseNumber(raw: string): number {
  const s = foldWidth(raw).replace(/[,\s]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(万|萬|亿|億|k|K)?$/.exec(s);
  if (!m) return NaN;
  const n = Number(m[1]);
  const mult = m[2] === '万' || m[2] === '萬' ? 1e4 : m[2] === '亿' || m[2] === '億' ? 1e8 : m[2] ? 1e3 : 1;
  return n * mult;
}

/** Number of decimals written, for comparing a written value with a stored one at its precision. */
export function decimals(raw: string): number {
  const m = /\.(\d+)/.exec(foldWidth(raw));
  return m ? m[1].length : 0;
}

export function isBlank(s: string | undefined): boolean {
  return !s || /^[\s\-—–_/.。·…]*$/.test(s) || /^(n\/?a|none|无|無|空)$/i.test(s.trim());
}
