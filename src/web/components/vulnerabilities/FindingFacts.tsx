import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingDetail } from '../../api/vulnerabilities';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { DescriptionList } from '../DescriptionList';
import { Section } from '../incidents/Section';
import { AnchorLink } from '../links';
import { FindingSeverityBadge, FindingStatusBadge } from './VulnerabilityBadges';
import { assetKindKey, formatNumber } from './vulnerabilityLabels';

type ScanRef = FindingDetail['firstScan'];

/** Severity, status, the scanner's identifiers and scores, where on the asset, and when it was seen. */
export function FindingFacts({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('vulnerabilities.finding.none');
  const seen = (at: string, scan: ScanRef): ReactNode =>
    scan ? (
      <>
        {`${formatDateTime(at, locale)} · `}
        <AnchorLink to="/vulnerabilities/scans/$scanId" params={{ scanId: scan.id }} style={{ overflowWrap: 'anywhere' }}>
          {scan.fileName}
        </AnchorLink>
      </>
    ) : (
      formatDateTime(at, locale)
    );
  const items: { term: string; value: ReactNode }[] = [
    { term: t('vulnerabilities.finding.severity'), value: <FindingSeverityBadge severity={finding.severity} /> },
    { term: t('vulnerabilities.finding.status'), value: <FindingStatusBadge status={finding.status} /> },
    { term: t('vulnerabilities.finding.cves'), value: finding.cves.length ? <CveLinks cves={finding.cves} /> : none },
    { term: t('vulnerabilities.finding.cvss'), value: finding.cvss === null ? none : formatNumber(finding.cvss, locale, 1, 1) },
    { term: t('vulnerabilities.finding.epss'), value: finding.epss === null ? none : t('vulnerabilities.finding.epssValue', { percent: formatNumber(finding.epss * 100, locale, 0, 1) }) },
    { term: t('vulnerabilities.finding.port'), value: finding.port ? [finding.port, finding.protocol].filter(Boolean).join('/') : none },
    { term: t('vulnerabilities.finding.location'), value: finding.location ? <span style={{ overflowWrap: 'anywhere' }}>{finding.location}</span> : none },
    { term: t('vulnerabilities.finding.ruleId'), value: <span style={{ overflowWrap: 'anywhere' }}>{finding.ruleId}</span> },
    { term: t('vulnerabilities.finding.occurrences'), value: String(finding.occurrences) },
    { term: t('vulnerabilities.finding.scope'), value: <AnchorLink to="/vulnerabilities/findings" search={{ scope: finding.scope.id }}>{finding.scope.name}</AnchorLink> },
    { term: t('vulnerabilities.finding.firstSeen'), value: seen(finding.firstSeenAt, finding.firstScan) },
    { term: t('vulnerabilities.finding.lastSeen'), value: seen(finding.lastSeenAt, finding.lastScan) },
  ];
  if (finding.closedAt) items.push({ term: t('vulnerabilities.finding.closedAt'), value: formatDateTime(finding.closedAt, locale) });
  return (
    <Section id="finding-facts" title={t('vulnerabilities.finding.facts')}>
      <DescriptionList items={items} />
    </Section>
  );
}

/** Each CVE links to its NVD entry. */
function CveLinks({ cves }: { cves: string[] }) {
  return (
    <Group gap="xs">
      {cves.map((cve) => (
        <Anchor key={cve} href={`https://nvd.nist.gov/vuln/detail/${encodeURIComponent(cve)}`} target="_blank" rel="noopener noreferrer">
          {cve}
        </Anchor>
      ))}
    </Group>
  );
}

/** The scanner's description, advice and what it saw on this asset, as written (often several paragraphs). */
export function FindingTexts({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const texts = [
    { id: 'finding-description', title: t('vulnerabilities.finding.description'), text: finding.description, monospace: false },
    { id: 'finding-solution', title: t('vulnerabilities.finding.solution'), text: finding.solution, monospace: false },
    // Plugin output and matched lines keep their layout, wrapped rather than scrolled.
    { id: 'finding-evidence', title: t('vulnerabilities.finding.evidence'), text: finding.evidence, monospace: true },
  ].filter((part) => part.text);
  return texts.map((part) => (
    <Section key={part.id} id={part.id} title={part.title}>
      <Text size="sm" ff={part.monospace ? 'monospace' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {part.text}
      </Text>
    </Section>
  ));
}

/** The host, image, Kubernetes resource or repository the finding is on, and the way to all its findings. */
export function FindingAsset({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const { asset } = finding;
  const items = [
    { term: t('vulnerabilities.finding.assetKind'), value: t(assetKindKey(asset.kind)) },
    { term: t('vulnerabilities.finding.assetKey'), value: <span style={{ overflowWrap: 'anywhere' }}>{asset.key}</span> },
    ...(asset.ip ? [{ term: t('vulnerabilities.finding.ip'), value: asset.ip }] : []),
    ...(asset.fqdn ? [{ term: t('vulnerabilities.finding.fqdn'), value: asset.fqdn }] : []),
  ];
  return (
    <Section id="finding-asset" title={t('vulnerabilities.finding.assetHeading')}>
      <Stack gap="sm">
        <DescriptionList items={items} />
        <AnchorLink to="/vulnerabilities/findings" search={{ asset: asset.id }}>
          {t('vulnerabilities.finding.assetFindings')}
        </AnchorLink>
      </Stack>
    </Section>
  );
}
