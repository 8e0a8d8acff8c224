// Footer block of the printed invoice: the company's own address and lines.
export const COMPANY = {
  会社名: '株式会社みどり商事',
  郵便番号: '〒１００－０００５',
  所在地: '東京都千代田区丸の内１－１－１',
  代表電話: '０３－３２１１－０００１',
  フリーダイヤル: '０１２０－３４５－６７８',
  メール: 'info@midori-shoji.co.jp',
};

export function invoiceFooter(): string {
  return [COMPANY.会社名, `${COMPANY.郵便番号} ${COMPANY.所在地}`, `TEL ${COMPANY.代表電話} / ${COMPANY.フリーダイヤル}`].join('\n');
}
