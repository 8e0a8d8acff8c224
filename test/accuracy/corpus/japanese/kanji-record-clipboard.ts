type Meibo = Record<'氏名' | '電話番号' | '部署', string>;

export async function copyRenrakusaki(meibo: Meibo[]): Promise<void> {
  const text = meibo.map((m) => `${m['氏名']}\t${m['部署']}\t${m['電話番号']}`).join('\n');
  await navigator.clipboard.writeText(text); // expect: pii-guard/no-unprotected-pii-export
}
