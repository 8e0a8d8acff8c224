export const MAINTAINER = 'Kenta Ogawa <kenta.ogawa.dev@gmail.com>'; // expect: pii-guard/no-hardcoded-pii
export const ISSUES_URL = 'https://github.com/acme/widgets/issues';
export const SECURITY_CONTACT = 'security@acme.co.jp';

export function aboutText(version: string): string {
  return `widgets ${version}\nmaintainer: ${MAINTAINER}\nreport bugs: ${ISSUES_URL}\nsecurity: ${SECURITY_CONTACT}`;
}
