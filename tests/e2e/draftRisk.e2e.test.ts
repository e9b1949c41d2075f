import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/shared/classification/profile';
import { canDraftRisk } from '../../src/shared/risk/fromRequirement';
import type { ActionPlan } from '../../src/shared/schemas/actions';
import type { RiskDetail } from '../../src/shared/schemas/risk';
import { apiAs, expectAccessible, signInAs, useVarnInBrowser } from './harness';

const { varn, session } = useVarnInBrowser();

describe('from the handlingsplan to a risk', () => {
  it('drafts a risk from a requirement assessed "ej uppfyllt" on sensitive information, in one click', async () => {
    const ciso = await apiAs(varn.url, 'ciso@exempelkommun.se');
    const objects = (await ciso.get<{ items: Array<{ id: string; name: string }> }>('/api/v1/objects?limit=1000')).items;
    let candidate: { objectId: string; code: string } | undefined;
    for (const object of objects) {
      const plan = await ciso.get<ActionPlan>(`/api/v1/objects/${object.id}/action-plan`);
      const action = plan.actions.find((row) => row.applicable && canDraftRisk(row, plan.profile as Profile));
      if (action) {
        candidate = { objectId: object.id, code: action.requirementCode! };
        break;
      }
    }
    // The demo's self-assessments include unmet requirements on classified objects.
    expect(candidate).toBeDefined();

    const { page } = await session.open();
    await signInAs(page, varn.url, 'ciso@exempelkommun.se');
    await page.goto(`${varn.url}/objects/${candidate!.objectId}`);
    await page.getByRole('tab', { name: 'Handlingsplan' }).click();
    await page.getByRole('button', { name: `Skapa riskutkast för ${candidate!.code}` }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/risks/'));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Ej uppfyllt: ${candidate!.code}`) }).waitFor();
    await expectAccessible(page, 'a risk drafted from the handlingsplan');

    const risk = await ciso.get<RiskDetail>(`/api/v1/risks/${new URL(page.url()).pathname.split('/').at(-1)}`);
    expect(risk).toMatchObject({ objectId: candidate!.objectId, status: 'open', threatOrigin: 'organisational' });
    expect(risk.cause).toContain(candidate!.code);
  });
});
