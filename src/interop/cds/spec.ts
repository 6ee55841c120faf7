import { z } from 'zod';

/**
 * The JSON shapes of CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/, the tables of "Discovery",
 * "CDS Service Response", "Card Attributes", "Source", "Suggestion", "Action", "Link", "Feedback"
 * and "Coding"), written as zod schemas to check what bonemet sends. Strict where the
 * specification lists every field, so an unknown or misspelt field is an error.
 */

/** "Coding": code and system REQUIRED, display CONDITIONAL (required for override reasons). */
export const codingSchema = z.strictObject({ code: z.string().min(1), system: z.string().min(1), display: z.string().optional() });

const absoluteUrl = z.string().refine((u) => /^https?:\/\/[^/]/.test(u), 'an absolute URL');

export const sourceSchema = z.strictObject({
  label: z.string().min(1),
  url: absoluteUrl.optional(),
  icon: absoluteUrl.optional(),
  topic: codingSchema.optional(),
});

export const actionSchema = z.strictObject({
  type: z.enum(['create', 'update', 'delete']),
  description: z.string().min(1),
  resource: z.looseObject({ resourceType: z.string() }).optional(),
  resourceId: z.string().regex(/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/, 'a relative reference Type/id').optional(),
}).superRefine((a, ctx) => {
  // "When the type attribute is create, the resource attribute SHALL contain a new FHIR resource"; update: "the updated resource in its entirety"
  if ((a.type === 'create' || a.type === 'update') && !a.resource) ctx.addIssue({ code: 'custom', path: ['resource'], message: `required for ${a.type}` });
  // delete: resourceId SHOULD be provided (resource as a string id is deprecated)
  if (a.type === 'delete' && !a.resourceId) ctx.addIssue({ code: 'custom', path: ['resourceId'], message: 'required for delete' });
});

export const suggestionSchema = z.strictObject({
  label: z.string().min(1),
  uuid: z.string().optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(actionSchema).optional(),
});

export const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: absoluteUrl,
  type: z.enum(['absolute', 'smart']),
  appContext: z.string().optional(),
  autolaunchable: z.boolean().optional(),
}).refine((l) => l.appContext === undefined || l.type === 'smart', { message: 'appContext only for smart links', path: ['appContext'] });

export const cardSchema = z.strictObject({
  uuid: z.string().optional(),
  // "One-sentence, <140-character summary"
  summary: z.string().min(1).refine((s) => [...s].length < 140, 'fewer than 140 characters'),
  detail: z.string().optional(),
  indicator: z.enum(['info', 'warning', 'critical']),
  source: sourceSchema,
  suggestions: z.array(suggestionSchema).optional(),
  selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
  overrideReasons: z.array(codingSchema.required({ display: true })).optional(),
  links: z.array(linkSchema).optional(),
}).superRefine((c, ctx) => {
  // "If suggestions are present, selectionBehavior MUST also be provided."
  if (c.suggestions?.length && !c.selectionBehavior) ctx.addIssue({ code: 'custom', path: ['selectionBehavior'], message: 'required with suggestions' });
  if (c.selectionBehavior === 'at-most-one' && (c.suggestions ?? []).filter((s) => s.isRecommended).length > 1) ctx.addIssue({ code: 'custom', path: ['suggestions'], message: 'at most one recommended suggestion with at-most-one' });
});

export const serviceResponseSchema = z.strictObject({
  cards: z.array(cardSchema),
  systemActions: z.array(actionSchema).optional(),
});

export const discoverySchema = z.strictObject({
  services: z.array(z.strictObject({
    hook: z.string().min(1),
    title: z.string().optional(),
    description: z.string().min(1),
    id: z.string().regex(/^[A-Za-z0-9\-_.]+$/),
    prefetch: z.record(z.string(), z.string()).optional(),
    usageRequirements: z.string().optional(),
  })),
});

export const feedbackRequestSchema = z.strictObject({
  feedback: z.array(z.strictObject({
    card: z.string().min(1),
    outcome: z.enum(['accepted', 'overridden']),
    acceptedSuggestions: z.array(z.strictObject({ id: z.string().min(1) })).optional(),
    overrideReason: z.strictObject({ reason: codingSchema.optional(), userComment: z.string().optional() }).optional(),
    outcomeTimestamp: z.string().min(1),
  }).superRefine((f, ctx) => {
    // acceptedSuggestions: "Required for accepted outcomes"
    if (f.outcome === 'accepted' && !f.acceptedSuggestions?.length) ctx.addIssue({ code: 'custom', path: ['acceptedSuggestions'], message: 'required when the outcome is accepted' });
  })),
});
