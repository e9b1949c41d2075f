import { Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { riskRegisterQuery } from '../../api/riskRegister';
import { ButtonLink } from '../links';
import type { RiskRegisterSearch } from './riskRegisterSearch';

/**
 * Ready-made views of the register: everything in reach (the central view) and, for a riskägare,
 * their own risks. A förvaltning's view is the org-unit filter; each view is a plain link.
 */
export function RiskRegisterViews({ search, personId, onChoose }: { search: RiskRegisterSearch; personId: string; onChoose: () => void }) {
  const { t } = useTranslation();
  // `onChoose` clears the typed search text, which a view replaces.
  // Only a riskägare of at least one risk gets "Mina risker".
  const mine = useQuery(riskRegisterQuery({ ownerId: personId }, { limit: 1 }));
  const filtered = Object.entries(search).some(([key, value]) => key !== 'sort' && key !== 'page' && value !== undefined);
  const onlyMine = search.owner === personId;
  return (
    <Group gap="xs" mb="md" role="group" aria-label={t('riskRegister.views.label')}>
      <ButtonLink to="/risks" search={{}} onClick={onChoose} size="xs" variant={filtered ? 'default' : 'filled'} aria-current={filtered ? undefined : 'true'}>
        {t('riskRegister.views.all')}
      </ButtonLink>
      {(mine.data?.total ?? 0) > 0 && (
        <ButtonLink to="/risks" search={{ owner: personId }} onClick={onChoose} size="xs" variant={onlyMine ? 'filled' : 'default'} aria-current={onlyMine ? 'true' : undefined}>
          {t('riskRegister.views.mine', { count: mine.data?.total })}
        </ButtonLink>
      )}
    </Group>
  );
}
