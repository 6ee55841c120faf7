/**
 * The public entry point of src/knowledge/anatomy (lint/layers.js WEB_ENTRY_POINTS): spinal levels,
 * spans and regions. The zod schemas in ./schemas.ts are for the core's own input schemas.
 */
export * from './spine.js';
