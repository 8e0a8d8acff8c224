import { z } from 'zod';

export const kaiinTourokuSchema = z.object({
  shimei: z.string().min(1, { message: '氏名を入力してください' }),
  furigana: z.string().regex(/^[ァ-ヶー\s]+$/, { message: 'フリガナは全角カタカナで入力してください' }),
  meruAdoresu: z.string().email({ message: 'メールアドレスの形式が正しくありません' }),
  denwaBangou: z.string().regex(/^0\d{9,10}$/, { message: '電話番号は半角数字10〜11桁です' }),
  yuubinBangou: z.string().regex(/^\d{3}-?\d{4}$/),
  seinengappi: z.coerce.date(),
});

export type KaiinToroku = z.infer<typeof kaiinTourokuSchema>;

export function describeSchema(): string[] {
  return Object.keys(kaiinTourokuSchema.shape);
}
