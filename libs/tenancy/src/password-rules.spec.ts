import { passwordProblem } from './password.service.js';

describe('password rules', () => {
  it('keep any long enough password that is not guessable, with no composition rules', () => {
    expect(passwordProblem('correct horse battery staple', ['siobhan', 'Demo School', 'demo'])).toBeNull();
    expect(passwordProblem('ñandú en la pampa', [])).toBeNull();
  });

  it('refuse a password too short or too long', () => {
    expect(passwordProblem('short', [])).toBe('length');
    expect(passwordProblem('x'.repeat(129), [])).toBe('length');
  });

  it('refuse a common password, one character repeated, whitespace only', () => {
    expect(passwordProblem('password', [])).toBe('guessable');
    expect(passwordProblem('aaaaaaaa', [])).toBe('guessable');
    expect(passwordProblem('        ', [])).toBe('guessable');
    expect(passwordProblem('\t\t\t\t\t\t\t\t', [])).toBe('guessable');
  });

  it("refuse a password containing the person's screen name or their school's name, in any case", () => {
    expect(passwordProblem('siobhan2026!', ['siobhan'])).toBe('guessable');
    expect(passwordProblem('I love Demo School', ['siobhan', 'Demo School', 'demo'])).toBe('guessable');
    expect(passwordProblem('my DEMO login pw', ['siobhan', 'Demo School', 'demo'])).toBe('guessable');
    // Words too short to matter are not context words.
    expect(passwordProblem('a long passphrase with jo in it', ['jo'])).toBeNull();
  });
});
