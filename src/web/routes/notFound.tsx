import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';

/**
 * An address that matches no page. Inside the shell it fills the main area; `standalone`
 * (outside the shell) brings its own main landmark.
 */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const content = (
    <>
      <PageHeading title={t('notFound.title')} />
      <Text mb="md">{t('notFound.body')}</Text>
      <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
    </>
  );
  return standalone ? (
    <Container component="main" py="xl">
      {content}
    </Container>
  ) : (
    content
  );
}
