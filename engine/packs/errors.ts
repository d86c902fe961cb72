/** Errors that name the place (JSON path or CSV row), the field, and what was expected. */
import type { z } from 'zod';

export interface PackError {
  /** Where: `file`, `$`, `$.entities[3]`, `row 5`, `row 5 (header)`. */
  at: string;
  /** The field or column: `link`, `aliases[2]`, `type`; `file` for the file as a whole. */
  field: string;
  /** What was expected, e.g. "an https:// link". */
  expected: string;
  /** What was found, shortened. */
  got?: string;
  /** The entity's position in the pack's list, when the error is about one entity. */
  entity?: number;
}

export function formatPackError(e: PackError): string {
  return `${e.at}: ${e.field}: expected ${e.expected}${e.got !== undefined ? `, got ${e.got}` : ''}`;
}

const MAX_GOT = 60;

/** A value as an error quotes it: JSON, shortened. */
export function quote(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return s.length > MAX_GOT ? `${s.slice(0, MAX_GOT - 1)}…` : s;
}

/** Where a pack's entity came from: its JSON path or its CSV row. */
export type Locate = (entity: number) => string;

export const jsonLocate: Locate = (i) => `$.entities[${i}]`;

const pathText = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'no such field';
    case 'invalid_type':
      // zod's own message for a schema without a custom one: "Invalid input: expected string, received number".
      return /^Invalid input: expected (\w+)/.exec(issue.message)?.[1] ?? issue.message;
    default:
      return issue.message;
  }
}

/**
 * zod issues as pack errors. An issue inside `entities[i]` is placed at that entity
 * (its JSON path or CSV row) with the rest of the path as the field.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], locate: Locate = jsonLocate): PackError[] {
  return issues.flatMap((issue): PackError[] => {
    const path = issue.path;
    const inEntity = path[0] === 'entities' && typeof path[1] === 'number';
    const at = inEntity ? locate(path[1] as number) : '$';
    const rest = inEntity ? path.slice(2) : path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        at,
        field: pathText([...rest, k]),
        expected: 'no such field',
        ...(inEntity ? { entity: path[1] as number } : {}),
      }));
    }
    const got = issue.code === 'invalid_type' && issue.input === undefined ? 'nothing' : quote(issue.input);
    return [
      {
        at,
        field: rest.length ? pathText(rest) : inEntity ? 'entity' : 'pack',
        expected: expectedOf(issue),
        ...(got !== undefined ? { got } : {}),
        ...(inEntity ? { entity: path[1] as number } : {}),
      },
    ];
  });
}
