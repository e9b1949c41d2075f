import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { MyNotifications } from '../../../shared/schemas/notifications.js';
import { withTenant, type Actor } from '../../db/context.js';
import { notifications } from '../../db/schema/index.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { signIn, type Client } from '../../testing/testApp.js';
import { notify, type NotifyInput } from './service.js';

describe('notifications', () => {
  const setup = useAdminApp();

  async function newUser() {
    const person = await setup.tenant.user([]);
    return { id: person.id, client: await signIn(setup.app, person.email, testPassword) };
  }
  const actorFor = (personId: string): Actor => ({ accountId: randomUUID(), personId, name: 'Handläggare', tenantId: setup.tenant.tenantId, grants: [], via: 'session' });
  const send = (input: NotifyInput, actor: Actor | null = null) => withTenant(setup.database, setup.tenant.tenantId, actor, (ctx) => notify(ctx, input));
  const mine = async (client: Client): Promise<MyNotifications> => {
    const response = await client.get('/api/v1/me/notifications');
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const surveyNotice = (personIds: Array<string | null>, title = 'Stödbehov 2026'): NotifyInput => ({
    personIds: personIds as string[],
    kind: 'survey_received',
    params: { title },
    link: '/my-surveys',
  });

  it('tells each named person once, but not the one who acted nor anyone of another tenant', async () => {
    const [anna, bo, actor] = await Promise.all([newUser(), newUser(), newUser()]);
    const other = await makeTenant(setup.database);
    const stranger = await other.person('Främling');
    const count = await send(surveyNotice([anna.id, anna.id, null, bo.id, actor.id, stranger.id]), actorFor(actor.id));
    expect(count).toBe(2);

    const annas = await mine(anna.client);
    expect(annas.unread).toBe(1);
    expect(annas.items).toEqual([
      expect.objectContaining({ kind: 'survey_received', params: { title: 'Stödbehov 2026' }, link: '/my-surveys', readAt: null }),
    ]);
    expect((await mine(bo.client)).unread).toBe(1);
    expect(await mine(actor.client)).toEqual({ items: [], unread: 0 });
    const strangers = await withTenant(setup.database, other.tenantId, null, (ctx) =>
      ctx.tx.select().from(notifications).where(eq(notifications.personId, stranger.id)),
    );
    expect(strangers).toEqual([]);
  });

  it('lists the newest first, at most 50, while counting every unread one', async () => {
    const reader = await newUser();
    for (let index = 1; index <= 55; index += 1) await send(surveyNotice([reader.id], `Enkät ${index}`));
    const list = await mine(reader.client);
    expect(list.unread).toBe(55);
    expect(list.items).toHaveLength(50);
    expect(list.items[0].params.title).toBe('Enkät 55');
  });

  it('marks one read, and answers 404 for a notification that is not the caller’s', async () => {
    const [reader, neighbour] = await Promise.all([newUser(), newUser()]);
    await send(surveyNotice([reader.id], 'Första'));
    await send(surveyNotice([reader.id], 'Andra'));
    await send(surveyNotice([neighbour.id], 'Grannens'));
    const [newest] = (await mine(reader.client)).items;

    expect((await reader.client.post(`/api/v1/me/notifications/${newest.id}/read`)).statusCode).toBe(204);
    const after = await mine(reader.client);
    expect(after.unread).toBe(1);
    expect(after.items.find((item) => item.id === newest.id)?.readAt).toEqual(expect.any(String));
    // Reading it again keeps it read.
    expect((await reader.client.post(`/api/v1/me/notifications/${newest.id}/read`)).statusCode).toBe(204);

    const neighbours = (await mine(neighbour.client)).items[0];
    expect((await reader.client.post(`/api/v1/me/notifications/${neighbours.id}/read`)).statusCode).toBe(404);
    expect((await reader.client.post(`/api/v1/me/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    expect((await mine(neighbour.client)).unread).toBe(1);
  });

  it('marks all of the caller’s own read, and nobody else’s', async () => {
    const [reader, neighbour] = await Promise.all([newUser(), newUser()]);
    await send(surveyNotice([reader.id, neighbour.id], 'Till båda'));
    await send(surveyNotice([reader.id], 'Bara till en'));
    expect((await reader.client.post('/api/v1/me/notifications/read-all')).statusCode).toBe(204);
    const after = await mine(reader.client);
    expect(after.unread).toBe(0);
    expect(after.items.every((item) => item.readAt !== null)).toBe(true);
    expect((await mine(neighbour.client)).unread).toBe(1);
  });

  it('commits or rolls back with the change that caused it', async () => {
    const reader = await newUser();
    await expect(
      withTenant(setup.database, setup.tenant.tenantId, null, async (ctx) => {
        await notify(ctx, surveyNotice([reader.id], 'Ångrad'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await mine(reader.client)).items).toEqual([]);
  });

  it('refuses a call without the parameters its message needs, or with a link out of the app', async () => {
    const reader = await newUser();
    await expect(send({ personIds: [reader.id], kind: 'classification_approved', params: { setName: 'Elevakter' } })).rejects.toThrow(/objectName/);
    await expect(send({ ...surveyNotice([reader.id]), link: 'https://example.com/' })).rejects.toThrow(/link/);
    await expect(send({ ...surveyNotice([reader.id]), link: '//example.com/' })).rejects.toThrow(/link/);
    expect((await mine(reader.client)).items).toEqual([]);
  });

  it('needs a signed-in caller', async () => {
    expect((await setup.app.inject({ method: 'GET', url: '/api/v1/me/notifications' })).statusCode).toBe(401);
  });
});
