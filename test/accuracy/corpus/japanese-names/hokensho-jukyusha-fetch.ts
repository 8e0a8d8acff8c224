interface Riyousha {
  利用者ID: string;
  氏名: string;
  保険証番号: string;
  受給者番号: string;
}

// Sends the insured person's numbers to an external eligibility checker.
export async function checkEligibility(r: Riyousha): Promise<boolean> {
  const res = await fetch('https://api.jukyu-check.jp/v1/verify', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ 氏名: r.氏名, 保険証番号: r.保険証番号, 受給者番号: r.受給者番号 }),
  });
  return (await res.json()).valid === true;
}
