/** Anything that runs SQL and returns rows: a MikroORM connection or entity manager, or a pg client wrapper. */
export type RowQuery = <T>(sql: string) => Promise<T[]>;

/**
 * Orders tables so that every table comes after the tables it references (parents first), from
 * PostgreSQL's own foreign keys. Reverse it to delete children first. Ties keep name order.
 */
export async function parentsFirst(query: RowQuery, tables: string[]): Promise<string[]> {
  const names = new Set(tables);
  const references = await query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and c.relname <> p.relname`,
  );
  const parentsOf = new Map<string, string[]>();
  for (const { child, parent } of references) {
    if (names.has(child) && names.has(parent)) parentsOf.set(child, [...(parentsOf.get(child) ?? []), parent]);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (table: string) => {
    if (placed.has(table)) return;
    placed.add(table);
    for (const parent of parentsOf.get(table) ?? []) place(parent);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) place(table);
  return ordered;
}
