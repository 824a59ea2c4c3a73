import { ShortLivedCache } from './short-lived-cache.js';

describe('ShortLivedCache', () => {
  let time = 0;
  const cache = () => new ShortLivedCache<number>(1000, 500, () => time);
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  beforeEach(() => (time = 0));

  it('never serves a value as old as the limit, counted from when its read started', async () => {
    const c = cache();
    let reads = 0;
    const read = async () => ++reads;
    expect(await c.get('e', read)).toBe(1);
    time = 400;
    expect(await c.get('e', read)).toBe(1);
    expect(reads).toBe(1);
    time = 1000;
    expect(await c.get('e', read)).toBe(2);
  });

  it('past half its age, answers from the current value while the next one is read, then from the next', async () => {
    const c = cache();
    let reads = 0;
    let finish!: (n: number) => void;
    await c.get('e', async () => ++reads);
    time = 600;
    const read = () => (reads++, new Promise<number>((resolve) => (finish = resolve)));
    expect(await c.get('e', read)).toBe(1);
    expect(await c.get('e', read)).toBe(1);
    expect(reads).toBe(2);
    finish(2);
    await settle();
    time = 1050;
    expect(await c.get('e', read)).toBe(2);
    expect(reads).toBe(2);
  });

  it('keeps the current value until it expires when reading its successor fails', async () => {
    const c = cache();
    await c.get('e', async () => 1);
    time = 600;
    expect(await c.get('e', () => Promise.reject(new Error('database down')))).toBe(1);
    await settle();
    time = 900;
    expect(await c.get('e', async () => 3)).toBe(1);
    time = 1000;
    expect(await c.get('e', async () => 4)).toBe(4);
  });

  it('shares one read between requests that miss at the same time', async () => {
    const c = cache();
    let reads = 0;
    let finish!: (n: number) => void;
    const read = () => (reads++, new Promise<number>((resolve) => (finish = resolve)));
    const first = c.get('e', read);
    const second = c.get('e', read);
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(reads).toBe(1);
  });

  it('reads again after forget, and keeps keys apart', async () => {
    const c = cache();
    let reads = 0;
    const read = async () => ++reads;
    await c.get('a', read);
    await c.get('b', read);
    c.forget('a');
    expect(await c.get('a', read)).toBe(3);
    expect(await c.get('b', read)).toBe(2);
  });

  it('does not keep a failed read, and drops expired entries as new ones come', async () => {
    const c = cache();
    await expect(c.get('e', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await c.get('e', async () => 5)).toBe(5);
    time = 2000;
    await c.get('other', async () => 1);
    expect(c.size).toBe(1);
  });
});
