export type Shape = { kind: 'circle'; r: number } | { kind: 'square'; size: number };

export interface UnionMember {
  typeName: string;
  discriminant: string;
}

export function describeUnion(members: UnionMember[]): string {
  const union = members.map((m) => `${m.typeName}<${m.discriminant}>`).join(' | ');
  console.log(`union: ${union}`);
  return union;
}

export const SQL_UNION = 'SELECT id FROM a UNION ALL SELECT id FROM b';
