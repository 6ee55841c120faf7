import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { ProblemError, badRequest } from '../boundary/problem.js';

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Wrong usage or bad input: exit code 2, message on stderr, nothing on stdout. */
export const EXIT_USAGE = 2;

export function usageError(detail: string): ProblemError {
  return new ProblemError(badRequest(detail));
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON input of a command: from --input FILE, else from stdin. */
export async function readJsonInput(io: CliIO, file: string | undefined): Promise<unknown> {
  let text: string;
  if (file) {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw usageError(`cannot read --input ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else {
    if (io.stdin.isTTY) throw usageError('no input: pipe a JSON object to stdin or give --input FILE');
    text = await readStream(io.stdin);
  }
  if (text.trim() === '') throw usageError(`empty input${file ? ` in ${file}` : ' on stdin'}: expected a JSON object`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError(`input is not valid JSON: ${(error as Error).message}`);
  }
}

export function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A command's flags and positionals; an unknown or malformed flag is a usage error (exit 2). */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw usageError(`${(error as Error).message}\n${usage}`);
  }
}
