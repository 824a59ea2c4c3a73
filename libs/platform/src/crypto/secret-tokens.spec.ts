import { digestOfSecretToken, newSecretToken } from './secret-tokens.js';

describe('secret tokens', () => {
  it('are new every time, URL-safe and 256 bits', () => {
    const [a, b] = [newSecretToken(), newSecretToken()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as a digest that names the same token every time and no other', () => {
    const token = newSecretToken();
    expect(digestOfSecretToken(token)).toBe(digestOfSecretToken(token));
    expect(digestOfSecretToken(token)).not.toBe(digestOfSecretToken(newSecretToken()));
    expect(digestOfSecretToken(token)).not.toContain(token);
  });
});
