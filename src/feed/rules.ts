/**
 * The feed's rules, each in one place: how it reads a value (the value it stands for, or an
 * `Issue` saying why not) and how it describes the canonical form as JSON Schema
 * (scripts/build-schema.mjs writes schema/soundtrack-feed.schema.json from these descriptions).
 */
import { parsePartialDate } from './dates.js';
import type { PartialDate } from './types.js';

/** What a rule says of a value it cannot read; `path` leads to the field inside that value. */
export class Issue {
  readonly path: (string | number)[] = [];
  /** `missing`: a required field is absent ("missing level"). */
  constructor(readonly message: string, readonly missing = false) {}

  /** The same issue, seen from the value that holds this one under `key`. */
  within(key: string | number): this {
    this.path.unshift(key);
    return this;
  }
}

export type JsonSchema = { [keyword: string]: unknown };
export interface Rule<T> {
  read(value: unknown): T | Issue;
  describe(): JsonSchema;
  /** The field may be absent: it then reads as `read(undefined)`. */
  readonly optional?: true;
}
/** What a rule reads a value as. */
export type Infer<R> = R extends Rule<infer T> ? T : never;

/** Trimmed text; empty text means "not given" (null). */
export const text: Rule<string | null> = {
  read: (value) => (typeof value === 'string' ? value.trim() || null : new Issue('must be text')),
  describe: () => ({ type: 'string' }),
};

/** Trimmed text that must be there: `message` when it is not text, `empty` when nothing is left. */
export const requiredText = (message: string, empty = message): Rule<string> => ({
  read: (value) => (typeof value === 'string' ? value.trim() || new Issue(empty) : new Issue(message)),
  describe: () => ({ type: 'string', minLength: 1 }),
});

/** Text as given, matching `pattern`. */
export const matching = (pattern: RegExp, message: string): Rule<string> => ({
  read: (value) => (typeof value !== 'string' ? new Issue('must be text') : pattern.test(value) ? value : new Issue(message)),
  describe: () => ({ type: 'string', pattern: pattern.source }),
});

// Numbers also arrive as text from CMS exports ("12", " 4.5 "); `Number` ignores the same whitespace.
const INTEGER_TEXT = /^\s*-?\d+\s*$/;
const DECIMAL_TEXT = /^\s*[+-]?(?:\d*\.)?\d+\s*$/;
const numberOf = (value: unknown, pattern: RegExp) =>
  typeof value === 'number' ? value : typeof value === 'string' && pattern.test(value) ? Number(value) : NaN;

/** A whole number from `min` to `max`; `outside` says when it is not. */
export const integer = (message: string, { min, max, outside }: { min: number; max?: number; outside: string }): Rule<number> => ({
  read(value) {
    const number = numberOf(value, INTEGER_TEXT);
    if (!Number.isInteger(number)) return new Issue(message);
    return number < min || number > (max ?? Infinity) ? new Issue(outside) : number;
  },
  describe: () => ({ type: 'integer', minimum: min, maximum: max }),
});

/** A finite number; with `above`, greater than `above.than`. */
export const number = (above?: { than: number; message: string }): Rule<number> => ({
  read(value) {
    const number = numberOf(value, DECIMAL_TEXT);
    if (!Number.isFinite(number)) return new Issue('must be a number');
    return above && !(number > above.than) ? new Issue(above.message) : number;
  },
  describe: () => ({ type: 'number', exclusiveMinimum: above?.than }),
});

/** Names, trimmed, without empty or repeated ones; one string is read as a comma-separated list. */
export const nameList: Rule<string[]> = {
  read(value) {
    const names = typeof value === 'string' ? value.split(',') : (value ?? []);
    if (!Array.isArray(names)) return new Issue('must be a list of text');
    const read = new Set<string>();
    for (const name of names) {
      if (typeof name !== 'string') return new Issue('must be a list of text');
      const trimmed = name.trim();
      if (trimmed) read.add(trimmed);
    }
    return [...read];
  },
  describe: () => ({ type: 'array', items: { type: 'string', minLength: 1 } }),
  optional: true,
};

/** A date at day, month or year precision; null when empty. */
export const partialDate: Rule<PartialDate | null> = {
  read(value) {
    if (typeof value !== 'string') return new Issue('must be a date like 2002-10-22, 1980-02 or 1976');
    const trimmed = value.trim();
    return trimmed ? (parsePartialDate(trimmed) ?? new Issue(`must be a real date like 2002-10-22, 1980-02 or 1976, not "${trimmed}"`)) : null;
  },
  describe: () => ({ type: 'string' }),
};

export const flag: Rule<boolean> = {
  read: (value) => (typeof value === 'boolean' ? value : new Issue('must be true or false')),
  describe: () => ({ type: 'boolean' }),
};

export const oneOf = <const T extends string>(words: readonly T[], message: string): Rule<T> => ({
  read: (value) => (words.includes(value as T) ? (value as T) : new Issue(message)),
  describe: () => ({ enum: words, type: 'string' }),
});

/** Anything at all: the items of a feed, read one by one later. */
export const anything: Rule<unknown> = { read: (value) => value, describe: () => ({}) };

/** `rule`, or else null or absent: as given, or `fallback` (read by `rule`, so each list or object is new). */
export function nullish<T>(rule: Rule<T>): Rule<T | null | undefined>;
export function nullish<T>(rule: Rule<T>, fallback: null): Rule<T | null>;
export function nullish<T>(rule: Rule<T>, fallback: unknown): Rule<T>;
export function nullish<T>(rule: Rule<T>, fallback?: unknown): Rule<unknown> {
  return {
    read(value) {
      if (value !== null && value !== undefined) return rule.read(value);
      if (fallback === undefined) return value;
      return fallback === null ? null : rule.read(fallback);
    },
    describe: () => ({ anyOf: [rule.describe(), { type: 'null' }], default: fallback }),
    optional: true,
  };
}

/** The field `name` of `record`; a required one that is absent is missing. */
export function readField(rule: Rule<unknown>, record: object, name: string): unknown {
  if (!rule.optional && !(name in record)) return new Issue('', true).within(name);
  const result = rule.read((record as Record<string, unknown>)[name]);
  return result instanceof Issue ? result.within(name) : result;
}

/** An object of these fields (and no others); the first wrong field is its issue. */
export function object<F extends Record<string, Rule<unknown>>>(fields: F): Rule<{ [K in keyof F]: Infer<F[K]> }> & { fields: F } {
  return {
    fields,
    read(value) {
      // Any object, as before: a list reads as an object without these fields.
      if (typeof value !== 'object' || value === null) return new Issue('is not an object');
      const read: Record<string, unknown> = {};
      for (const name in fields) {
        const field = readField(fields[name], value, name);
        if (field instanceof Issue) return field;
        read[name] = field;
      }
      return read as { [K in keyof F]: Infer<F[K]> };
    },
    describe: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(fields).map(([name, rule]) => [name, rule.describe()])),
      required: Object.keys(fields).filter((name) => !fields[name].optional),
    }),
  };
}

/** A list of entries; the first wrong entry is its issue. */
export const list = <T>(entry: Rule<T>, message: string): Rule<T[]> => ({
  read(value) {
    if (!Array.isArray(value)) return new Issue(message);
    const read: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const result = entry.read(value[index]);
      if (result instanceof Issue) return result.within(index);
      read.push(result);
    }
    return read;
  },
  describe: () => ({ type: 'array', items: entry.describe() }),
});

/** `rule`, and a check across its fields; `json` is what a JSON Schema can say of the check. */
export const check = <T>(rule: Rule<T>, holds: (value: T) => boolean, message: string, json: JsonSchema = {}): Rule<T> => ({
  ...rule,
  read(value) {
    const result = rule.read(value);
    return result instanceof Issue || holds(result) ? result : new Issue(message);
  },
  describe: () => ({ ...rule.describe(), ...json }),
});

/** "missing items", "version must be text", "_soundtrack.peaks.0 missing position" (`field` holds the value). */
export function describeIssue({ message, path, missing }: Issue, field = ''): string {
  const inner = path.join('.');
  if (missing) return field ? `${field} missing ${inner}` : `missing ${inner}`;
  const where = field && inner ? `${field}.${inner}` : field || inner;
  return where ? `${where} ${message}` : message;
}
