// The timeline's days and bins: dates in words, the day, week or month bins of a period, the
// x axis's ticks and labels, and the sums of /api/timeline's rows per bin. No DOM, no uPlot.
// Days are UTC seconds at midnight (the charts' x values).

export const DAY = 86400;  // seconds: the charts' x values are UTC seconds, a day's at its midnight
const MIN_BIN_PX = 5;  // a bin narrower than this on screen is a hairline: bin coarser
const TICK_PX = { day: 58, month: 40 };  // the least room for a date label ("18 Mar", "Apr")
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const toSeconds = (iso) => Date.parse(iso + "T00:00:00Z") / 1000;
export const toIso = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);

export function dayText(seconds, { year = true } = {}) {
  const d = new Date(seconds * 1000);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return year ? `${text} ${d.getUTCFullYear()}` : text;
}

export function spanText(from, to) {
  // "8–10 May 2025", "18 Mar – 16 Apr 2025", "30 Dec 2025 – 2 Jan 2026", "8 May 2025"
  if (from === to) return dayText(from);
  const [a, b] = [new Date(from * 1000), new Date(to * 1000)];
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${dayText(from)} – ${dayText(to)}`;
  if (a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${dayText(to)}`;
  return `${dayText(from, { year: false })} – ${dayText(to)}`;
}

function binStart(seconds, unit) {
  const d = new Date(seconds * 1000);
  if (unit === "week") return seconds - ((d.getUTCDay() + 6) % 7) * DAY;  // weeks start on Monday
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  return seconds;
}

function binAfter(start, unit) {
  if (unit === "week") return start + 7 * DAY;
  if (unit === "month") {
    const d = new Date(start * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  }
  return start + DAY;
}

export function binsOf(from, to, unit) {
  // The bins that hold the days from..to (inclusive): {start, end} with end exclusive.
  const bins = [];
  for (let start = binStart(from, unit); start <= to; start = binAfter(start, unit)) {
    bins.push({ start, end: binAfter(start, unit) });
  }
  return bins;
}

export function unitFor(from, to, plotWidth) {
  // Days over a quarter at most, weeks up to three years, months beyond; a step coarser
  // when the bins would be hairlines on this width (a phone).
  const days = (to - from) / DAY + 1;
  const units = ["day", "week", "month"];
  let i = days <= 92 ? 0 : days <= 3 * 366 ? 1 : 2;
  while (i < 2 && plotWidth / binsOf(from, to, units[i]).length < MIN_BIN_PX) i += 1;
  return units[i];
}

function tickSteps(from, to) {
  // Candidate tick series, finest first: every day, 2 days, Monday, 2 Mondays, then months.
  const days = (step) => binsOf(from, to, "day").map((b) => b.start).filter((s, i) => i % step === 0);
  const mondays = (step) => binsOf(from, to, "week").map((b) => b.start)
    .filter((s, i) => i % step === 0);
  const months = (step) => binsOf(from, to, "month").map((b) => b.start)
    .filter((s) => new Date(s * 1000).getUTCMonth() % step === 0);
  return [() => days(1), () => days(2), () => mondays(1), () => mondays(2),
    ...[1, 2, 3, 6, 12].map((step) => () => months(step))];
}

export function ticksFor(from, to, width) {
  // The finest tick series whose labels do not touch; ticks outside the bins dropped.
  for (const [i, step] of tickSteps(from, to).entries()) {
    const ticks = step().filter((t) => t >= from && t <= to);
    const room = i < 4 ? TICK_PX.day : TICK_PX.month;
    if (ticks.length <= Math.max(2, Math.floor(width / room))) return ticks;
  }
  return [from];
}

export function tickLabels(ticks) {
  // "18 Mar" or "Mar" (months apart), the year under the first tick and where it changes.
  const monthly = ticks.length > 1 && ticks[1] - ticks[0] >= 28 * DAY;
  return ticks.map((t, i) => {
    const d = new Date(t * 1000);
    const text = monthly ? MONTHS[d.getUTCMonth()] : dayText(t, { year: false });
    const newYear = i === 0 || new Date(ticks[i - 1] * 1000).getUTCFullYear() !== d.getUTCFullYear();
    return newYear ? `${text}\n${d.getUTCFullYear()}` : text;
  });
}

// --- sums per bin ---------------------------------------------------------------------------

export function sumsPerBin(rows, bins, fields, sides) {
  // For each side and field, one value per bin: the sum of its days' figures, null where no
  // day of the bin gives the figure (unknown, not 0); and the events per bin and side.
  const sums = {};
  for (const side of sides) {
    sums[side] = { events: bins.map(() => 0) };
    for (const field of fields) sums[side][field] = bins.map(() => null);
  }
  let b = 0;
  for (const row of rows) {  // rows come by date; bins too
    const day = toSeconds(row.date);
    while (b < bins.length && bins[b].end <= day) b += 1;
    if (b === bins.length) break;
    const side = sums[row.attacker];
    if (day < bins[b].start || !side) continue;
    side.events[b] += row.events;
    for (const field of fields) {
      if (row[field] !== null && row[field] !== undefined) side[field][b] = (side[field][b] || 0) + row[field];
    }
  }
  return sums;
}

