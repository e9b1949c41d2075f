import { useTranslation } from 'react-i18next';

/** First stop for keyboard users: jumps past the header and navigation to the page content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${targetId}`}
      className="varn-skip-link"
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(targetId);
        const heading = target?.querySelector<HTMLElement>('[data-page-heading]');
        (heading ?? target)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
