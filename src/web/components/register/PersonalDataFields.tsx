import { Checkbox } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';

interface PersonalData {
  personalData: boolean;
  specialCategories: boolean;
}

interface PersonalDataFieldsProps<Values extends PersonalData> {
  values: Values;
  setValues: Dispatch<SetStateAction<Values>>;
  /** Shown under the special-categories box where the form explains it. */
  specialCategoriesHelp?: string;
}

/** The "personal data" and "special categories" boxes of an information set or type. */
export function PersonalDataFields<Values extends PersonalData>({ values, setValues, specialCategoriesHelp }: PersonalDataFieldsProps<Values>) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox
        label={t('register.sets.fields.personalData')}
        checked={values.personalData}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setValues((old) => ({ ...old, personalData: checked }));
        }}
      />
      <Checkbox
        label={t('register.sets.fields.specialCategories')}
        description={specialCategoriesHelp}
        checked={values.specialCategories}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          // Special categories are personal data too.
          setValues((old) => ({ ...old, specialCategories: checked, personalData: checked || old.personalData }));
        }}
      />
    </>
  );
}
