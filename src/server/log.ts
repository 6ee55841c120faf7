import type { FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

interface LoggedRequest {
  method?: string;
  id?: string;
  routeOptions?: { url?: string };
}

/**
 * The server's log (pino, one JSON object a line): method, route template, status, time and
 * request id of every request, and the error of every 5xx with its request id (the same id the
 * problem body and the X-Request-Id header carry). No patient data: never the URL (ids, codes in
 * filters), query, parameters, headers (cookies, tokens) or body, and of an error only its type,
 * code and stack frames, not its message (a database error quotes the values it refused).
 */
export function serverLogOptions(options: { level?: string; stream?: { write(line: string): void } } = {}): LoggerOptions {
  return {
    level: options.level ?? 'info',
    ...(options.stream ? { stream: options.stream } : {}),
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, route: request.routeOptions?.url ?? '(no route)', id: request.id }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error & { code?: unknown }) => ({
        type: error.name,
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        message: '(withheld: it may quote patient data)',
        stack: (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.trim()).join('\n'),
      }),
    },
  };
}
