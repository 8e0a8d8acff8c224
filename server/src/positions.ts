/**
 * ESLint locations (1-based line, 0-based column, in text without a BOM) to LSP positions. Conversion goes
 * through character offsets, so the two sides agree even where they split lines differently (ESLint also
 * breaks lines at U+2028/U+2029) and when the document starts with a BOM.
 */
import type { SourceCode } from 'eslint';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver/node.js';

export interface Loc {
  line: number;
  column: number;
}

export class PositionMap {
  constructor(
    private readonly doc: TextDocument,
    private readonly sourceCode: SourceCode | null,
    private readonly bom: number,
  ) {}

  /** An offset in ESLint's text. */
  position(offset: number): Position {
    return this.doc.positionAt(offset + this.bom);
  }

  /** An offset in ESLint's text of a location (0-based column); null when it is outside the text. */
  offset(loc: Loc): number | null {
    if (!this.sourceCode) return null;
    try {
      return this.sourceCode.getIndexFromLoc({ line: loc.line, column: loc.column });
    } catch {
      return null;
    }
  }

  fromLoc(loc: Loc): Position {
    const o = this.offset(loc);
    if (o !== null) return this.position(o);
    return { line: Math.max(0, loc.line - 1), character: Math.max(0, loc.column) };
  }

  range(r: { start: Loc; end: Loc }): Range {
    return { start: this.fromLoc(r.start), end: this.fromLoc(r.end) };
  }

  rangeOfOffsets(from: number, to: number): Range {
    return { start: this.position(from), end: this.position(to) };
  }
}

/** Without a document (workspace scan): the plain conversion. */
export function lspRange(r: { start: Loc; end: Loc }): Range {
  return {
    start: { line: Math.max(0, r.start.line - 1), character: Math.max(0, r.start.column) },
    end: { line: Math.max(0, r.end.line - 1), character: Math.max(0, r.end.column) },
  };
}

export function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function intersects(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start) || contains(b, a.end);
}
