import 'server-only';
import type { Db } from '@/lib/server/db';
import { actorsOf, type Actor } from './actors';
import { carryOver } from './day-cache';
import { attributionFingerprint, loadAttribution, type AttributedProject } from './attribution';
import { hashString, unit } from './hash';
import { modelSince } from './models';
import { PERSONAS, RHYTHMS, type Persona } from './personas';
import { personaOf } from './project-personas';
import { buildProjectSeries } from './series-builders';
import type { DimValue, LineItemEntry, UsageSeries, UsageTypeName } from './types';
import { USAGE_TYPES } from './usage-types';

/*
 * The catalogue of usage series: every stream of activity the organization has, derived from the
 * projects, members and keys in the store. Built once per state of those objects and cached.
 */

export type SeriesByType = Record<UsageTypeName, UsageSeries[]>;

export interface UsageCatalogue {
  fingerprint: string;
  series: SeriesByType;
}

/** What the series builders know about one project. */
export interface ProjectContext {
  project: AttributedProject;
  persona: Persona;
  /** How big this project is relative to others of its persona. */
  scale: number;
  seed: number;
  /** Hour weights (UTC) of the team's day, and of overnight batch work. */
  rhythm: readonly number[];
  night: readonly number[];
  /** Exclusive end of activity (Unix minutes): archiving stops it. */
  to: number;
  actors: Actor[];
  add(
    type: UsageTypeName,
    actor: Actor | null,
    dims: DimValue[],
    model: string | null,
    rate: number,
    perRequest: number[],
    lineItems: LineItemEntry[],
    options?: { rhythm?: readonly number[]; from?: number; key?: string },
  ): void;
}

const shift = (table: readonly number[], tz: number) =>
  Array.from({ length: 24 }, (_, h) => table[(((h + tz) % 24) + 24) % 24] ?? 1);

function emptySeries(): SeriesByType {
  const out = {} as SeriesByType;
  for (const name of Object.keys(USAGE_TYPES) as UsageTypeName[]) out[name] = [];
  return out;
}

/** Every series of the organization, from its attribution objects (pure: tests call it directly). */
export function buildCatalogue(projects: AttributedProject[], fingerprint = ''): UsageCatalogue {
  const series = emptySeries();
  for (const project of projects) {
    const persona: Persona = PERSONAS[personaOf(project.id)];
    const seed = hashString(project.id);
    const to = project.archivedAt === null ? Infinity : Math.floor(project.archivedAt / 60);
    const context: ProjectContext = {
      project,
      persona,
      scale: 0.6 + 0.8 * unit(seed, 1),
      seed,
      rhythm: shift(RHYTHMS[persona.rhythm], persona.tz),
      night: shift(RHYTHMS.night, persona.tz),
      to,
      actors: actorsOf(project),
      add(type, actor, dims, model, rate, perRequest, lineItems, options = {}) {
        const fromSeconds = Math.max(
          project.createdAt,
          actor?.from ?? 0,
          options.from ?? 0,
          model === null ? 0 : modelSince(model) * 86_400,
        );
        const from = Math.ceil(fromSeconds / 60);
        if (rate < 0.2 || from >= to) return;
        const seriesSeed = hashString(`${type}|${dims.map((d) => String(d)).join('|')}|${options.key ?? ''}`);
        series[type].push({
          projectId: project.id,
          dims,
          from,
          to,
          seed: seriesSeed,
          rate,
          // Each stream has its own typical request size around the persona's.
          perRequest: perRequest.map((x, i) => (i === 0 ? 1 : x * (0.8 + 0.4 * unit(seriesSeed, 3, i)))),
          rhythm: options.rhythm ?? context.rhythm,
          weekend: persona.weekend,
          projectSeed: seed,
          model,
          lineItems,
        });
      },
    };
    buildProjectSeries(context);
  }
  return { fingerprint, series };
}

const cache = new WeakMap<Db, UsageCatalogue>();

/** The organization's series as of now: rebuilt only when attribution objects changed. */
export async function getCatalogue(db: Db): Promise<UsageCatalogue> {
  const fingerprint = await attributionFingerprint(db);
  const cached = cache.get(db);
  if (cached?.fingerprint === fingerprint) return cached;
  const catalogue = buildCatalogue(await loadAttribution(db), fingerprint);
  if (cached)
    for (const type of Object.keys(catalogue.series) as UsageTypeName[])
      carryOver(cached.series[type], catalogue.series[type], USAGE_TYPES[type].measures.length);
  cache.set(db, catalogue);
  return catalogue;
}
