import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Aspect, ConsequenceCategory, Level } from '../../../shared/classification/aspects';
import { guidedLevels, type GuidedAnswers } from '../../../shared/classification/guidedLevels';
import type { HandlingLabel, Profile } from '../../../shared/classification/profile';
import {
  startClassification,
  transitionClassification,
  updateClassification,
  type Classification,
  type ClassificationInput,
  type ClassificationTransition,
} from '../../api/classification';

export type AspectReasons = Partial<Record<Aspect, string>>;

interface Start {
  setId: string;
  /** The open case to continue, if there is one. */
  open: Classification | null;
  /** Where a new case starts: the last approved one's answers, else nothing. */
  answers: GuidedAnswers;
  reasons: AspectReasons;
  typeProfile: Profile | null;
  /** A handling label chosen earlier by hand (null: follow the K level). */
  handlingLabel: HandlingLabel | null;
}

/**
 * The guided flow's working copy and its saving. Only the questions a person actually answers
 * are sent: an aspect nobody answered keeps the information type's level (the server's rule in
 * guidedLevels), so accepting the pre-fill costs nothing. Each save sends the whole answer set
 * with the version it was based on; a stale one answers 409 and the page offers a reload.
 */
export function useGuidedClassification(start: Start) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Classification | null>(start.open);
  const [answers, setAnswers] = useState<GuidedAnswers>(start.open ? start.open.answers : start.answers);
  const [reasons, setReasons] = useState<AspectReasons>(start.open ? { ...start.reasons, ...start.open.reasons } : start.reasons);
  const [handlingLabel, setHandlingLabel] = useState<HandlingLabel | null>(start.handlingLabel);
  const [dirty, setDirty] = useState(start.open === null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const result = useMemo(() => guidedLevels(answers, undefined, start.typeProfile), [answers, start.typeProfile]);
  const referralNeeded = Object.values(answers).some((byCategory) => Object.values(byCategory ?? {}).includes(4));

  const answer = useCallback((aspect: Aspect, category: ConsequenceCategory, level: Level) => {
    setAnswers((current) => ({ ...current, [aspect]: { ...current[aspect], [category]: level } }));
    setDirty(true);
  }, []);

  /** Forgets an aspect's answers, so the information type's level applies again. */
  const clearAspect = useCallback((aspect: Aspect) => {
    setAnswers((current) => {
      const next = { ...current };
      delete next[aspect];
      return next;
    });
    setDirty(true);
  }, []);

  const setReason = useCallback((aspect: Aspect, text: string) => {
    setReasons((current) => ({ ...current, [aspect]: text }));
    setDirty(true);
  }, []);

  const chooseHandlingLabel = useCallback((label: HandlingLabel | null) => {
    setHandlingLabel(label);
    setDirty(true);
  }, []);

  const remember = useCallback(
    (classification: Classification) => {
      setSaved(classification);
      setDirty(false);
      setError(null);
      void queryClient.invalidateQueries({ queryKey: ['informationSets', start.setId] });
      void queryClient.invalidateQueries({ queryKey: ['objects', classification.objectId] });
      return classification;
    },
    [queryClient, start.setId],
  );

  const run = useCallback(async (work: () => Promise<Classification>): Promise<Classification | null> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (failure) {
      setError(failure);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const write = useCallback(
    async (extra: Partial<ClassificationInput> = {}) => {
      const input: ClassificationInput = { answers, reasons, ...(handlingLabel ? { handlingLabel } : {}), ...extra };
      if (!saved) return remember(await startClassification(start.setId, input));
      if (!dirty && Object.keys(extra).length === 0) return saved;
      return remember(await updateClassification(saved.id, { ...input, version: saved.version }));
    },
    [answers, reasons, handlingLabel, saved, dirty, remember, start.setId],
  );

  /** Saves what has changed (POST the first time, PATCH after). */
  const save = useCallback(() => run(() => write()), [run, write]);

  /** Refers the case: the national-security answer, or a level 4 that was chosen. */
  const refer = useCallback(() => run(() => write({ mayInvolveNationalSecurity: true })), [run, write]);

  /** Saves, then moves the case on (submit, approve, approve-lowering). */
  const transition = useCallback(
    (kind: ClassificationTransition) =>
      run(async () => {
        const current = await write();
        return remember(await transitionClassification(current.id, kind, current.version));
      }),
    [run, write, remember],
  );

  return { saved, answers, reasons, handlingLabel, result, referralNeeded, dirty, error, busy, answer, clearAspect, setReason, chooseHandlingLabel, save, refer, transition };
}

export type GuidedClassification = ReturnType<typeof useGuidedClassification>;
