import type { QueryClient } from '@tanstack/react-query';
import type { IncidentSettings } from '../../../shared/schemas/incident';
import { incidentSettingsQuery } from '../../api/incidentInsights';

/** Keeps the saved settings, and re-reads the tenant's other settings: they may share its version. */
export async function afterSettingsSaved(queryClient: QueryClient, saved: IncidentSettings): Promise<void> {
  queryClient.setQueryData(incidentSettingsQuery.queryKey, saved);
  await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'settings' || query.queryKey[0] === 'riskSettings' });
}
