import { queryOptions } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales';
import type { ApiToken, Me } from '../../shared/schemas/auth';
import { api, setCsrfToken } from './client';

export type { Me };
export type ApiTokenCreated = ApiToken & { secret: string };

async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>('/api/v1/me');
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me;
}

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: fetchMe, staleTime: 5 * 60_000 });

export async function login(email: string, password: string): Promise<Me> {
  const me = await api.post<Me>('/api/v1/auth/login', { email, password });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  await api.post<void>('/api/v1/auth/logout');
  setCsrfToken(null);
}

export const updateMyLocale = (locale: Locale) => api.patch<Me>('/api/v1/me', { locale });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/api/v1/me/password', { currentPassword, newPassword });

export const tokensQuery = queryOptions({
  queryKey: ['me', 'tokens'],
  queryFn: () => api.get<ApiToken[]>('/api/v1/me/tokens'),
});

export const createToken = (name: string, expiresInDays: number) =>
  api.post<ApiTokenCreated>('/api/v1/me/tokens', { name, expiresInDays });

export const revokeToken = (id: string) => api.delete(`/api/v1/me/tokens/${id}`);
