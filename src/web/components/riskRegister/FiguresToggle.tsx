import { Box, Button } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The figures behind a chart as a table. Charts are pictures, so the table is always there for
 * screen readers (visually hidden); the button shows it on screen for anyone who prefers numbers.
 */
export function FiguresToggle({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <>
      <Button variant="subtle" size="compact-sm" mt="xs" aria-pressed={shown} aria-controls={id} onClick={() => setShown((value) => !value)}>
        {t('riskRegister.charts.showTable')}
      </Button>
      <Box id={id} className={shown ? undefined : 'varn-visually-hidden'} mt="xs">
        {children}
      </Box>
    </>
  );
}
