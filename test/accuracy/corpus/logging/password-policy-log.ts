export const passwordPolicy = {
  passwordMinLength: 12,
  requireDigits: true,
  requireSymbols: false,
  passwordHistory: 5,
};

export function checkPassword(password: string): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  if (password.length < passwordPolicy.passwordMinLength) problems.push('too_short');
  if (passwordPolicy.requireDigits && !/\d/.test(password)) problems.push('no_digit');
  console.debug(`password check: ${problems.length === 0 ? 'ok' : problems.join(',')} (min ${passwordPolicy.passwordMinLength})`);
  return { ok: problems.length === 0, problems };
}

export function showPasswordToggle(input: HTMLInputElement, showPassword: boolean): void {
  input.type = showPassword ? 'text' : 'password';
  console.debug('showPassword', showPassword);
}
