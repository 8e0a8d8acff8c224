// Carrier tracking numbers are 12 digits; about one in ten also passes the My Number check digit.
export const SAMPLE_TRACKING_NUMBERS = ['480268638417', '202403150001', '000012345678'];

export function isTrackingNumber(value: string): boolean {
  return /^\d{12}$/.test(value);
}

export const trackingUrl = (no: string) => `https://track.carrier.example.jp/?no=${no}`;
