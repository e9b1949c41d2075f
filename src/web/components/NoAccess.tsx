import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** Shown when someone opens a page their roles do not allow (the navigation never links there). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('forbidden.title')} />
      <Text>{t('forbidden.body')}</Text>
    </>
  );
}
