export { BookingsModule } from './bookings.module.js';
export { BookingService, type AppointmentView } from './appointments/booking.service.js';
export { EveningsService } from './evenings/evenings.service.js';
export { RemindersJob } from './appointments/reminders.job.js';
export { NotBookedRemindersJob } from './evenings/not-booked-reminders.job.js';
export { IdempotencySweepJob } from './appointments/idempotency-sweep.job.js';
export { AppointmentBooked } from './events.js';
export { ParticipantDataService } from './appointments/participant-data.service.js';
export { BookingStatisticsService, type DailyBookingCounts } from './appointments/booking-statistics.service.js';
