import { describe, expect, it } from 'vitest';
import { aspects, consequenceCategories, levels } from './aspects.js';
import { aspectIntros, classificationQuestions, levelExamples, nationalSecurityQuestion } from './questions.js';

type Bilingual = { sv: string; en: string };

function expectBilingual(text: Bilingual | undefined, where: string) {
  expect(text, where).toBeDefined();
  expect(text!.sv.trim(), `${where} sv`).not.toBe('');
  expect(text!.en.trim(), `${where} en`).not.toBe('');
  expect(text!.sv, `${where}: sv and en are the same`).not.toBe(text!.en);
}

describe('classification questionnaire', () => {
  it('introduces every aspect in both languages', () => {
    for (const aspect of aspects) {
      const intro = aspectIntros[aspect];
      expectBilingual(intro.title, `${aspect} title`);
      expectBilingual(intro.question, `${aspect} question`);
      expectBilingual(intro.hint, `${aspect} hint`);
    }
  });

  it('asks one question per aspect and consequence category, 28 in all, short enough to read', () => {
    let count = 0;
    for (const aspect of aspects) {
      expect(Object.keys(classificationQuestions[aspect]).sort()).toEqual([...consequenceCategories].sort());
      for (const category of consequenceCategories) {
        const question = classificationQuestions[aspect][category];
        expectBilingual(question, `${aspect}×${category}`);
        expect(question.sv.length, `${aspect}×${category} sv length`).toBeLessThanOrEqual(220);
        expect(question.en.length, `${aspect}×${category} en length`).toBeLessThanOrEqual(220);
        count++;
      }
    }
    expect(count).toBe(28);
  });

  it('phrases availability questions in time and traceability questions in who did what', () => {
    for (const category of consequenceCategories) {
      expect(classificationQuestions.T[category].sv).toMatch(/timmar|dygn|dagar|vecka/);
      expect(classificationQuestions.S[category].sv).toMatch(/vem/);
    }
  });

  it('gives an example for every category and level, 35 in all', () => {
    let count = 0;
    for (const category of consequenceCategories) {
      for (const level of levels) {
        const example = levelExamples[category][level];
        expectBilingual(example, `${category} level ${level}`);
        expect(example.sv.length).toBeLessThanOrEqual(220);
        count++;
      }
    }
    expect(count).toBe(35);
  });

  it('asks about national security and sends the case to the protective-security officer', () => {
    expectBilingual(nationalSecurityQuestion.question, 'national-security question');
    expectBilingual(nationalSecurityQuestion.explanation, 'national-security explanation');
    expect(nationalSecurityQuestion.explanation.sv).toContain('säkerhetsskyddschef');
  });
});
