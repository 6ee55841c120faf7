import { ZodError } from 'zod';
import { ProblemError, validationProblem } from '../../boundary/problem.js';
import { recommend } from '../../knowledge/rules/index.js';
import { parseOptions, readJsonInput, usageError, write, type CliIO } from '../io.js';
import { renderRecommendation } from '../render/recommend.js';
import { render } from '../../knowledge/texts.js';
import { parseLang } from './score.js';

const USAGE = `usage:
  bonemet recommend [--json] [--lang en|zh|ja] [--input FILE]

Reads one patient's facts as a JSON object from stdin (or FILE) and prints, for every treatment
option, a verdict with its sourced findings, the facts still missing, and the computed plan.
See docs/rules.md for the facts and every rule.`;

export async function recommendCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      input: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const lang = parseLang(values.lang);
  const input = await readJsonInput(io, values.input);
  let result;
  try {
    result = render(recommend(input), lang);
  } catch (error) {
    if (error instanceof ZodError) throw new ProblemError(validationProblem(error, 'invalid patient facts', 'facts'));
    throw error;
  }
  write(io.stdout, values.json ? JSON.stringify(result, null, 2) : renderRecommendation(result, lang));
  return 0;
}
