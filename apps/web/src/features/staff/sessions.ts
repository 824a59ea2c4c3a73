/** The items (slots, appointments) that start within a session of an evening, in their order. */
export function startingIn<T extends { startsAt: string }>(items: T[], session: { startsAt: string; endsAt: string }): T[] {
  const [from, to] = [Date.parse(session.startsAt), Date.parse(session.endsAt)];
  return items.filter((item) => {
    const at = Date.parse(item.startsAt);
    return at >= from && at < to;
  });
}
