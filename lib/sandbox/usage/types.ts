import 'server-only';

/** The usage endpoints, by the name of their path segment. */
export type UsageTypeName =
  | 'completions'
  | 'embeddings'
  | 'moderations'
  | 'images'
  | 'audio_speeches'
  | 'audio_transcriptions'
  | 'vector_stores'
  | 'code_interpreter_sessions'
  | 'file_search_calls'
  | 'web_search_calls';

/** A dimension's value in a series (and in a grouped result): ids, model names, flags. */
export type DimValue = string | boolean | null;

/** A priced part of one series' usage, as the costs endpoint reports it. */
export interface LineItemEntry {
  /** e.g. `gpt-4.1-mini, cached input`. */
  name: string;
  /** The costs result's `quantity_unit`. */
  unit: string | null;
  /** The series' measures (indices into UsageTypeSpec.measures) whose sum is the quantity. */
  measures: readonly number[];
  /** Price of one unit of quantity in PRICE_UNITS_PER_USD (an integer, so sums stay exact). */
  price: number;
}

/**
 * One stream of activity: a fixed combination of every dimension of one usage type (project,
 * user, key, model, batch, tier, size, ...). Its day totals are closed-form functions of the day,
 * and its minutes split each day exactly (see volume.ts and shape.ts).
 */
export interface UsageSeries {
  projectId: string;
  /** The type's dimension values, in UsageTypeSpec.dims order. */
  dims: DimValue[];
  /** Minutes (Unix minutes) in which the series may have activity: [from, to). */
  from: number;
  to: number;
  seed: number;
  /** Requests per day at the reference size (the gauge's bytes for vector stores). */
  rate: number;
  /** Mean units of each secondary measure per request (index 0, the requests, is unused). */
  perRequest: readonly number[];
  /** Activity weight of each UTC hour of the day (time zone applied). */
  rhythm: readonly number[];
  /** Saturday and Sunday volume relative to a weekday. */
  weekend: number;
  /** Seed of the project: its spikes hit all of its series on the same days. */
  projectSeed: number;
  /** The model whose availability (release, successor) scales the volume; null when none. */
  model: string | null;
  /** What the costs endpoint bills for this series. */
  lineItems: readonly LineItemEntry[];
}

/** How one endpoint's results look and which query parameters filter which dimension. */
export interface UsageTypeSpec {
  name: UsageTypeName;
  /** The results' `object`. */
  resultObject: string;
  /** `flow` measures add up over time; a `gauge` (stored bytes) is a level held through a day. */
  kind: 'flow' | 'gauge';
  /** Dimensions in the order results show them; each can be a `group_by` value. */
  dims: readonly string[];
  /** Query parameter → the dimension it filters. */
  filters: Readonly<Record<string, string>>;
  /** Atomic measures the engine sums; index 0 is the request (or session, call) count. */
  measures: readonly string[];
  /** The result's measure fields, from the atomic sums starting at `at`. */
  fields(sums: Float64Array, at: number): Record<string, number>;
}
