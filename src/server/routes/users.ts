import type { FastifyPluginAsync } from 'fastify';
import { ProblemError, badRequest, notFound } from '../../boundary/problem.js';
import { changeUser, createUser, getUser, listUsers } from '../../trust/accounts.js';
import type { z } from 'zod';
import { userChangeSchema, userCreateSchema, userSchema } from '../../trust/schemas.js';
import { authOf, type Trust } from '../guard.js';
import { json, list, problem, ref } from '../openapi.js';
import { ADMIN, declare } from '../route.js';

interface Options {
  trust: Trust;
}

type IdParams = { Params: { id: string } };

/** The user accounts (admin; docs/security.md). */
export const userRoutes: FastifyPluginAsync<Options> = async (app, { trust }) => {
  const { db, originOf } = trust;
  const models = { User: userSchema };

  app.get('/users', declare({ access: ADMIN, tags: ['users'], summary: 'All users (admin)', models, responses: { 200: json(list('User')) } }), async () => ({ items: await listUsers(db) }));

  app.get<IdParams>('/users/:id', declare({
    access: ADMIN, tags: ['users'], summary: 'Read a user (admin)', models, responses: { 200: json(ref('User')), 404: problem('Not found') },
  }), async (request) => {
    const user = await getUser(db, request.params.id);
    if (!user) throw new ProblemError(notFound(`no user ${request.params.id}`));
    return user;
  });

  app.post('/users', declare({
    access: ADMIN, tags: ['users'], summary: 'Create a user (admin)',
    body: { schema: userCreateSchema, name: 'UserInput' }, invalid: 'invalid user', models,
    responses: {
      201: { ...json(ref('User'), 'Created'), headers: { Location: { description: 'The new user’s URL', schema: { type: 'string' } } } },
      400: problem('Invalid fields, with their paths'),
      409: problem('The user name exists (names are compared case-insensitively)'),
    },
  }), async (request, reply) => {
    const user = await createUser(db, request.body as z.output<typeof userCreateSchema>, originOf(request));
    return reply.code(201).header('location', `/api/users/${user.id}`).send(user);
  });

  app.patch<IdParams>('/users/:id', declare({
    access: ADMIN, tags: ['users'], summary: 'Change a user’s role, disabled state or password (admin); ends the user’s sessions and tokens',
    description: 'An admin cannot change their own role or disable themselves (400): another admin must.',
    body: { schema: userChangeSchema, name: 'UserChange' }, invalid: 'invalid change to user (send { "role"?, "disabled"?, "password"? })', models,
    responses: { 200: json(ref('User')), 400: problem('Invalid fields, or a change to the caller’s own role or disabled state'), 404: problem('Not found') },
  }), async (request) => {
    const body = request.body as z.output<typeof userChangeSchema>;
    const me = authOf(request).session!.user;
    // compare the user the id names, not the text: an id in capitals (or any other spelling) is the same user
    const target = await getUser(db, request.params.id);
    if (target?.id === me.id && (body.role !== undefined || body.disabled !== undefined)) {
      throw new ProblemError(badRequest('an admin cannot change their own role or disable themselves: ask another admin'));
    }
    return changeUser(db, request.params.id, body, originOf(request));
  });
};
