export class TourokuError extends Error {}

export function checkDuplicate(existing: Set<string>, meado: string): void {
  if (existing.has(meado)) {
    throw new TourokuError(`メールアドレス ${meado} は既に登録されています`); // expect: pii-guard/no-pii-in-logs
  }
}

export function checkAge(nenrei: number): void {
  if (nenrei < 18) {
    throw new TourokuError('18歳未満の方はご登録いただけません');
  }
}
