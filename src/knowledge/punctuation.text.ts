import { L } from '../i18n/lang.js';
import { defineTexts } from './text.js';

/** Separators for joined texts (`join(items, punctuation.semicolon)`): each language's own. */
export const punctuation = defineTexts('punctuation', {
  comma: L(', ', '，', '、'),
  semicolon: L('; ', '；', '；'),
  /** Between sentences: a space in English, nothing in Chinese and Japanese. */
  sentence: L(' ', '', ''),
  plus: L(' + ', ' + ', ' + '),
  arrow: L(' → ', ' → ', ' → '),
});
