/**
 * Passwords that appear at the top of every breach corpus. Checked case-insensitively; the list
 * is short on purpose (NIST SP 800-63B: block the obvious, impose no composition rules).
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 1q2w3e4r 12345 111111 1234567890 1234567 123123 000000
abc123 password1 password123 iloveyou 1qaz2wsx qwertyuiop 123321 dragon sunshine princess letmein
654321 monkey 27653 1qaz2wsx3edc football baseball welcome welcome1 welcome123 admin admin123 administrator
login passw0rd p@ssw0rd p@ssword master hello123 freedom whatever trustno1 starwars shadow superman batman
michael jennifer jordan23 liverpool chelsea arsenal manchester hunter2 hunter ashley charlie donald
qazwsx zaq12wsx zaq1zaq1 aa123456 a123456 a12345678 abcd1234 abcdefgh 11111111 22222222 88888888 99999999
00000000 12121212 87654321 123qwe 123qweasd qweasdzxc asdfghjkl asdfgh zxcvbnm zxcvbnm123 q1w2e3r4t5
q1w2e3r4 1q2w3e4r5t 1q2w3e4r5t6y password12 password1234 passwort motdepasse contraseña wachtwoord
changeme changeme123 secret secret123 default guest guest123 test1234 testtest test123 computer internet
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 autumn2025 school school123
teacher teacher123 student student123 parent parent123 letmein123 iloveyou1 lovely loveme 666666 777777
888888 999999 121212 112233 131313 159753 147258369 987654321 0987654321 1111111111 1234qwer qwer1234
asdf1234 pokemon minecraft fortnite mustang harley ranger thomas killer soccer hockey tigger buster pepper
ginger cookie cheese flower maggie daniel matthew andrew joshua robert nicole jessica hannah`
    .split(/\s+/)
    .filter(Boolean),
);
