import { Injectable } from '@nestjs/common';
import { EntityManager, type PostgreSqlConnection } from '@mikro-orm/postgresql';

const textOfName = new Map<string, string>();

/**
 * A query on a path that hundreds of requests take at once (the token check, the booking rush),
 * which PostgreSQL parses and plans once per connection instead of on every call. The ORM sends
 * its queries with the values written into the text, so each one is parsed and planned anew:
 * measured on the booking route's evening query, 265 µs of database CPU per call that way, 45 µs
 * prepared (see the README's benchmark section).
 *
 * Parameters are PostgreSQL's positional `$1 … $n`; a number may be used more than once.
 * Timestamps come back as PostgreSQL's text (the ORM's type parsers); the columns named in
 * `dates` are turned into Dates, so the row type says what the row holds.
 */
export class PreparedStatement<Row extends object> {
  private generation = 0;
  /** The text for the ORM's `?` placeholders, and which parameter each `?` stands for. */
  readonly ormText: string;
  private readonly ormOrder: number[] = [];
  /** Carries the row type for `rows()`; never set. */
  declare readonly row?: Row;

  constructor(
    readonly name: string,
    readonly text: string,
    private readonly options: { dates?: (keyof Row & string)[] } = {},
  ) {
    const known = textOfName.get(name);
    if (known !== undefined && known !== text) throw new Error(`Two different prepared statements are named ${name}`);
    textOfName.set(name, text);
    this.ormText = text.replace(/\$(\d+)/g, (_, n: string) => {
      this.ormOrder.push(Number(n) - 1);
      return '?';
    });
  }

  /** The name the server knows it by: a new one once a schema change made the old plan unusable. */
  get serverName(): string {
    return this.generation === 0 ? this.name : `${this.name}#${this.generation}`;
  }

  renew(): void {
    this.generation += 1;
  }

  /**
   * The parameters for the ORM's `?` placeholders. An array goes as a PostgreSQL array literal:
   * the ORM would spread it into a list of placeholders, and `$n::text[]` would get its first item.
   */
  ormParams(params: readonly unknown[]): unknown[] {
    return this.ormOrder.map((index) => (Array.isArray(params[index]) ? arrayLiteral(params[index] as unknown[]) : params[index]));
  }

  /** The rows as declared: the `dates` columns as Dates. */
  typed(rows: Row[]): Row[] {
    const dates = this.options.dates;
    if (!dates?.length) return rows;
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      for (const column of dates) if (typeof record[column] === 'string') record[column] = new Date(record[column]);
    }
    return rows;
  }
}

/** SQLSTATE 0A000 with this message: a column's type changed under a running instance (a rolling deploy's migration). */
function isStalePlan(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '');
}

/** `{"a","b \\"c\\""}`: a one-dimensional PostgreSQL array literal of the values as text (null stays NULL). */
export function arrayLiteral(values: readonly unknown[]): string {
  const item = (value: unknown) => (value === null || value === undefined ? 'NULL' : `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return `{${values.map(item).join(',')}}`;
}

/** An error the server answered with (it carries a SQLSTATE): the connection itself is fine. */
function isServerAnswer(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
}

/**
 * Runs prepared statements on the ORM's own connection pool. Inside a transaction of the current
 * context the statement runs there, through the ORM, so it sees and joins that transaction's work.
 * Database errors come back as the ORM's exceptions (constraint violations, deadlocks) either way.
 */
@Injectable()
export class PreparedStatements {
  constructor(private readonly em: EntityManager) {}

  async rows<Row extends object>(statement: PreparedStatement<Row>, params: readonly unknown[]): Promise<Row[]> {
    if (this.em.isInTransaction()) return statement.typed(await this.em.execute<Row[]>(statement.ormText, statement.ormParams(params)));
    const pool = await (this.em.getConnection() as PostgreSqlConnection).getNativeClient();
    // Not pool.query(): it closes the connection on any error, and in a rush a constraint's 409 is
    // routine; a new connection costs a fork, authentication and a cold cache on the server.
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return statement.typed((await client.query<Row>({ name: statement.serverName, text: statement.text, values: params as unknown[] })).rows);
        } catch (error) {
          if (isStalePlan(error) && attempt === 1) {
            statement.renew();
            continue;
          }
          if (!isServerAnswer(error)) broken = error as Error;
          throw error instanceof Error ? this.em.getDriver().convertException(error) : error;
        }
      }
    } finally {
      client.release(broken);
    }
  }
}
