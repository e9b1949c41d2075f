import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface StepListProps {
  names: string[];
  current: number;
  /** Steps up to here have been visited and can be opened again. */
  reached: number;
  onOpen: (step: number) => void;
  disabled: boolean;
}

/** Where the person is in the flow; visited steps can be opened again (the current one is saved first). */
export function StepList({ names, current, reached, onOpen, disabled }: StepListProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('classify.stepsLabel')}>
      <Group component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} wrap="wrap">
        {names.map((name, index) => {
          const text = `${index + 1}. ${name}`;
          const state = index === current ? 'current' : index <= reached ? 'open' : 'later';
          return (
            <li key={name} className="varn-step" data-state={state} aria-current={index === current ? 'step' : undefined}>
              {state === 'open' ? (
                <UnstyledButton onClick={() => onOpen(index)} disabled={disabled} className="varn-step-button">
                  {text}
                </UnstyledButton>
              ) : (
                <Text span size="sm" fw={index === current ? 700 : 400}>
                  {text}
                </Text>
              )}
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
