import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { needLevelLabels, needLevels, supportNeedLabels, supportNeeds } from '../../../shared/surveys';
import type { SurveyUnitResult } from '../../api/surveys';
import { useLabel, useLocale } from '../../i18n';
import { TableHead } from '../TableHead';

/** The figures per förvaltning, the accessible twin of the chart. */
export function SurveyResultsTable({ units }: { units: SurveyUnitResult[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const hours = (value: number | null) => (value === null ? '–' : value.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB'));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('surveys.results.tableLabel')}>
        <TableHead
          columns={[
            t('surveys.results.unit'),
            t('surveys.results.answered'),
            ...supportNeeds.map((need) => label(supportNeedLabels[need])),
            t('surveys.results.medianHours'),
          ]}
        />
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.orgUnitId}>
              <Table.Th scope="row">{unit.orgUnitName}</Table.Th>
              <Table.Td>{t('surveys.answeredOf', { answered: unit.answered, recipients: unit.recipients })}</Table.Td>
              {supportNeeds.map((need) => (
                <Table.Td key={need}>
                  {[...needLevels]
                    .reverse()
                    .map((level) => `${label(needLevelLabels[level])}: ${unit.needs[need][level]}`)
                    .join(', ')}
                </Table.Td>
              ))}
              <Table.Td>{hours(unit.medianHours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
