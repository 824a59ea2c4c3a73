import { chooseLogin, emailDomainAllowed, issuerProblem, lockOutProblem, normaliseDomains, safeReturnPath } from './single-sign-on.rules.js';

describe('issuerProblem', () => {
  it('accepts https issuers, and plain http on this machine outside production only', () => {
    expect(issuerProblem('https://login.example.org', true)).toBeNull();
    expect(issuerProblem('https://login.example.org/tenant/v2.0', true)).toBeNull();
    expect(issuerProblem('http://127.0.0.1:4000', false)).toBeNull();
    expect(issuerProblem('http://localhost:4000', false)).toBeNull();
    expect(issuerProblem('http://127.0.0.1:4000', true)).toBe('The issuer must use https');
    expect(issuerProblem('http://login.example.org', false)).toBe('The issuer must use https');
  });

  it('refuses what is not a plain URL', () => {
    expect(issuerProblem('login.example.org', false)).toMatch(/must be a URL/);
    expect(issuerProblem('https://login.example.org/?tenant=1', false)).toMatch(/without query/);
    expect(issuerProblem('https://user:pw@login.example.org', false)).toMatch(/credentials/);
    expect(issuerProblem('ftp://login.example.org', false)).toBe('The issuer must use https');
  });
});

describe('lockOutProblem', () => {
  const own = { allowedEmailDomains: ['riverside.sch.uk'], ownEmail: 'head@riverside.sch.uk' };
  it('keeps passwords on whatever the provider settings', () => {
    expect(lockOutProblem({ ...own, roles: ['teacher'], staffPasswordSignIn: true, ownEmail: null })).toBeNull();
  });

  it('turns password sign-in off for staff only when admins, and the admin doing it, can use the provider', () => {
    expect(lockOutProblem({ ...own, roles: ['school_admin', 'teacher'], staffPasswordSignIn: false })).toBeNull();
    expect(lockOutProblem({ ...own, roles: ['teacher', 'parent'], staffPasswordSignIn: false })).toMatch(/admins may sign in/);
    expect(lockOutProblem({ ...own, roles: ['school_admin'], staffPasswordSignIn: false, ownEmail: null })).toMatch(/Your own login/);
    expect(lockOutProblem({ ...own, roles: ['school_admin'], staffPasswordSignIn: false, ownEmail: 'head@gmail.com' })).toMatch(/Your own login/);
    expect(lockOutProblem({ ...own, roles: ['school_admin'], staffPasswordSignIn: false, allowedEmailDomains: [], ownEmail: 'head@gmail.com' })).toBeNull();
  });
});

describe('normaliseDomains', () => {
  it('lower-cases, drops a leading @ and repeats, and names what is not a domain', () => {
    expect(normaliseDomains([' @Riverside.SCH.uk', 'riverside.sch.uk', 'staff.example.org'])).toEqual({ domains: ['riverside.sch.uk', 'staff.example.org'], invalid: [] });
    expect(normaliseDomains(['riverside', 'a b.org', 'x.org']).invalid).toEqual(['riverside', 'a b.org']);
  });
});

describe('emailDomainAllowed', () => {
  it('allows any email without domains, else the domains and their subdomains only', () => {
    expect(emailDomainAllowed('a@anywhere.org', [])).toBe(true);
    expect(emailDomainAllowed('A.Smith@Riverside.sch.uk', ['riverside.sch.uk'])).toBe(true);
    expect(emailDomainAllowed('a@staff.riverside.sch.uk', ['riverside.sch.uk'])).toBe(true);
    expect(emailDomainAllowed('a@evilriverside.sch.uk', ['riverside.sch.uk'])).toBe(false);
    expect(emailDomainAllowed('a@riverside.sch.uk.evil.org', ['riverside.sch.uk'])).toBe(false);
    expect(emailDomainAllowed('no-at-sign', ['riverside.sch.uk'])).toBe(false);
  });
});

describe('chooseLogin', () => {
  const teacher = { id: 't', role: 'teacher' as const, status: 'active' as const };
  const parent = { id: 'p', role: 'parent' as const, status: 'active' as const };
  const admin = { id: 'a', role: 'school_admin' as const, status: 'active' as const };

  it('signs in the most senior active login among the roles the school allows', () => {
    expect(chooseLogin([parent, teacher], ['teacher', 'parent'])).toEqual({ outcome: 'signed-in', login: teacher });
    expect(chooseLogin([teacher, admin], ['school_admin', 'teacher'])).toEqual({ outcome: 'signed-in', login: admin });
    expect(chooseLogin([parent, teacher], ['parent'])).toEqual({ outcome: 'signed-in', login: parent });
  });

  it('refuses roles the school keeps on passwords, and says when the only login is disabled', () => {
    expect(chooseLogin([parent], ['teacher', 'school_admin'])).toEqual({ outcome: 'no-login' });
    expect(chooseLogin([], ['teacher'])).toEqual({ outcome: 'no-login' });
    expect(chooseLogin([{ ...teacher, status: 'disabled' }], ['teacher'])).toEqual({ outcome: 'disabled' });
    expect(chooseLogin([{ ...teacher, status: 'disabled' }, parent], ['teacher', 'parent'])).toEqual({ outcome: 'signed-in', login: parent });
  });
});

describe('safeReturnPath', () => {
  it('keeps paths of this site only', () => {
    expect(safeReturnPath('/admin/evenings/1')).toBe('/admin/evenings/1');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
