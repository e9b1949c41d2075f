import { Title } from '@mantine/core';
import { useEffect } from 'react';

/**
 * The page's one h1, which also names the browser tab. It takes focus after navigation
 * (see AppLayout), so screen-reader users hear where they landed.
 */
export function PageHeading({ title, documentTitle }: { title: string; documentTitle?: string }) {
  const tabTitle = documentTitle ?? title;
  useEffect(() => {
    document.title = `${tabTitle} – Värn`;
  }, [tabTitle]);
  return (
    <Title order={1} tabIndex={-1} data-page-heading mb="md" style={{ outline: 'none' }}>
      {title}
    </Title>
  );
}
