import { queryOptions } from '@tanstack/react-query';
import type { TenantSettings } from '../../shared/schemas/settings';
import { api } from './client';

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => api.get<TenantSettings>('/api/v1/settings'),
});

export const updateSettings = (input: TenantSettings) => api.patch<TenantSettings>('/api/v1/settings', input);
