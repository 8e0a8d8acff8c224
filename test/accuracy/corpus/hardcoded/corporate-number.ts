export const COMPANY = {
  name: '株式会社アクメ',
  houjinBangou: '4011001098993',
  invoiceRegistrationNumber: 'T7010705000725',
  address: '東京都千代田区丸の内1-1-1',
  tel: '0120-123-456',
  email: 'info@acme.co.jp',
};

export function invoiceFooter(): string {
  return `${COMPANY.name} 登録番号 ${COMPANY.invoiceRegistrationNumber} / 法人番号 ${COMPANY.houjinBangou}`;
}
