import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locales';
import { meQuery, updateMyLocale } from '../api/me';
import { applyLocale, useLocale } from '../i18n';
import { notifyFailure, notifySuccess } from './notify';

const options: { value: Locale; label: string }[] = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
];

/**
 * Svenska / English. Signed in, the choice is saved on the person (PATCH /me); on the login
 * page it only changes this browser's view and `onLocalChange` remembers it.
 */
export function LanguageSwitch({ persist, onLocalChange }: { persist: boolean; onLocalChange?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: updateMyLocale,
    // The cached person carries the new language at once: every page change re-applies the
    // person's language, and must not switch back while the save is still on its way.
    onMutate: (next: Locale) => {
      const previous = queryClient.getQueryData(meQuery.queryKey)?.locale;
      queryClient.setQueryData(meQuery.queryKey, (old) => (old ? { ...old, locale: next } : old));
      return { previous };
    },
    onSuccess: () => notifySuccess(t('language.saved')),
    onError: (error, _next, context) => {
      if (context?.previous) {
        queryClient.setQueryData(meQuery.queryKey, (old) => (old ? { ...old, locale: context.previous! } : old));
        void applyLocale(context.previous);
      }
      notifyFailure(error);
    },
  });

  const change = (value: string) => {
    const next = value as Locale;
    void applyLocale(next);
    if (persist) save.mutate(next);
    else onLocalChange?.(next);
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={locale}
      onChange={change}
      disabled={save.isPending}
      data={options.map((option) => ({ value: option.value, label: <span lang={option.value}>{option.label}</span> }))}
    />
  );
}
