import type { FastifyPluginAsync } from 'fastify';
import { ProblemError, notFound, type Problem } from '../../boundary/problem.js';
import { forbidden } from '../../registry/problems.js';
import { endSession, issueToken, listTokens, signIn, tokenOwner, type User } from '../../trust/accounts.js';
import { issuedTokenSchema, parseBody, sessionStateSchema, signedInSchema, signInSchema, tokenInfoSchema, tokenRequestSchema } from '../../trust/schemas.js';
import { authOf, unauthorized, type Trust } from '../guard.js';
import { CSRF_RULE, SESSION_COOKIE, json, list, problem, ref } from '../openapi.js';
import { sendProblem } from '../problem-reply.js';
import { PUBLIC, SIGNED_IN, declare } from '../route.js';
import { COOKIE, SECURE_COOKIE } from '../guard.js';

interface Options {
  trust: Trust;
}

function tooManyRequests(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/too-many-requests', title: 'Too many requests', status: 429, detail };
}

export const userView = (user: User) => ({ id: user.id, username: user.username, role: user.role });

const csrf = problem('CSRF: a cookie-authenticated change without `X-Requested-With` or a configured public `Origin`');

/** Sign-in and sign-out (a browser session and its cookie), and the caller's API tokens (docs/security.md). */
export const sessionRoutes: FastifyPluginAsync<Options> = async (app, { trust }) => {
  const { db, sessions, throttle, originOf, setCookie } = trust;

  app.post('/session', declare({
    access: PUBLIC, tags: ['session'], summary: 'Sign in: starts a new browser session (a new id every time) and sets its cookie',
    description: `The answer sets \`${COOKIE}\` (\`${SECURE_COOKIE}\` over https): HttpOnly, SameSite=Strict, Path=/. 5 failed sign-ins for one user name, or 20 from one address, within 15 minutes answer 429. ${CSRF_RULE}`,
    body: { schema: signInSchema, name: 'SignInRequest' }, invalid: 'send { "username": …, "password": … }',
    models: { SignedIn: signedInSchema },
    responses: {
      200: { ...json(ref('SignedIn'), 'Signed in'), headers: { 'Set-Cookie': { description: 'The session cookie', schema: { type: 'string' } } } },
      400: problem('A field missing or not a text, or an unknown field'),
      401: problem('User name or password is wrong (the same answer for an unknown or disabled user)'),
      403: csrf,
      429: { ...problem('Too many failed sign-ins'), headers: { 'Retry-After': { description: 'Seconds until the next attempt is let through', schema: { type: 'integer' } } } },
    },
  }), async (request, reply) => {
    const body = request.body as { username: string; password: string };
    const t = authOf(request);
    if (t.session && t.via === 'cookie') await endSession(db, t.session.id, originOf(request), 'sign-out');
    const result = await signIn(db, { username: body.username, password: body.password, clientIp: request.ip, requestId: t.requestId }, sessions, throttle);
    if (!result.ok && result.reason === 'rate-limited') {
      reply.header('retry-after', String(result.retryAfterSeconds));
      return sendProblem(reply, tooManyRequests(`too many failed sign-ins: try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes`), request.url);
    }
    if (!result.ok) return sendProblem(reply, unauthorized('user name or password is wrong'), request.url);
    setCookie(request, reply, result.session.secret, sessions.absoluteMinutes * 60);
    return { user: userView(result.user), expiresAt: result.session.expiresAt };
  });

  // public, so that it answers 401 (not a denial) to whoever is not signed in: the workspace's probe
  app.get('/session', declare({
    access: PUBLIC, tags: ['session'], summary: 'Who the request is signed in as (cookie or token)',
    models: { SessionState: sessionStateSchema },
    responses: { 200: json(ref('SessionState')), 401: problem('Not signed in, or the session has ended') },
    openapi: { security: undefined }, // documented with the default security: it answers only a signed-in caller
  }), async (request, reply) => {
    const t = authOf(request);
    if (!t.session) return sendProblem(reply, unauthorized(t.via ? 'the session has ended: sign in again' : 'not signed in'), request.url);
    return { user: userView(t.session.user), via: t.via };
  });

  app.delete('/session', declare({
    access: PUBLIC, tags: ['session'], summary: 'Sign out: ends the browser session (if any) and clears the cookie',
    responses: { 204: { description: 'Signed out (also when there was no session)' }, 403: csrf },
    openapi: { security: [{ [SESSION_COOKIE]: [] }, {}] },
  }), async (request, reply) => {
    const t = authOf(request);
    if (t.session && t.via === 'cookie') await endSession(db, t.session.id, originOf(request), 'sign-out');
    setCookie(request, reply, '', 0);
    return reply.code(204).send();
  });

  app.get('/tokens', declare({
    access: SIGNED_IN, tags: ['tokens'], summary: 'The caller’s live API tokens',
    models: { TokenInfo: tokenInfoSchema }, responses: { 200: json(list('TokenInfo')) },
  }), async (request) => ({ items: await listTokens(db, authOf(request).session!.user.id) }));

  app.post('/tokens', declare({
    access: SIGNED_IN, tags: ['tokens'], summary: 'Issue an API token for the caller; the secret is in this answer only',
    description: 'Only from a signed-in browser session (a token cannot issue tokens: 403); `bonemet user token USER` issues one on the server machine.',
    // checked by the handler: a token's request is refused (403) before its body is looked at
    body: { schema: tokenRequestSchema, name: 'TokenRequest', checked: 'handler' },
    models: { IssuedToken: issuedTokenSchema },
    responses: { 201: json(ref('IssuedToken'), 'Issued'), 400: problem('Invalid fields, with their paths') },
    openapi: { security: [{ [SESSION_COOKIE]: [] }], requestBody: { required: false, content: { 'application/json': { schema: ref('TokenRequest') } } } },
  }), async (request, reply) => {
    const t = authOf(request);
    if (t.via !== 'cookie') throw new ProblemError(forbidden('issue tokens from a signed-in browser session or with `bonemet user token`'));
    const body = parseBody(tokenRequestSchema, request.body ?? {}, 'send { "name"?: text, "days"?: 1–365 }');
    const token = await issueToken(db, t.session!.user, { name: body.name ?? null, ...(body.days !== undefined ? { days: body.days } : {}) }, originOf(request), sessions);
    return reply.code(201).send({ token: token.secret, id: token.id, name: token.name, expiresAt: token.expiresAt });
  });

  app.delete<{ Params: { id: string } }>('/tokens/:id', declare({
    access: SIGNED_IN, tags: ['tokens'], summary: 'Revoke one of the caller’s tokens',
    responses: { 204: { description: 'Revoked' }, 404: problem('No such live token of the caller') },
  }), async (request, reply) => {
    const user = authOf(request).session!.user;
    if ((await tokenOwner(db, request.params.id)) !== user.id) throw new ProblemError(notFound(`no token ${request.params.id}`));
    await endSession(db, request.params.id, originOf(request), 'token-revoke');
    return reply.code(204).send();
  });
};
