import { linkForNewAppointment, meetingLinkFor, meetsOnline, newRoomName, videoTemplateProblem } from './meeting-link.js';

describe('video meeting links', () => {
  it('accepts an https template with a room placeholder', () => {
    expect(videoTemplateProblem('https://meet.jit.si/riverside-{room}')).toBeNull();
    expect(videoTemplateProblem('https://video.example.org/join?room={room}&lang=en')).toBeNull();
  });

  it('refuses a template without a room, not https, not an address, with spaces or too long', () => {
    expect(videoTemplateProblem('https://meet.jit.si/riverside')).toMatch(/\{room\}/);
    expect(videoTemplateProblem('http://meet.example.org/{room}')).toMatch(/https/);
    expect(videoTemplateProblem('meet {room}')).toMatch(/web address/);
    expect(videoTemplateProblem('https://meet.example.org/a b/{room}')).toMatch(/spaces/);
    expect(videoTemplateProblem(`https://meet.example.org/${'x'.repeat(400)}{room}`)).toMatch(/400/);
  });

  it('puts the room name everywhere the template asks for it', () => {
    expect(meetingLinkFor('https://m.example.org/{room}?id={room}', 'abc')).toBe('https://m.example.org/abc?id=abc');
  });

  it('gives every appointment its own unguessable room', () => {
    const rooms = new Set(Array.from({ length: 1000 }, newRoomName));
    expect(rooms.size).toBe(1000);
    for (const room of rooms) expect(room).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("follows the teacher's own choice, else the evening's", () => {
    expect(meetsOnline(true, null)).toBe(true);
    expect(meetsOnline(false, null)).toBe(false);
    expect(meetsOnline(true, false)).toBe(false);
    expect(meetsOnline(false, true)).toBe(true);
  });

  it('links a new appointment only when it is online and the school has a template', () => {
    expect(linkForNewAppointment(true, 'https://m.example.org/{room}')).toMatch(/^https:\/\/m\.example\.org\/[A-Za-z0-9_-]{16}$/);
    expect(linkForNewAppointment(false, 'https://m.example.org/{room}')).toBeNull();
    expect(linkForNewAppointment(true, null)).toBeNull();
  });
});
