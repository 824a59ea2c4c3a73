import { exposureOf, outsideSchools } from './breach-catalogue.js';

describe('whose data a route reaches', () => {
  it('takes the office’s lists and exports as the whole school’s people of their kinds', () => {
    expect(exposureOf('/api/v1/admin/students/:id')).toEqual({ kinds: ['student'], categories: ['school record'], reach: 'school' });
    expect(exposureOf('/api/v1/admin/events/:id/bookings.csv')).toMatchObject({ kinds: ['student', 'contact', 'teacher'], reach: 'school' });
    expect(exposureOf('/api/v1/admin/exports/contacts.csv')).toMatchObject({ kinds: ['contact', 'student'], reach: 'school' });
  });

  it('takes a parent’s pages as their family, a teacher’s as their students, and account pages as the caller', () => {
    expect(exposureOf('/api/v1/parent/events/:id')?.reach).toBe('family');
    expect(exposureOf('/api/v1/bookings/:id/move')?.reach).toBe('family');
    expect(exposureOf('/api/v1/teacher/events/:id/schedule')?.reach).toBe('teacher');
    expect(exposureOf('/api/v1/auth/me')?.reach).toBe('self');
  });

  it('knows the school’s settings name nobody, and leaves operator and public routes out', () => {
    expect(exposureOf('/api/v1/admin/booking-settings')).toEqual({ kinds: [], categories: ['school settings'], reach: 'school' });
    expect(exposureOf('/api/v1/something-new')).toBeNull();
    expect(outsideSchools('/api/v1/operator/schools')).toBe(true);
    expect(outsideSchools('/calendar/family/:token/appointments.ics')).toBe(true);
    expect(outsideSchools('/api/v1/admin/students')).toBe(false);
  });
});
