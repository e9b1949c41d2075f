import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatProfile } from '../../../shared/classification/profile';
import { informationTypesQuery } from '../../api/register';

interface InformationTypeSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'description'> {
  value: string | null;
  onChange: (id: string | null) => void;
}

/**
 * The organisation-wide information type of a set. Choosing one shows its standard
 * classification, which pre-fills the set's classification.
 */
export function InformationTypeSelect({ value, onChange, ...props }: InformationTypeSelectProps) {
  const { t } = useTranslation();
  const types = useQuery(informationTypesQuery);
  const chosen = types.data?.find((type) => type.id === value);
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
      value={value}
      onChange={onChange}
      description={chosen ? t('register.sets.typeHint', { profile: formatProfile(chosen.profile) }) : t('register.sets.typeHelp')}
      data={(types.data ?? []).map((type) => ({ value: type.id, label: type.name }))}
    />
  );
}
