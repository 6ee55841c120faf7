import type { Problem } from '../../boundary/problem.js';

export function formatProblem(prefix: string, problem: Problem): string {
  const lines = [`${prefix}: ${problem.detail}`];
  for (const error of problem.errors ?? []) lines.push(`  ${error.path}: ${error.message}`);
  return lines.join('\n');
}
