import axios from 'axios';

export async function refreshSession(refreshToken: string): Promise<string> {
  const { data } = await axios.post<{ access_token: string; expires_in: number }>('/api/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
  console.log('new access token', data.access_token, 'expires in', data.expires_in); // expect: pii-guard/no-pii-in-logs
  return data.access_token;
}
