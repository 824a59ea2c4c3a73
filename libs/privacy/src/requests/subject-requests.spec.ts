import { dueDate, reminderDue } from './subject-requests.service.js';

describe('the due date of a privacy request', () => {
  it('is one calendar month after the day of receipt (UTC)', () => {
    expect(dueDate(new Date('2027-03-10T23:30:00Z'), 0)).toBe('2027-04-10');
    expect(dueDate(new Date('2027-01-31T08:00:00Z'), 0)).toBe('2027-02-28');
    expect(dueDate(new Date('2028-01-31T08:00:00Z'), 0)).toBe('2028-02-29');
  });

  it('moves by the months of extension', () => {
    expect(dueDate(new Date('2027-01-31T08:00:00Z'), 1)).toBe('2027-03-31');
    expect(dueDate(new Date('2027-01-31T08:00:00Z'), 2)).toBe('2027-04-30');
  });
});

describe('reminders', () => {
  it('are owed from 7 days before the due date, and as overdue from the day after', () => {
    expect(reminderDue('2027-04-10', '2027-04-02')).toBeNull();
    expect(reminderDue('2027-04-10', '2027-04-03')).toBe('due_soon');
    expect(reminderDue('2027-04-10', '2027-04-10')).toBe('due_soon');
    expect(reminderDue('2027-04-10', '2027-04-11')).toBe('overdue');
  });
});
