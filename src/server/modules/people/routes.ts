import { idParams } from '../../../shared/schemas/common.js';
import { peoplePage, peopleQuery, person, personCreate, personUpdate } from '../../../shared/schemas/people.js';
import { DomainError, notFound } from '../../http/domainError.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { findOrgUnit } from '../org/queries.js';
import { unitTarget } from '../org/routes.js';
import { findPerson, searchPeople, toPerson } from './queries.js';
import { createPerson, updatePerson } from './service.js';

const tags = ['People'];

/** A person is reached through the unit they work in. */
async function personTarget(ctx: RequestContext, id: string) {
  const found = await findPerson(ctx, id);
  return found ? ({ kind: 'orgUnit', path: found.orgUnitPath } as const) : null;
}

export const peopleRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/people',
    summary: 'Search people (name, e-mail, title), by unit and status',
    tags,
    access: { permission: 'people.read', target: 'reach' },
    query: peopleQuery,
    response: peoplePage,
    handler: async (ctx, { query }) => {
      let orgUnitPath: string | undefined;
      if (query.orgUnitId) {
        const unit = await findOrgUnit(ctx, query.orgUnitId);
        if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit does not exist');
        orgUnitPath = unit.path;
      }
      return searchPeople(ctx, { ...query, orgUnitPath }, ctx.reach('people.read'));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/people/:id',
    summary: 'One person',
    tags,
    access: { permission: 'people.read', target: (ctx, { params }) => personTarget(ctx, params.id) },
    params: idParams,
    response: person,
    handler: async (ctx, { params }) => {
      const found = await findPerson(ctx, params.id);
      if (!found) throw notFound('person');
      return toPerson(found);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/people',
    summary: 'Add a person to an org unit',
    tags,
    access: { permission: 'people.manage', target: (ctx, { body }) => unitTarget(ctx, body.orgUnitId) },
    body: personCreate,
    response: person,
    status: 201,
    handler: (ctx, { body }) => createPerson(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/people/:id',
    summary: 'Edit a person or move them to another unit',
    tags,
    access: { permission: 'people.manage', target: (ctx, { params }) => personTarget(ctx, params.id) },
    params: idParams,
    body: personUpdate,
    response: person,
    handler: (ctx, { params, body }) => updatePerson(ctx, params.id, body),
  }),
];
