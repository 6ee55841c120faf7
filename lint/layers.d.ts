// Types of lint/layers.js (plain JavaScript so that eslint.config.js can load it without a build).
import type { ESLint } from 'eslint';

export declare const CORE: readonly string[];
export declare const SHARED: readonly string[];
export declare const SHELLS: readonly string[];
export declare const WEB_ENTRY_POINTS: readonly string[];
export declare const ZONES: readonly { from: readonly string[]; forbid?: readonly string[]; only?: { folders: readonly string[]; entryPoints: readonly string[] }; why: string }[];
export declare const ALLOWED: readonly { from: string; to: string }[];
export declare function violation(from: string, to: string): string | undefined;
export declare const plugin: ESLint.Plugin;
