export interface Token {
  tokenType: 'ident' | 'number' | 'punct';
  value: string;
  pos: number;
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:([A-Za-z_]\w*)|(\d+)|(\S))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const token: Token = { tokenType: m[1] ? 'ident' : m[2] ? 'number' : 'punct', value: m[0].trim(), pos: m.index };
    tokens.push(token);
  }
  console.debug(`lexed ${tokens.length} tokens`, tokens.map((t) => t.tokenType));
  return tokens;
}

export function onKey(event: KeyboardEvent, cacheKey: string, sortKey: string): void {
  console.log(`key ${event.key} (${event.keyCode}) cacheKey=${cacheKey} sortKey=${sortKey}`);
}
