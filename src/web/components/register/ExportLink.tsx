import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Exportera till Excel": a plain download of the list as it is filtered. */
export function ExportLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={href} download variant="default">
      {t('register.exportXlsx')}
    </Button>
  );
}
