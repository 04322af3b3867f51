// The timeline: drones and missiles launched and intercepted per attacking side, then killed
// and injured, in day, week or month bins chosen by the period shown, with the truce terms as
// labelled bands. uPlot (vendor/uplot, MIT) draws the bars on canvas; the term labels, the
// controls, the legend and the table of the bins (the charts' text alternative) are DOM nodes
// made with createElement and textContent. timeline-bins.js makes the bins and sums them,
// timeline-terms.js draws the terms; this module: the charts, the controls and the text.

import uPlot from "./vendor/uplot/uPlot.esm.js";
import { api, clear, el, num } from "./dom.js";
import { DAY, MONTHS, binsOf, dayText, spanText, sumsPerBin, tickLabels, ticksFor, toIso, toSeconds,
  unitFor } from "./timeline-bins.js";
import { cssColour, drawBands, placeTermLabels, termBand } from "./timeline-terms.js";

const FONT = "12px system-ui, sans-serif";
const SIDES = [  // the attacking sides drawn, left and right in each bin; colours in style.css
  { code: "RU", name: "Russia on Ukraine", strikes: "Russia's strikes", colour: "--ru" },
  { code: "UA", name: "Ukraine on Russia", strikes: "Ukraine's strikes", colour: "--ua" },
];
const WEAPONS = {  // the API's columns behind "launched" and "intercepted" for each choice
  all: { label: "All weapons", launched: "launched", intercepted: "intercepted" },
  drones: { label: "Drones", launched: "drones_launched", intercepted: "drones_intercepted" },
  missiles: { label: "Missiles", launched: "missiles_launched", intercepted: "missiles_intercepted" },
};

// --- the charts -----------------------------------------------------------------------------

function barPaths(view, { slot, inset = 0, stackOn = null }) {
  // A uPlot paths builder: one bar per bin, in the side's half of the bin (slot 0 or 1),
  // narrowed by ``inset`` on each side (intercepted inside launched), or stacked on another
  // series (injured on killed).
  return (u, seriesIdx, idx0, idx1) => {
    const fill = new Path2D();
    const values = u.data[seriesIdx];
    for (let i = idx0; i <= idx1; i += 1) {
      if (values[i] === null || values[i] === undefined) continue;
      const bin = view.bins[i];
      const x0 = u.valToPos(bin.start, "x", true), x1 = u.valToPos(bin.end, "x", true);
      const half = (x1 - x0) * 0.44;  // two halves and a gap between bins
      const left = x0 + (x1 - x0) * 0.06 + slot * half + half * inset;
      const base = stackOn === null ? 0 : u.data[stackOn][i] || 0;
      const top = u.valToPos(base + values[i], "y", true), bottom = u.valToPos(base, "y", true);
      // at least a pixel high, so that a small figure beside a large one is still seen
      fill.rect(left, Math.min(top, bottom - 1), Math.max(half * (1 - 2 * inset), 1),
        Math.max(bottom - top, 1));
    }
    return { stroke: fill, fill };
  };
}

function roundTop(value) {
  // The y axis's top: a round number at or above the highest bar, at least 2, so that the
  // axis has three labelled ticks or more (0, 1, 2; 0, 5, 10; 0, 200, …, 800)
  if (value <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) * power;
}

function yRange(stacked) {
  // From 0 to a round number above the highest bar shown (killed and injured stack).
  return (u) => {
    let top = 0;
    for (let i = 0; i < u.data[0].length; i += 1) {
      for (let s = 1; s < u.series.length; s += stacked ? 2 : 1) {
        const shown = (k) => (u.series[k].show ? u.data[k][i] || 0 : 0);
        top = Math.max(top, stacked ? shown(s) + shown(s + 1) : shown(s));
      }
    }
    return [0, top ? roundTop(top * 1.04) : 10];
  };
}

function axes(view, height) {
  // Dates below, counts at the left; each chart's root keeps the labels it drew
  // (data-x-ticks, data-y-ticks: "|" between them) for the tests and for reading aloud.
  const keep = (u, name, labels) => {
    u.root.dataset[name] = labels.map((l) => l.replace("\n", " ")).join("|");
    return labels;
  };
  return [
    { font: FONT, size: 46, stroke: "#333", grid: { stroke: "#ececec" }, ticks: { stroke: "#999" },
      splits: (u) => ticksFor(view.bins[0].start, view.bins.at(-1).end - DAY, u.bbox.width / uPlot.pxRatio),
      values: (u, splits) => keep(u, "xTicks", tickLabels(splits)) },
    { font: FONT, size: 54, stroke: "#333", space: height > 200 ? 36 : 28,
      grid: { stroke: "#e3e3e3" }, ticks: { stroke: "#999" },
      incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000],
      values: (u, splits) => keep(u, "yTicks", splits.map((v) => num(v))) },
  ];
}

function chartOptions(view, { height, series, stacked, hooks }) {
  return {
    width: view.width, height, legend: { show: false },
    padding: [14, 12, 0, 0],  // room above for the top tick's label
    scales: { x: { time: false, range: () => [view.bins[0].start, view.bins.at(-1).end] },
      y: { range: yRange(stacked) } },
    axes: axes(view, height),
    cursor: { sync: { key: "timeline" }, drag: { x: true, y: false, setScale: false },
      points: { show: false }, y: false },
    select: { show: true },
    series: [{}, ...series.map((s) => ({ ...s, points: { show: false } }))],
    hooks,
  };
}

function strikeSeries(view) {
  // Per side: launched, a solid bar; intercepted, a paler outlined bar inside it.
  return SIDES.flatMap((side, slot) => [
    { label: `${side.name}: launched`, fill: cssColour(side.colour), stroke: cssColour(side.colour),
      width: 0, paths: barPaths(view, { slot }) },
    { label: `${side.name}: intercepted`, fill: cssColour(`${side.colour}-pale`),
      stroke: cssColour(side.colour), width: 1, paths: barPaths(view, { slot, inset: 0.2 }) },
  ]);
}

function casualtySeries(view) {
  // Per side: killed, a solid bar; injured stacked on it, paler.
  return SIDES.flatMap((side, slot) => [
    { label: `Killed in ${side.strikes}`, fill: cssColour(side.colour), stroke: cssColour(side.colour),
      width: 0, paths: barPaths(view, { slot }) },
    { label: `Injured in ${side.strikes}`, fill: cssColour(`${side.colour}-pale`),
      stroke: cssColour(side.colour), width: 1, paths: barPaths(view, { slot, stackOn: 2 * slot + 1 }) },
  ]);
}

// --- the timeline: state, controls, text ----------------------------------------------------

function truceKey() {
  // what the bands mean, beside the series (not a button: the bands are always drawn)
  const key = el("div", null, { class: "timeline-legend-side" });
  key.append(el("span", "Truces:", { class: "timeline-group-label" }));
  for (const [look, text] of [["in-force", "in force"], ["end-unknown", "end unknown"]]) {
    const item = el("span", null, { class: "timeline-key" });
    item.append(el("span", null, { class: `swatch truce ${look}`, "aria-hidden": "true" }),
      document.createTextNode(text));
    key.append(item);
  }
  return key;
}

export async function timelineRows() {
  // Every row of /api/timeline (a page holds 1,000: under three years of days and sides).
  const first = await api("/api/timeline", { limit: 1000 });
  const rows = [...first.items];
  while (rows.length < first.total) {
    const next = await api("/api/timeline", { limit: 1000, offset: rows.length });
    if (!next.items.length) break;
    rows.push(...next.items);
  }
  return rows;
}

export function drawTimeline(box, rows, terms) {
  clear(box);
  const sided = rows.filter((r) => SIDES.some((s) => s.code === r.attacker));
  if (!sided.length) {
    box.append(el("p", "No strikes in the ledger."));
    return null;
  }
  const timeline = new Timeline(box, sided, terms);
  timeline.render();
  return timeline;
}

class Timeline {
  constructor(box, rows, terms) {
    this.rows = rows;
    this.bands = terms.filter((t) => t.start).map(termBand);
    const days = rows.map((r) => toSeconds(r.date));
    // the whole period: every strike, and every term's start and last known day
    this.latest = Math.max(...days);
    this.whole = [Math.min(...days, ...this.bands.map((b) => b.start)),
      Math.max(...days, ...this.bands.map((b) => b.last ?? b.start))];
    this.view = { from: this.whole[0], to: this.whole[1], bins: [], unit: "day", width: 600 };
    this.weapon = "all";
    this.box = box;
    this.build();
  }

  build() {
    const box = this.box;
    this.controls = el("div", null, { class: "timeline-controls", role: "toolbar",
      "aria-label": "Period shown" });
    this.period = el("p", null, { class: "note timeline-period", id: "timeline-period" });
    this.weapons = el("div", null, { class: "timeline-weapons", role: "group",
      "aria-label": "Weapons counted" });
    this.lane = el("div", null, { class: "timeline-terms" });
    this.strikes = el("div", null, { class: "timeline-chart strikes" });
    this.casualties = el("div", null, { class: "timeline-chart casualties" });
    this.readout = el("p", "Point at a bar for its figures; click it for its events.",
      { class: "timeline-readout", "aria-live": "polite" });
    this.table = el("details", null, { class: "timeline-table" });
    this.strikeLegend = el("div", null, { class: "timeline-legend", role: "group",
      "aria-label": "Series shown: drones and missiles" });
    this.casualtyLegend = el("div", null, { class: "timeline-legend", role: "group",
      "aria-label": "Series shown: killed and injured" });
    box.append(this.controls, this.period,
      el("h3", "Drones and missiles launched and intercepted", { class: "timeline-heading" }),
      this.weapons, this.strikeLegend, this.lane, this.strikes,
      el("h3", "Killed and injured", { class: "timeline-heading" }), this.casualtyLegend,
      this.casualties,
      this.readout, el("p", "On a chart: ← and → move from bar to bar, Enter opens its events.",
        { class: "visually-hidden", id: "timeline-keys" }), this.table);
    this.view.width = this.chartWidth();
    this.layOutBins();
    this.strikeChart = this.makeChart(this.strikes, 280, strikeSeries(this.view), false);
    this.casualtyChart = this.makeChart(this.casualties, 190, casualtySeries(this.view), true);
    this.addControls();
    this.addLegend(this.strikeLegend, this.strikeChart, "strikes");
    this.strikeLegend.append(truceKey());
    this.addLegend(this.casualtyLegend, this.casualtyChart, "casualties");
    new ResizeObserver(() => this.resize()).observe(box);
  }

  chartWidth() {
    return Math.max(280, Math.floor(this.box.clientWidth));
  }

  makeChart(target, height, series, stacked) {
    const hooks = {
      drawClear: [(u) => drawBands(u, this.bands, this.view)],
      setSelect: [(u) => this.zoomToSelection(u)],
      setCursor: [(u) => this.showFigures(u.cursor.idx)],
    };
    if (!stacked) hooks.draw = [(u) => placeTermLabels(u, this.lane, this.bands, this.view)];
    const u = new uPlot(chartOptions(this.view, { height, series, stacked, hooks }),
      this.data(stacked), target);
    u.root.setAttribute("role", "img");
    this.clickForEvents(u);
    this.stepWithKeys(target, u);
    return u;
  }

  stepWithKeys(target, u) {
    // The chart from the keyboard: focus it, ← and → (Home, End) move from bin to bin, the
    // readout (aria-live) says each bin's figures, Enter opens its events.
    target.setAttribute("tabindex", "0");
    target.setAttribute("aria-describedby", "timeline-keys");
    target.addEventListener("keydown", (e) => {
      const last = this.view.bins.length - 1;
      const at = u.cursor.idx ?? -1;
      const to = { ArrowRight: Math.min(last, at + 1), ArrowLeft: Math.max(0, at - 1),
        Home: 0, End: last }[e.key];
      if (e.key === "Enter" && at >= 0) {
        window.location.hash = this.eventsLink(this.view.bins[at]);
      } else if (to !== undefined) {
        const bin = this.view.bins[to];
        u.setCursor({ left: u.valToPos((bin.start + bin.end) / 2, "x"), top: u.over.clientHeight / 2 });
      } else {
        return;
      }
      e.preventDefault();
    });
  }

  data(stacked) {
    // uPlot's columns: x (the middle of each bin), then the series in chart order
    const fields = stacked ? ["killed", "injured"]
      : [WEAPONS[this.weapon].launched, WEAPONS[this.weapon].intercepted];
    return [this.view.bins.map((b) => (b.start + b.end) / 2),
      ...SIDES.flatMap((side) => fields.map((f) => this.sums[side.code][f]))];
  }

  layOutBins() {
    // The bins for the period shown and this width, and their sums.
    const { from, to } = this.view;
    this.view.unit = unitFor(from, to, this.view.width - 70);
    this.view.bins = binsOf(from, to, this.view.unit);
    const fields = ["launched", "intercepted", "killed", "injured", "drones_launched",
      "drones_intercepted", "missiles_launched", "missiles_intercepted"];
    this.sums = sumsPerBin(this.rows, this.view.bins, fields, SIDES.map((s) => s.code));
  }

  render() {
    this.layOutBins();
    this.strikeChart.setData(this.data(false));
    this.casualtyChart.setData(this.data(true));
    const { bins, unit } = this.view;
    const shown = spanText(bins[0].start, bins.at(-1).end - DAY);
    const unitWord = { day: "daily", week: "weekly (Monday to Sunday)", month: "monthly" }[unit];
    this.period.textContent = `${shown}: ${bins.length} ${unitWord} bins. ` +
      "Drag across a chart to zoom in; click a bar for its events.";
    Object.assign(this.box.dataset, { unit, bins: bins.length, from: toIso(bins[0].start),
      to: toIso(bins.at(-1).end - DAY) });
    this.describe();
    this.fillTable();
    this.disableWhatCannotMove();
  }

  disableWhatCannotMove() {
    // Earlier at the first day, later at the last, out at the whole period: nothing to do
    const [first, last] = this.whole;
    const whole = this.view.from <= first && this.view.to >= last;
    this.moves.earlier.disabled = this.view.from <= first;
    this.moves.later.disabled = this.view.to >= last;
    this.moves.out.disabled = whole;
    this.moves.whole.disabled = whole;
  }

  resize() {
    if (!this.box.clientWidth) return;  // hidden (another page shown): keep the last size
    const width = this.chartWidth();
    if (width === this.view.width) return;
    this.view.width = width;
    this.strikeChart.setSize({ width, height: this.strikeChart.height });
    this.casualtyChart.setSize({ width, height: this.casualtyChart.height });
    this.render();
  }

  show(from, to) {
    // The period from..to (days, inclusive), kept within the ledger's.
    const span = Math.max(0, to - from);
    from = Math.max(this.whole[0], Math.min(from, this.whole[1] - span));
    this.view.from = Math.round(from / DAY) * DAY;
    this.view.to = Math.min(this.whole[1], Math.round((from + span) / DAY) * DAY);
    this.render();
  }

  zoomToSelection(u) {
    const { left, width } = u.select;
    if (width < 4) return;
    const from = Math.floor(u.posToVal(left, "x") / DAY) * DAY;
    const to = Math.floor(u.posToVal(left + width, "x") / DAY) * DAY;
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.show(from, Math.max(from, to));
  }

  addControls() {
    const [from, to] = this.whole;
    const span = () => this.view.to - this.view.from;
    const button = (text, act, title) => {
      const b = el("button", text, { type: "button", ...(title ? { title } : {}) });
      b.addEventListener("click", act);
      return b;
    };
    this.moves = {
      whole: button("Whole period", () => this.show(from, to)),
      out: button("Zoom out", () => this.show(this.view.from - span() / 2, this.view.to + span() / 2)),
      earlier: button("← Earlier", () => this.show(this.view.from - span() / 2, this.view.to - span() / 2)),
      later: button("Later →", () => this.show(this.view.from + span() / 2, this.view.to + span() / 2)),
    };
    this.controls.append(
      button("Latest 7 days", () => this.show(this.latest - 6 * DAY, this.latest),
        "The 7 days to the latest strike"),
      button("Latest 30 days", () => this.show(this.latest - 29 * DAY, this.latest)),
      button("Latest 12 months", () => this.show(this.latest - 364 * DAY, this.latest)),
      this.moves.whole, this.moves.out, this.moves.earlier, this.moves.later);
    for (const [key, weapon] of Object.entries(WEAPONS)) {
      const b = button(weapon.label, () => this.countWeapon(key));
      b.dataset.weapon = key;
      b.setAttribute("aria-pressed", String(key === this.weapon));
      this.weapons.append(b);
    }
    this.weapons.prepend(el("span", "Count:", { class: "timeline-group-label" }));
  }

  countWeapon(key) {
    this.weapon = key;
    for (const b of this.weapons.querySelectorAll("button")) {
      b.setAttribute("aria-pressed", String(b.dataset.weapon === key));
    }
    this.render();
    this.relabel();
  }

  relabel() {
    // "Russia on Ukraine: drones launched" when only drones are counted
    const what = this.weapon === "all" ? "" : `${this.weapon} `;
    const buttons = this.strikeLegend.querySelectorAll("button");
    SIDES.forEach((side, s) => {
      ["launched", "intercepted"].forEach((metric, m) => {
        const label = `${side.name}: ${what}${metric}`;
        this.strikeChart.series[2 * s + m + 1].label = label;
        buttons[2 * s + m].setAttribute("aria-label", label);
        buttons[2 * s + m].lastChild.textContent = `${what}${metric}`;
      });
    });
    this.describe();
  }

  addLegend(target, chart, metrics) {
    // Per side, its name and a button per series (the metric, its swatch the bar's look):
    // press to hide or show the series; its accessible name is the series' whole label.
    SIDES.forEach((side, s) => {
      const group = el("div", null, { class: "timeline-legend-side" });
      group.append(el("span", metrics === "strikes" ? `${side.name}:` : `${side.strikes}:`,
        { class: "timeline-group-label" }));
      ["solid", "pale"].forEach((look, m) => {
        const i = 2 * s + m + 1;
        const b = el("button", null, { type: "button", "aria-pressed": "true",
          "aria-label": chart.series[i].label });
        b.append(el("span", null, { class: `swatch ${side.code} ${look}`, "aria-hidden": "true" }),
          el("span", metrics === "strikes" ? ["launched", "intercepted"][m] : ["killed", "injured"][m]));
        b.addEventListener("click", () => {
          const show = b.getAttribute("aria-pressed") !== "true";
          b.setAttribute("aria-pressed", String(show));
          chart.setSeries(i, { show });
        });
        group.append(b);
      });
      target.append(group);
    });
  }

  clickForEvents(u) {
    // A click (not the end of a drag) on a bin opens its events: a day's, or a week's or
    // month's as a range of days.
    let down = null;
    u.over.addEventListener("mousedown", (e) => { down = e.clientX; });
    u.over.addEventListener("click", (e) => {
      const moved = down !== null && Math.abs(e.clientX - down) > 3;
      down = null;
      const i = u.posToIdx(e.offsetX);
      if (moved || i === null || !this.view.bins[i]) return;
      window.location.hash = this.eventsLink(this.view.bins[i]);
    });
  }

  eventsLink(bin) {
    const first = toIso(bin.start), last = toIso(bin.end - DAY);
    return first === last ? `#/day/${first}` : `#/days/${first}/${last}`;
  }

  binName(bin) {
    const last = bin.end - DAY;
    if (this.view.unit === "day") return dayText(bin.start);
    if (this.view.unit === "month") {
      const d = new Date(bin.start * 1000);
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    }
    return `Week of ${spanText(bin.start, last)}`;
  }

  figures(i) {
    // One side's figures in a bin, in words: "launched 290 (drones 287, missiles 3), ..."
    const value = (side, field) => this.sums[side][field][i];
    return SIDES.map((side) => {
      const parts = [];
      for (const metric of ["launched", "intercepted"]) {
        const split = ["drones", "missiles"].filter((w) => value(side.code, `${w}_${metric}`) !== null)
          .map((w) => `${w} ${num(value(side.code, `${w}_${metric}`))}`);
        if (value(side.code, metric) !== null) {
          parts.push(`${metric} ${num(value(side.code, metric))}${split.length ? ` (${split.join(", ")})` : ""}`);
        }
      }
      for (const metric of ["killed", "injured"]) {
        if (value(side.code, metric) !== null) parts.push(`${metric} ${num(value(side.code, metric))}`);
      }
      const events = this.sums[side.code].events[i];
      if (!events) return null;
      return `${side.name}: ${events} event${events === 1 ? "" : "s"}${parts.length ? ", " : ""}${parts.join(", ")}`;
    }).filter(Boolean);
  }

  showFigures(i) {
    if (i === null || i === undefined || !this.view.bins[i]) return;
    const found = this.figures(i);
    this.readout.textContent = `${this.binName(this.view.bins[i])}: ` +
      (found.length ? `${found.join("; ")}.` : "no strike in the ledger.");
  }

  describe() {
    // The charts' text alternative: what they show, with the totals of the period.
    const { bins, unit } = this.view;
    const total = (side, field) => this.sums[side][field].reduce((a, v) => a + (v || 0), 0);
    const weapon = this.weapon === "all" ? "drones and missiles" : this.weapon;
    const launched = WEAPONS[this.weapon].launched, intercepted = WEAPONS[this.weapon].intercepted;
    const period = `${spanText(bins[0].start, bins.at(-1).end - DAY)}, ${bins.length} ${unit} bins`;
    this.strikeChart.root.setAttribute("aria-label", `Bar chart of ${weapon} launched and ` +
      `intercepted per attacking side, ${period}. ` + SIDES.map((s) => `${s.name}: ` +
      `${num(total(s.code, launched))} launched, ${num(total(s.code, intercepted))} intercepted ` +
      "where reported").join("; ") + ". The table of the bins follows the charts.");
    this.casualtyChart.root.setAttribute("aria-label", `Bar chart of people killed and injured ` +
      `per attacking side, ${period}. ` + SIDES.map((s) => `${s.strikes}: ` +
      `${num(total(s.code, "killed"))} killed, ${num(total(s.code, "injured"))} injured`).join("; ") + ".");
  }

  fillTable() {
    // Every bin with a strike, per side: the figures as numbers, and a link to its events.
    const table = el("table");
    const head = el("tr");
    for (const name of ["Period", "Attacking side", "Events", "Launched", "Intercepted", "Killed", "Injured"]) {
      head.append(el("th", name, { scope: "col" }));
    }
    table.append(el("thead"), el("tbody"));
    table.tHead.append(head);
    const { launched, intercepted } = WEAPONS[this.weapon];
    this.view.bins.forEach((bin, i) => {
      for (const side of SIDES) {
        const sums = this.sums[side.code];
        if (!sums.events[i]) continue;
        const tr = el("tr");
        const when = el("td");
        when.append(el("a", this.binName(bin), { href: this.eventsLink(bin) }));
        tr.append(when, el("td", side.name), el("td", num(sums.events[i]), { class: "num" }));
        for (const field of [launched, intercepted, "killed", "injured"]) {
          tr.append(el("td", num(sums[field][i]), { class: "num" }));
        }
        table.tBodies[0].append(tr);
      }
    });
    const open = this.table.open;
    const scroller = el("div", null, { class: "timeline-table-scroll" });  // wide on a phone
    scroller.append(table);
    clear(this.table).append(el("summary", "The bins as a table"), scroller);
    this.table.open = open;
  }
}
