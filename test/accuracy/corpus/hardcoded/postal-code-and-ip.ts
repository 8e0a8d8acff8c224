export const OFFICE = {
  postalCode: '100-0005',
  prefecture: '東京都',
  city: '千代田区',
};

export const ALLOWED_CIDRS = ['203.0.113.0/24', '198.51.100.0/24'];
export const LOCALHOST = '127.0.0.1';

export function isOfficeZip(zip: string): boolean {
  return zip.replace('-', '') === OFFICE.postalCode.replace('-', '');
}
