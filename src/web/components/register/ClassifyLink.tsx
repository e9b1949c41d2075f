import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../links';

/** "Klassa", or "Fortsätt klassa" when a draft or review is under way: on to the guided classification. */
export function ClassifyLink({ setId, setName, pending, size = 'xs' }: { setId: string; setName: string; pending: boolean; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <ButtonLink
      to="/information-sets/$setId/classify"
      params={{ setId }}
      size={size}
      variant={size === 'xs' ? 'outline' : 'filled'}
      aria-label={pending ? t('register.sets.continueFor', { name: setName }) : t('register.sets.classifyFor', { name: setName })}
    >
      {pending ? t('register.sets.continueClassify') : t('register.sets.classify')}
    </ButtonLink>
  );
}
