import { describe, expect, it } from 'vitest';
import { renderNotification } from '../../shared/notifications.js';
import type { Notification } from '../../shared/schemas/notifications.js';
import type { RiskAnalysisDetail, RiskDetail } from '../../shared/schemas/risk.js';
import { useAdminApp } from '../testing/fixtures.js';
import { registerFactory } from '../testing/registerFactories.js';
import { signIn } from '../testing/testApp.js';
import { testPassword } from '../testing/factories.js';
import { runRiskReminders } from './riskReminders.js';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('risk acceptance reminders', () => {
  const setup = useAdminApp();

  it('reminds the signer and the riskägare once before an acceptance expires, and asks the kommundirektör to co-sign', async () => {
    const ownerUser = await setup.tenant.user([{ role: 'risk_owner' }]);
    const owner = await signIn(setup.app, ownerUser.email, testPassword);
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const directorUser = await setup.tenant.user([{ role: 'municipal_director' }]);
    const director = await signIn(setup.app, directorUser.email, testPassword);
    const object = await registerFactory(setup.tenant).object();
    const analysis = (await ciso.post('/api/v1/risk-analyses', { objectId: object.id, purpose: 'Årlig', riskOwnerId: ownerUser.id })).json() as RiskAnalysisDetail;
    const addRisk = async (likelihood: number, impact: number, title: string) =>
      (await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, { title, cause: 'a', event: 'b', consequence: 'c', threatOrigin: 'technology', likelihood, impact })).json() as RiskDetail;

    const soon = await addRisk(1, 2, 'Snart utgången acceptans');
    const later = await addRisk(1, 1, 'Långt kvar');
    expect((await owner.post(`/api/v1/risks/${soon.id}/accept`, { reason: 'Låg risk', expiresAt: daysFromToday(10) })).statusCode).toBe(200);
    expect((await owner.post(`/api/v1/risks/${later.id}/accept`, { reason: 'Låg risk', expiresAt: daysFromToday(200) })).statusCode).toBe(200);
    const extreme = await addRisk(4, 4, 'Extrem risk');
    expect((await ciso.post(`/api/v1/risks/${extreme.id}/accept`, { reason: 'Inget alternativ' })).statusCode).toBe(200);

    const asked = (await director.get('/api/v1/me/notifications')).json() as { items: Notification[] };
    expect(asked.items.map((item) => renderNotification(item.kind, item.params, 'sv'))).toContain('Acceptansen av risken Extrem risk väntar på din underskrift.');

    expect(await runRiskReminders(setup.database)).toBe(1);
    expect(await runRiskReminders(setup.database)).toBe(0);
    const reminded = (await owner.get('/api/v1/me/notifications')).json() as { items: Notification[] };
    const texts = reminded.items.map((item) => renderNotification(item.kind, item.params, 'sv'));
    expect(texts).toContain(`Acceptansen av risken Snart utgången acceptans upphör ${daysFromToday(10)}: ta ett nytt beslut.`);
    expect(texts.join('\n')).not.toContain('Långt kvar');
  });
});
