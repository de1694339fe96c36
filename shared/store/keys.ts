/**
 * Every DynamoDB key of the project is built here and nowhere else (the access patterns are listed in
 * table-definition.ts). Callers never concatenate key strings themselves.
 */
const WORK_TABLES = "WORKTABLES";

export const keys = {
  workTable: (id: string) => ({ pk: WORK_TABLES, sk: `WORKTABLE#${id}` }),
  /** Claims a numeral for one work table, so two tables can never both be "III". */
  workTableNumeral: (numeral: string) => ({ pk: WORK_TABLES, sk: `NUMERAL#${numeral}` }),
  workTablesPartition: { pk: WORK_TABLES, skPrefix: "WORKTABLE#" },
} as const;

/** Removes the key attributes from a stored item, leaving the record the domain knows. */
export function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, "pk" | "sk" | "gsi1pk" | "gsi1sk"> {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest;
}
