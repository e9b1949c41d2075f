import { describe, expect, it } from 'vitest';
import { missingNotificationParams, notificationKinds, notificationParams, notificationTemplates, renderNotification } from './notifications.js';

describe('notification messages', () => {
  it('renders a kind in each language from its parameters', () => {
    const params = { setName: 'Elevakter', objectName: 'Skolplattform', reason: 'en ny integration' };
    expect(renderNotification('classification_review_needed', params, 'sv')).toBe(
      'Klassningen av Elevakter (Skolplattform) behöver granskas: en ny integration',
    );
    expect(renderNotification('classification_review_needed', params, 'en')).toBe(
      'The classification of Elevakter (Skolplattform) needs review: en ny integration',
    );
    expect(renderNotification('survey_received', { title: 'Stöd 2026' }, 'en')).toBe('You have received a support survey: Stöd 2026');
  });

  it('uses exactly the declared parameters in both languages of every kind', () => {
    for (const kind of notificationKinds) {
      for (const template of Object.values(notificationTemplates[kind])) {
        const used = new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]));
        expect([...used].sort(), `${kind}: ${template}`).toEqual([...notificationParams[kind]].sort());
      }
    }
  });

  it('names the parameters a call leaves out', () => {
    expect(missingNotificationParams('classification_approved', { setName: 'Löner' })).toEqual(['objectName']);
    expect(missingNotificationParams('survey_received', { title: 'x' })).toEqual([]);
  });

  it('leaves a placeholder without a value empty rather than showing braces', () => {
    expect(renderNotification('survey_received', {}, 'sv')).toBe('Du har fått en stödenkät: ');
  });

  it('shows a review reason in the reader\'s language', () => {
    const params = { setName: 'Betyg', objectName: 'Elevregister', reason: 'integration_added' };
    expect(renderNotification('classification_review_needed', params, 'sv')).toContain('en ny integration');
    expect(renderNotification('classification_review_needed', params, 'en')).toContain('new integration');
  });
});
