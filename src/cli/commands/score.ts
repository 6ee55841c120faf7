import { ZodError } from 'zod';
import { ProblemError, validationProblem } from '../../boundary/problem.js';
import { LANGS, isLang, localize, type Lang } from '../../i18n/lang.js';
import { INSTRUMENTS, INSTRUMENT_IDS, isInstrumentId, scoreInstrument } from '../../knowledge/instruments/index.js';
import { parseOptions, readJsonInput, usageError, write, type CliIO } from '../io.js';
import { render } from '../../knowledge/texts.js';
import { renderInstrumentList, renderInstrumentResult } from '../render/instrument.js';

const USAGE = `usage:
  bonemet score --list [--lang en|zh|ja]
  bonemet score <instrument> [--json] [--lang en|zh|ja] [--input FILE]
  bonemet score <instrument> --example

Reads the instrument's input as a JSON object from stdin (or FILE) and prints the result as a
table, or with --json the result object; both in the --lang language. --example prints a valid
input to start from.
instruments: ${INSTRUMENT_IDS.join(', ')}`;

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (!isLang(value)) throw usageError(`--lang "${value}" is not supported; accepted: ${LANGS.join(', ')}`);
  return value;
}

export async function scoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      list: { type: 'boolean' },
      json: { type: 'boolean' },
      example: { type: 'boolean' },
      lang: { type: 'string' },
      input: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const lang = parseLang(values.lang);
  if (values.list) {
    write(io.stdout, values.json
      ? JSON.stringify(INSTRUMENT_IDS.map((id) => ({ id, name: localize(INSTRUMENTS[id].name, lang), summary: localize(INSTRUMENTS[id].summary, lang) })), null, 2)
      : renderInstrumentList(lang));
    return 0;
  }
  const [id, ...extra] = positionals;
  if (id === undefined) throw usageError(`which instrument? accepted: ${INSTRUMENT_IDS.join(', ')}\n${USAGE}`);
  if (!isInstrumentId(id)) throw usageError(`unknown instrument "${id}"; accepted: ${INSTRUMENT_IDS.join(', ')}`);
  if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  if (values.example) {
    write(io.stdout, JSON.stringify(INSTRUMENTS[id].examples[0], null, 2));
    return 0;
  }
  const input = await readJsonInput(io, values.input);
  let result;
  try {
    result = scoreInstrument(id, input);
  } catch (error) {
    if (error instanceof ZodError) throw new ProblemError(validationProblem(error, `invalid ${id} input`, 'input', false, values.lang === undefined ? undefined : lang));
    throw error;
  }
  write(io.stdout, values.json ? JSON.stringify(render(result, lang), null, 2) : renderInstrumentResult(result, lang));
  return 0;
}
