// Finds time expressions in one sentence and normalises them against the publication date.
// Each pattern below is a way reports write a time; where two overlap the longer wins, so
// "3 March 2015" is one day, not a day and a year.
import { addDays, addMonths, dayOfWeekday, isoAt, isoValue, isRealDay, yearOfMonth, type Anchor, type Precision } from "./anchor.js";
import { MONTH_NAME_SRC, SEASONS, WEEKDAYS, monthNumber } from "./calendar-words.js";
import { findNumericDates } from "./numeric-dates.js";
import { cueBefore, type Relation } from "./relation.js";
import { isYearAt } from "./year.js";

export interface FoundTime {
  start: number;
  end: number;
  value: string;
  precision: Precision;
  relation: Relation;
  text: string;
}

export interface TimeContext {
  /** The publication date; without it only expressions carrying their own year are kept. */
  anchor?: Anchor;
  /** True when the word at `offset` is a common noun, so "Friday prayers" is no date. */
  nounAt?: (offset: number) => boolean;
}

interface Candidate {
  start: number;
  end: number;
  value: string;
  precision: Precision;
  /** Set where the expression itself fixes the relation ("the past two years" → since). */
  relation?: Relation;
}

type Build = (m: RegExpExecArray, s: string, ctx: TimeContext) => Candidate | undefined;

const M = `(${MONTH_NAME_SRC})`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?![.,]\\d)";
const YEAR = "((?:19|20)\\d\\d)(?![\\d%])";
// case-insensitive by hand: the month patterns around it must stay case-sensitive
const PART = "(?:([Ee]arly|[Ll]ate|[Mm]id)[- ]|[Tt]he\\s+(end|beginning|start|middle)\\s+of\\s+)";
const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const capitalised = (w: string): boolean => /^[A-Z]/.test(w);
const at = (m: RegExpExecArray, value: string, precision: Precision, relation?: Relation): Candidate =>
  ({ start: m.index, end: m.index + m[0].length, value, precision, relation });

/** A day with its month and maybe its year; without a year, the publication date picks it. */
function dayDate(m: RegExpExecArray, monthWord: string, dayDigits: string, yearDigits: string | undefined, ctx: TimeContext): Candidate | undefined {
  const month = monthNumber(monthWord), day = +dayDigits;
  if (!month || !capitalised(monthWord)) return undefined;
  const year = yearDigits ? +yearDigits : ctx.anchor ? yearOfMonth(ctx.anchor, month, "bare") : undefined;
  if (year === undefined || !isRealDay(year, month, day)) return undefined;
  return at(m, isoValue(year, month, day), "day");
}

// Cheap literal tests that let a sentence skip the patterns that cannot match in it.
const ISO_HINT = /\d-\d/;
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const SEASON_HINT = /spring|summer|autumn|fall|winter/i;
const YEAR_HINT = /(?:19|20)\d\d/;

const RULES: ReadonlyArray<[RegExp, RegExp, Build]> = [
  // 2015-03-03
  [ISO_HINT, /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, (m) =>
    isRealDay(+m[1], +m[2], +m[3]) ? at(m, isoValue(+m[1], +m[2], +m[3]), "day") : undefined],
  // March 3, 2015 · Oct. 5
  [MONTH_HINT, new RegExp(`\\b${M}\\s+${DAY}(?:,?\\s+${YEAR})?`, "g"), (m, _s, ctx) => dayDate(m, m[1], m[2], m[3], ctx)],
  // 3 March 2015 · the 5th of October
  [MONTH_HINT, new RegExp(`\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${M}(?:,?\\s+${YEAR})?`, "g"), (m, _s, ctx) => dayDate(m, m[2], m[1], m[3], ctx)],
  // October 2014 · mid-October 2014 · the end of March 2015
  [MONTH_HINT, new RegExp(`\\b${PART}?${M}(?:\\s+of)?,?\\s+${YEAR}`, "g"), (m) => {
    const month = monthNumber(m[3]);
    return month && capitalised(m[3]) ? at(m, isoValue(+m[4], month), "month") : undefined;
  }],
  // August last year · March of this year
  [MONTH_HINT, new RegExp(`\\b${PART}?${M}(?:\\s+of)?,?\\s+(last|this|next)\\s+year\\b`, "g"), (m, _s, ctx) => {
    const month = monthNumber(m[3]);
    if (!ctx.anchor || !month || !capitalised(m[3])) return undefined;
    const step = m[4] === "last" ? -1 : m[4] === "next" ? 1 : 0;
    return at(m, isoValue(ctx.anchor.year + step, month), "month");
  }],
  // the summer of 2014 · winter 2013
  [SEASON_HINT, new RegExp(`\\b(?:the\\s+)?(?:(early|late|mid)[- ])?(spring|summer|autumn|fall|winter)(?:\\s+of)?,?\\s+${YEAR}`, "gi"), (m) =>
    at(m, isoValue(+m[3]), "year", "during")],
  // last summer · this winter
  [SEASON_HINT, /\b(last|this|past)\s+(spring|summer|autumn|fall|winter)\b/gi, (m, _s, ctx) => {
    if (!ctx.anchor) return undefined;
    const season = SEASONS.get(m[2].toLowerCase())!;
    const a = ctx.anchor;
    // a season is "last" once it has ended: last summer in February 2015 is 2014's
    const ended = season.last >= season.first ? a.month > season.last : a.month > season.last && a.month < season.first;
    const year = m[1].toLowerCase() === "this" ? a.year : ended ? a.year : a.year - 1;
    return at(m, isoValue(year), "year", "during");
  }],
  // early 2014 · mid-2014 · the end of 2013
  [YEAR_HINT, new RegExp(`\\b${PART}${YEAR}`, "gi"), (m) => at(m, isoValue(+m[3]), "year")],
  // in the past two years · over the past year · the last three months
  [/\b(?:past|last)\b/i, /\bthe\s+(?:past|last)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(years?|months?)\b/gi, (m, _s, ctx) => {
    if (!ctx.anchor) return undefined;
    const n = m[1] ? SMALL[m[1].toLowerCase()] ?? +m[1] : 1;
    if ((n > 1) !== /s$/i.test(m[2]) || (m[1] === undefined && /^last$/i.test(m[0].split(/\s+/)[1]))) return undefined;
    const back = /^year/i.test(m[2]) ? 12 * n : n;
    return at(m, isoAt(addMonths(ctx.anchor, -back), "month"), "month", "since");
  }],
  // late last year · earlier this month · next week
  [/\b(?:last|this|next)\b/i, /\b(?:(early|late|mid|earlier|later)[- ](?:in\s+)?|the\s+(end|beginning|start|middle)\s+of\s+)?(last|this|next)\s+(year|month|week)\b/gi, (m, _s, ctx) => {
    if (!ctx.anchor) return undefined;
    const which = m[3].toLowerCase(), unit = m[4].toLowerCase();
    const step = which === "last" ? -1 : which === "next" ? 1 : 0;
    if (unit === "year") return at(m, isoValue(ctx.anchor.year + step), "year");
    if (unit === "month") return at(m, isoAt(addMonths(ctx.anchor, step), "month"), "month");
    // a week is finer than a month but coarser than a day: say the month it fell in
    return at(m, isoAt(addDays(ctx.anchor, 7 * step), "month"), "month");
  }],
  // by the end of the year: the year the report speaks from
  [/\bthe\s+(?:year|month)\b/i, /\b(?:(?:the\s+)?(?:end|beginning|start|middle|rest|first half|second half)\s+of|earlier\s+in|later\s+in)\s+the\s+(year|month)\b/gi, (m, _s, ctx) =>
    ctx.anchor ? at(m, isoAt(ctx.anchor, m[1].toLowerCase() === "year" ? "year" : "month"), m[1].toLowerCase() === "year" ? "year" : "month") : undefined],
  // two years ago · a week ago · 10 days ago
  [/\bago\b/i, /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?|decades?)\s+ago\b/gi, (m, _s, ctx) => {
    if (!ctx.anchor) return undefined;
    const n = SMALL[m[1].toLowerCase()] ?? +m[1];
    const unit = m[2].toLowerCase().replace(/s$/, "");
    if (unit === "day") return at(m, isoAt(addDays(ctx.anchor, -n), "day"), "day");
    if (unit === "week") return at(m, isoAt(addDays(ctx.anchor, -7 * n), "month"), "month");
    if (unit === "month") return at(m, isoAt(addMonths(ctx.anchor, -n), "month"), "month");
    return at(m, isoValue(ctx.anchor.year - (unit === "decade" ? 10 * n : n)), "year");
  }],
  // last October · since October · early March (a bare "May" or "March" needs a cue: it may be a verb)
  [MONTH_HINT, new RegExp(`\\b(?:(last|this|next|this past|this coming)\\s+)?${PART}?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, "gi"), (m, s, ctx) => {
    const word = m[4];
    if (!ctx.anchor || !capitalised(word)) return undefined;
    const whichWord = m[1]?.toLowerCase();
    if ((word === "May" || word === "March") && !whichWord && !m[2] && !m[3] && !cueBefore(s, m.index)) return undefined;
    const which = whichWord === "last" || whichWord === "this past" ? "last" : whichWord === "next" || whichWord === "this coming" ? "next" : whichWord === "this" ? "this" : "bare";
    const month = monthNumber(word)!;
    return at(m, isoValue(yearOfMonth(ctx.anchor, month, which), month), "month");
  }],
  // on Friday · last Tuesday · Friday night
  [/day\b/, new RegExp(`\\b(?:(last|this past|this|next)\\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\\s+(morning|afternoon|evening|night))?\\b`, "gi"), (m, s, ctx) => {
    if (!ctx.anchor || !capitalised(m[2])) return undefined;
    const after = m.index + m[0].length;
    // "Friday prayers", "the Monday meeting": the weekday qualifies a noun and dates nothing
    if (!m[3] && /^\s+[a-z]/.test(s.slice(after)) && ctx.nounAt?.(after + (/^\s+/.exec(s.slice(after))?.[0].length ?? 0))) return undefined;
    const w = m[1]?.toLowerCase();
    const which = w === "last" || w === "this past" ? "last" : w === "next" ? "next" : "bare";
    return at(m, isoAt(dayOfWeekday(ctx.anchor, WEEKDAYS.get(m[2].toLowerCase())!, which), "day"), "day");
  }],
  // yesterday · today · last night
  [/yesterday|today|tonight|night|morning|afternoon|evening/i, /\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b/gi, (m, _s, ctx) => {
    if (!ctx.anchor) return undefined;
    return at(m, isoAt(addDays(ctx.anchor, /^(?:yesterday|last night)$/i.test(m[1]) ? -1 : 0), "day"), "day");
  }],
  // until recently: the end is near the publication date; the month is as close as the text allows
  [/recently/i, /\b(?:until|till|up until)\s+(?:very\s+|quite\s+)?recently\b/gi, (m, _s, ctx) =>
    ctx.anchor ? at(m, isoAt(ctx.anchor, "month"), "month", "until") : undefined],
  // in 2014 · the 2011 revolution
  [YEAR_HINT, new RegExp(`\\b${YEAR}\\b`, "g"), (m, s) => isYearAt(s, m.index, m.index + 4) ? at(m, m[1], "year") : undefined],
];

/** Time expressions in text[from, to) (one sentence), with offsets into `text`. */
export function findTimes(text: string, from: number, to: number, docCtx: TimeContext): FoundTime[] {
  const s = text.slice(from, to);
  // the patterns see the sentence alone; the noun test wants offsets into the whole text
  const nounAt = docCtx.nounAt;
  const ctx: TimeContext = { anchor: docCtx.anchor, nounAt: nounAt && ((offset) => nounAt(offset + from)) };
  const found: Candidate[] = [];
  for (const [hint, re, build] of RULES) {
    if (!hint.test(s)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const c = build(m, s, ctx);
      if (c) found.push(c);
    }
  }
  for (const d of findNumericDates(s)) found.push({ start: d.start, end: d.end, value: d.value, precision: "day" });
  const kept = longestFirst(found);
  const out: FoundTime[] = kept.map((c) => withCue(s, c));
  markRanges(s, out);
  for (const t of out) { t.start += from; t.end += from; }
  return out;
}

/** Keeps the longest of overlapping candidates (earlier rules win ties), in text order. */
function longestFirst(cands: Candidate[]): Candidate[] {
  const order = cands.map((c, i) => ({ c, i })).sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Widens a candidate over the cue before it and takes its relation from the cue. */
function withCue(s: string, c: Candidate): FoundTime {
  const cue = cueBefore(s, c.start);
  const start = cue ? cue.start : c.start;
  // an expression's own relation ("the summer of 2014": during) yields only to an explicit
  // snapshot, onset or end ("since the summer of 2014")
  const explicit = cue && (cue.relation === "as_of" || cue.relation === "since" || cue.relation === "until");
  const relation = c.relation && !explicit ? c.relation : cue?.relation ?? "at";
  return { start, end: c.end, value: c.value, precision: c.precision, relation, text: s.slice(start, c.end) };
}

/** "between 2012 and 2014", "from May to July", "2012-2014": the first opens, the second closes. */
function markRanges(s: string, times: FoundTime[]): void {
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i], b = times[i + 1];
    const gap = s.slice(a.end, b.start);
    if (!/^\s*(?:and|to|until|till|through|[-–—/])\s*$/i.test(gap) && !/^\s*(?:and|to)\s+(?:until|till|through)\s*$/i.test(gap)) continue;
    const opens = /^(?:between|from)\b/i.test(a.text) || /^\s*[-–—]\s*$/.test(gap) || /(?:between|from)\s+$/i.test(s.slice(Math.max(0, a.start - 10), a.start));
    if (!opens) continue;
    if (/^\s*[-–—]\s*$/.test(gap) && (a.precision !== b.precision)) continue;
    a.relation = "since";
    b.relation = "until";
  }
}
