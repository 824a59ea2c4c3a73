import { isDatabaseUnavailable, OutageLog } from './database-outage.js';

describe('database outages', () => {
  it('tells an unreachable database from a wrong query', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('relation "x" does not exist'))).toBe(false);
  });

  it('logs one line when the database goes away and one when it is back, not one per poll', () => {
    const lines: string[] = [];
    const logger = { warn: (m: string) => lines.push(`warn ${m}`), log: (m: string) => lines.push(`log ${m}`), error: (m: string) => lines.push(`error ${m}`) };
    const outage = new OutageLog(logger, 'outbox drain');
    const away = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    outage.succeeded();
    for (let poll = 0; poll < 5; poll++) outage.failed(away);
    outage.succeeded();
    outage.succeeded();
    outage.failed(new Error('a bug'));
    expect(lines).toEqual([
      'warn outbox drain: the database is unavailable; retrying quietly until it is back',
      'log outbox drain: the database is back',
      'error outbox drain failed: a bug',
    ]);
  });
});
