export class MeiboError extends Error {}

interface Member {
  shimei: string;
  seinengappi: string;
}

export function assertAdult(m: Member, today = new Date()): void {
  const age = today.getFullYear() - new Date(m.seinengappi).getFullYear();
  if (age < 20) {
    throw new MeiboError(`${m.shimei}さん (${m.seinengappi}) は20歳未満です`); // expect: pii-guard/no-pii-in-logs
  }
}
