import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { PageHeading } from '../components/PageHeading';
import { RecentScans } from '../components/vulnerabilities/RecentScans';
import { ScanImportForm } from '../components/vulnerabilities/ScanImportForm';
import { canImportScans } from '../components/vulnerabilities/vulnerabilityAccess';

const route = getRouteApi('/app/vulnerabilities/scans');

/** "Importera skanning": the upload form for those who import, and the recent imports for every reader. */
export function ScansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const importing = canImportScans(me);
  return (
    <>
      <PageHeading title={t(importing ? 'vulnerabilities.import.title' : 'vulnerabilities.import.titleReadOnly')} />
      {importing && <ScanImportForm />}
      <RecentScans search={search} />
    </>
  );
}
