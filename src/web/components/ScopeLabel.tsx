import { useTranslation } from 'react-i18next';
import type { ScopeType } from '../../shared/roles';

/** "Hela organisationen", or the unit name and that the grant covers the units below it. */
export function useScopeLabel(): (scope: { scopeType: ScopeType; orgUnitName: string | null }) => string {
  const { t } = useTranslation();
  return (scope) =>
    scope.scopeType === 'tenant' ? t('scope.tenant') : t('scope.orgUnit', { name: scope.orgUnitName ?? '' });
}
