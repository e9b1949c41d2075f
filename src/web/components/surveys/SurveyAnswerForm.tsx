import { Button, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyAnswer } from '../../../shared/schemas/surveys';
import { commentQuestion, hoursQuestion, maxHoursPerMonth, needLevelLabels, needLevels, supportNeedQuestions, supportNeeds, type NeedLevel, type SupportNeed } from '../../../shared/surveys';
import { answerSurvey, type MySurvey } from '../../api/surveys';
import { useLabel, useLocale } from '../../i18n';
import { formatDateTime } from '../../i18n/dates';
import { formErrors } from '../formErrors';
import { notifySuccess } from '../notify';
import { ProblemAlert } from '../ProblemAlert';

/** The questionnaire from src/shared/surveys.ts, prefilled with the earlier answer if there is one. */
export function SurveyAnswerForm({ survey }: { survey: MySurvey }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [needs, setNeeds] = useState<Partial<Record<SupportNeed, NeedLevel>>>(survey.answer?.needs ?? {});
  const [hours, setHours] = useState<number | string>(survey.answer?.hoursPerMonth ?? '');
  const [comment, setComment] = useState(survey.answer?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const idPrefix = `survey-${survey.recipientId}`;

  const input = () => ({ needs, hoursPerMonth: typeof hours === 'number' ? hours : undefined, comment: comment.trim() });
  const save = useMutation({
    mutationFn: () => answerSurvey(survey.recipientId, surveyAnswer.parse(input())),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['me', 'surveys'] });
      notifySuccess(t('surveys.answer.done'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formErrors(surveyAnswer, input());
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <Stack>
        {supportNeeds.map((need) => (
          <Radio.Group
            key={need}
            label={label(supportNeedQuestions[need])}
            required
            value={needs[need] ?? null}
            onChange={(value) => setNeeds((old) => ({ ...old, [need]: value as NeedLevel }))}
            error={errors[`needs.${need}`] ?? (errors.needs && !needs[need] ? t('validation.required') : undefined)}
          >
            <Group mt="xs">
              {needLevels.map((level) => (
                <Radio key={level} value={level} label={label(needLevelLabels[level])} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <NumberInput
          label={label(hoursQuestion)}
          required
          min={0}
          max={maxHoursPerMonth}
          allowDecimal={false}
          allowNegative={false}
          styles={{ wrapper: { maxWidth: 200 } }}
          value={hours}
          onChange={setHours}
          error={errors.hoursPerMonth}
        />
        <Textarea label={label(commentQuestion)} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
        <ProblemAlert error={save.error} />
        {survey.answeredAt && <Text size="sm">{t('surveys.answer.answeredAt', { when: formatDateTime(survey.answeredAt, locale) })}</Text>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {survey.answeredAt ? t('surveys.answer.update') : t('surveys.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
