import 'server-only';
import type { UsageCatalogue } from './catalogue';
import { dayTotalsCache, type DayTotalsCache } from './day-cache';
import { GIB, storageDayUnits } from './prices';
import { SeriesDay } from './series-day';
import type { LineItemEntry, UsageSeries, UsageTypeName } from './types';
import { USAGE_TYPES } from './usage-types';
import { gaugeDays, gaugeLevel, MINUTES_PER_DAY } from './volume';

/*
 * Every billed line item of every series, flattened, with per-day amounts and quantities: a past
 * day is computed once (from the day totals) and kept; today is computed up to now.
 */

export interface CostEntry {
  entry: LineItemEntry;
  projectId: string;
  keyId: string | null;
}

interface Source {
  series: UsageSeries;
  index: number;
  /** Its entries' positions: [first, first + lineItems.length). */
  first: number;
}

/** One usage type's billed series, sharing its day totals (read once per day, not per series). */
interface TypeSources {
  days: DayTotalsCache;
  measures: number;
  gauge: boolean;
  sources: Source[];
}

export interface CostDay {
  /** Amount (price units) and quantity of each entry on the day. */
  amounts: Float64Array;
  quantities: Float64Array;
}

const MAX_DAYS = 400;

export class CostPlan {
  readonly entries: CostEntry[] = [];
  private readonly types: TypeSources[] = [];
  private readonly days = new Map<number, CostDay>();
  private readonly seriesDays = new Map<number, SeriesDay>();

  constructor(catalogue: UsageCatalogue) {
    for (const type of Object.keys(catalogue.series) as UsageTypeName[]) {
      const spec = USAGE_TYPES[type];
      const keyAt = spec.dims.indexOf('api_key_id');
      const group: TypeSources = {
        days: dayTotalsCache(catalogue.series[type], spec.measures.length),
        measures: spec.measures.length,
        gauge: spec.kind === 'gauge',
        sources: [],
      };
      catalogue.series[type].forEach((series, index) => {
        if (series.lineItems.length === 0) return;
        const key = keyAt < 0 ? null : series.dims[keyAt];
        const keyId = typeof key === 'string' ? key : null;
        group.sources.push({ series, index, first: this.entries.length });
        for (const entry of series.lineItems) this.entries.push({ entry, projectId: series.projectId, keyId });
      });
      if (group.sources.length > 0) this.types.push(group);
    }
  }

  /** A day's amounts and quantities; `cutoff` is the minutes of the day before now. */
  day(day: number, cutoff: number): CostDay {
    const complete = cutoff === MINUTES_PER_DAY;
    const cached = complete ? this.days.get(day) : undefined;
    if (cached) return cached;
    const result: CostDay = { amounts: new Float64Array(this.entries.length), quantities: new Float64Array(this.entries.length) };
    for (const group of this.types) {
      const totals = !group.gauge && complete ? group.days.get(day) : null;
      for (const source of group.sources) this.fill(group, source, day, cutoff, totals, result);
    }
    if (complete) {
      this.days.set(day, result);
      if (this.days.size > MAX_DAYS) this.days.delete(this.days.keys().next().value ?? day);
    }
    return result;
  }

  /** `dayTotals`: the type's totals of the complete day (null for a gauge or an unfinished day). */
  private fill(group: TypeSources, source: Source, day: number, cutoff: number, dayTotals: Float64Array | null, out: CostDay): void {
    const { lineItems } = source.series;
    if (group.gauge) {
      const [from, to] = gaugeDays(source.series);
      if (day < from || day >= to) return;
      const level = gaugeLevel(source.series, day);
      const share = cutoff / MINUTES_PER_DAY;
      for (let i = 0; i < lineItems.length; i++) {
        out.amounts[source.first + i] = Math.round(storageDayUnits(level) * share);
        out.quantities[source.first + i] = (level / GIB) * 24 * share;
      }
      return;
    }
    let totals: ArrayLike<number>;
    let at = 0;
    if (dayTotals) {
      totals = dayTotals;
      at = source.index * group.measures;
    } else {
      let seriesDay = this.seriesDays.get(group.measures);
      if (!seriesDay) this.seriesDays.set(group.measures, (seriesDay = new SeriesDay(group.measures)));
      if (!seriesDay.load(source.series, day, cutoff)) return;
      const requests = seriesDay.requestsAt(MINUTES_PER_DAY);
      const day1 = seriesDay;
      totals = Array.from({ length: group.measures }, (_, k) => (k === 0 ? requests : day1.measureAt(k, requests)));
    }
    if (totals[at] === 0) return;
    for (let i = 0; i < lineItems.length; i++) {
      const entry = lineItems[i];
      if (!entry) continue;
      let quantity = 0;
      for (let j = 0; j < entry.measures.length; j++) quantity += totals[at + (entry.measures[j] ?? 0)] ?? 0;
      out.amounts[source.first + i] = quantity * entry.price;
      out.quantities[source.first + i] = quantity;
    }
  }
}

const plans = new WeakMap<UsageCatalogue, CostPlan>();

export function costPlan(catalogue: UsageCatalogue): CostPlan {
  let plan = plans.get(catalogue);
  if (!plan) plans.set(catalogue, (plan = new CostPlan(catalogue)));
  return plan;
}
