import { renderText, type Text } from '../text.js';

/**
 * A refusal as zod carries it: an English `message` (what the CLI and API print by default) and the
 * language-neutral text in `params.text`, which the shells render in the user's language.
 */
export function refusal(reason: Text): { message: string; params: { text: Text } } {
  return { message: renderText(reason, 'en'), params: { text: reason } };
}
