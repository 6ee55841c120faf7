import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ProblemError, badRequest, notFound, type Problem } from '../boundary/problem.js';
import { inputProblem } from './route.js';

export const PROBLEM_TYPE = 'application/problem+json';

export function sendProblem(reply: FastifyReply, problem: Problem, instance?: string): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_TYPE).send({ ...problem, ...(instance ? { instance } : {}) });
}

/**
 * Every error leaves as RFC 9457 problem JSON; a 500 says nothing of the internals. A ZodError a
 * handler lets through (the core checked the body) is invalid input: its fields under `body.`,
 * with the detail the route declares (`invalid`).
 */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ProblemError && error.problem.status < 500) return sendProblem(reply, error.problem, request.url);
  if (error instanceof ZodError) return sendProblem(reply, inputProblem(error, request, 'body'), request.url);
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    // fastify's own client errors: unparsable JSON, unsupported media type, body too large …
    return sendProblem(reply, { ...badRequest(error.message), status, title: status === 400 ? 'Bad request' : 'Client error' }, request.url);
  }
  // the id the answer carries (X-Request-Id, and requestId in the body) is the one in the log line
  const requestId = String(reply.getHeader('x-request-id') ?? request.id);
  reply.header('x-request-id', requestId);
  request.log.error({ err: error, requestId }, 'unhandled error');
  if (error instanceof ProblemError) return sendProblem(reply, { ...error.problem, requestId }, request.url);
  return sendProblem(reply, {
    type: 'https://bonemet.dev/problems/internal',
    title: 'Internal server error',
    status: 500,
    detail: `the server could not complete the request; it has been logged under request id ${requestId}`,
    requestId,
  }, request.url);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, notFound(`no route ${request.method} ${request.url.split('?')[0]}`), request.url);
}
