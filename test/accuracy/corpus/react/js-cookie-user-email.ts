import Cookies from 'js-cookie';

export interface LoginResult {
  userId: string;
  email: string;
  displayName: string;
}

export function rememberLogin(result: LoginResult): void {
  Cookies.set('uid', result.userId, { expires: 30, secure: true, sameSite: 'lax' });
  Cookies.set('user_email', result.email, { expires: 30 }); // expect: pii-guard/no-unprotected-pii-export
}

export function forgetLogin(): void {
  Cookies.remove('uid');
  Cookies.remove('user_email');
}
