import { useTranslation } from 'react-i18next';
import type { ScopeType } from '../../shared/roles';

/** "Hela organisationen", or the unit name and that the grant covers the units below it. */
export function useScopeLabel(): (scope: { scopeType: ScopeType; orgUnitName: string | null; objectName?: string | null }) => string {
  const { t } = useTranslation();
  return (scope) => {
    if (scope.scopeType === 'tenant') return t('scope.tenant');
    if (scope.scopeType === 'object') return t('scope.object', { name: scope.objectName ?? '' });
    return t('scope.orgUnit', { name: scope.orgUnitName ?? '' });
  };
}
