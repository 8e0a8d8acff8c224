import axios from 'axios';

interface HokenshaMaster {
  hokenshaBangou: string;
  hokenshaMei: string;
  futanshaBangou?: string;
  shozaichi: string;
}

// Syncs the insurer master (organisations, published numbers) to the claims SaaS.
export async function syncInsurers(list: HokenshaMaster[]): Promise<void> {
  await axios.post('https://api.receipt-cloud.jp/v1/insurers', {
    insurers: list.map((h) => ({ 保険者番号: h.hokenshaBangou, 保険者名: h.hokenshaMei, 公費負担者番号: h.futanshaBangou ?? null, 所在地: h.shozaichi })),
  });
  console.log(`保険者マスタ ${list.length}件を送信`);
}
