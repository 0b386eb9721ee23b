import { getEnv } from "~/utils/env.server";

/** Minutes the zone is ahead of UTC at this instant (negative west of Greenwich). */
function offsetMinutes(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/**
 * The UTC instant a wall-clock time in the shop's time zone (SHOP_TIMEZONE) names: "2026-03-08"
 * at "00:00" in Los Angeles is 08:00 UTC. Across a daylight-saving change the offset is read
 * again at the result, so the hour after the change is right too.
 */
export function shopTimeToUtc(day: string, time = "00:00", timeZone = getEnv().SHOP_TIMEZONE) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The calendar day after `day` ("2026-02-28" → "2026-03-01"). */
export function nextDay(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60_000).toISOString().slice(0, 10);
}
