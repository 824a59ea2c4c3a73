import { randomBytes } from 'node:crypto';

/** Where a school's video link template puts each appointment's own room name. */
export const ROOM_PLACEHOLDER = '{room}';
const MAX_TEMPLATE_LENGTH = 400;

/**
 * Why a school's video link template cannot be used, or null when it can: an https address
 * (parents open it from an email) with `{room}` where each appointment's room name goes, so no
 * two appointments share a meeting.
 */
export function videoTemplateProblem(template: string): string | null {
  if (template.length > MAX_TEMPLATE_LENGTH) return `at most ${MAX_TEMPLATE_LENGTH} characters`;
  if (!template.includes(ROOM_PLACEHOLDER)) return `must contain ${ROOM_PLACEHOLDER}, where each appointment's own room name goes`;
  let url: URL;
  try {
    url = new URL(template.replaceAll(ROOM_PLACEHOLDER, 'room'));
  } catch {
    return 'must be a web address, e.g. https://meet.example.org/school-{room}';
  }
  if (url.protocol !== 'https:') return 'must start with https://';
  if (/\s/.test(template)) return 'must not contain spaces';
  return null;
}

/** A room name nobody can guess (96 random bits), safe in a URL's path or query. */
export function newRoomName(): string {
  return randomBytes(12).toString('base64url');
}

/** The appointment's meeting address: the school's template with the room name in place of `{room}`. */
export function meetingLinkFor(template: string, room: string): string {
  return template.replaceAll(ROOM_PLACEHOLDER, room);
}

/** A teacher meets online when their own choice says so, else as the evening does. */
export function meetsOnline(eveningOnline: boolean, teacherOnline: boolean | null): boolean {
  return teacherOnline ?? eveningOnline;
}

/** The link a new appointment gets: its own room when the meeting is online and the school has a template; none otherwise. */
export function linkForNewAppointment(online: boolean, template: string | null): string | null {
  return online && template ? meetingLinkFor(template, newRoomName()) : null;
}
