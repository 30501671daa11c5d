// Finds the counts and amounts a report gives ("an estimated 3,000 Tunisians", "between
// 3,000 and 5,000", "hundreds of fighters", "$5 million") and leaves alone the numbers that
// count nothing: years, dates, times of day, ages, ordinals, list numbers, names ("AK-47",
// "Resolution 2170"), durations ("four years into a war").
import type { Doc, QuantityMention } from "../doc.js";
import { sentenceAt } from "../doc.js";
import { monthAfter, monthBefore } from "../time/calendar-words.js";
import { isYearAt } from "../time/year.js";
import { prefixBefore, suffixAfter, type Bound } from "./bounds.js";
import { SCALE_WORD_SRC, VAGUE_SRC, WORD_NUMBER_SRC, digitsValue, vagueAmount, wordsValue } from "./number-words.js";
import { ageLimitBefore, headAfter, unitBefore } from "./unit.js";

const CURRENCY = "(US\\$|\\$|€|£)";
const DIGITS = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
const ATOM = new RegExp(
  // 1: currency, 2: digits, 3: scale word, 4: scale letters
  `${CURRENCY}?\\s?${DIGITS}(?:\\s?(${SCALE_WORD_SRC})\\b|(m|mn|bn|k)\\b)?(?![A-Za-z\\d])` +
  // 5: a vague amount
  `|\\b(${VAGUE_SRC})\\b` +
  // 6: a number in words ("two hundred and fifty", "a thousand", "another thousand")
  `|\\b((?:(?:a|${WORD_NUMBER_SRC})[\\s-]+${SCALE_WORD_SRC}(?:\\s+${SCALE_WORD_SRC})?(?:\\s+(?:and\\s+)?${WORD_NUMBER_SRC}(?![\\s-]+${SCALE_WORD_SRC}))?` +
  `|${WORD_NUMBER_SRC}|(?<=\\b(?:another|further|additional)\\s+)${SCALE_WORD_SRC}))\\b`,
  "gi",
);

const CURRENCY_CODES: Record<string, string> = { "us$": "USD", $: "USD", "€": "EUR", "£": "GBP" };

interface Atom {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  /** Written in digits, without separator, scale or currency: may be a year, a day, a name. */
  bareDigits: boolean;
  digits: boolean;
  scaled: boolean;
  vague: boolean;
  currency?: string;
}

/** The quantities in a Doc, in text order. Reads sentences, tokens and (if any) mentions. */
export function findQuantities(doc: Doc): QuantityMention[] {
  const text = doc.text;
  const atoms = readAtoms(text).filter((a) => !countsNothing(text, a));
  const out: QuantityMention[] = [];
  for (let i = 0; i < atoms.length; i++) {
    let a = atoms[i];
    let start = a.start, end = a.end;
    let low: number | null = a.low ?? null, high: number | null = a.high ?? null, value: number | null = a.value;
    let approx = a.vague, bound: Bound = a.vague ? "about" : "exact";
    // a range: "3,000 to 5,000", "between 3,000 and 5,000", "two or three thousand"
    const b = atoms[i + 1];
    if (b && !a.vague && !b.vague) {
      const gap = text.slice(a.end, b.start);
      const between = /\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const joined = /^\s*(?:-|–|—|to|or)\s*$/i.test(gap) || (between && /^\s+and\s+$/i.test(gap));
      let lowValue = a.value;
      if (!a.scaled && b.scaled && !a.currency) {
        const scale = scaleOf(b);
        if (a.value * scale <= b.value) lowValue = a.value * scale;
      }
      if (joined && lowValue < b.value && !(a.bareDigits && b.bareDigits && /^\s*(?:or)\s*$/i.test(gap))) {
        low = lowValue; high = b.value; value = lowValue; approx = true; bound = "about";
        end = b.end;
        if (between) start -= between[0].length;
        a = { ...a, currency: a.currency ?? b.currency };
        i++;
      }
    }
    const prefix = prefixBefore(text.slice(Math.max(0, start - 48), start));
    start -= prefix.length;
    if (prefix.bound !== "exact") bound = prefix.bound;
    approx ||= prefix.approx;
    const suffix = suffixAfter(text.slice(end, end + 16));
    end += suffix.length;
    if (suffix.bound) bound = suffix.bound;
    approx ||= suffix.approx ?? false;

    let unit: string | undefined = a.currency;
    const percent = /^\s?(?:%|percent\b|per\s+cent\b)/i.exec(text.slice(end, end + 10));
    if (percent) { unit = "percent"; end += percent[0].length; }
    // "a 2,000-strong force" counts the force's members
    const strong = /^-strong\b/i.exec(text.slice(end, end + 8));
    if (strong) { unit = "people"; end += strong[0].length; }
    if (!unit) {
      const head = headAfter(doc, end);
      // "the 1267 committee": bare digits before a singular noun name it
      if (head?.timeUnit || (head?.label && a.bareDigits && value !== 1)) continue;
      unit = head?.unit;
    }
    if (!unit && ageLimitBefore(doc, start)) continue;
    const previous = out.length ? nearbyBefore(doc, out[out.length - 1], start, prefix.another) : undefined;
    unit ??= unitBefore(doc, start);
    // "540 already had left", "another thousand may be…": the noun was said with the number before
    if (!unit && previous) unit = previous.unit;
    // "thousands fled", "dozens were wounded": a vague amount standing alone counts people
    if (!unit && a.vague) unit = "people";
    // "another thousand" after "around a thousand" repeats the same rough figure
    if (prefix.another && previous && previous.unit === unit && previous.approx && previous.value === value && bound === "exact") {
      approx = true; bound = "about";
    }
    if (!unit && !a.vague && a.value < 10) continue;
    out.push({ value, low, high, approx, bound, unit: unit ?? "", text: text.slice(start, end), start, end });
  }
  return out;
}

function readAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(text); m; m = ATOM.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length), end = m.index + m[0].length;
    if (m[2] !== undefined) {
      const scale = m[3] ?? m[4];
      // "2.3m people" is millions, "100m from the border" is metres: letters need money or a decimal
      if (m[4] && !m[1] && !m[2].includes(".")) continue;
      atoms.push({
        start, end, value: digitsValue(m[2], scale), digits: true, scaled: !!scale, vague: false,
        bareDigits: !m[1] && !scale && !/[,.]/.test(m[2]), currency: m[1] ? CURRENCY_CODES[m[1].toLowerCase()] : undefined,
      });
    } else if (m[5] !== undefined) {
      const v = vagueAmount(m[5]);
      if (!v) continue;
      const exactish = v.low === v.high;
      atoms.push({
        start, end, value: v.low, low: exactish ? undefined : v.low, high: exactish ? undefined : v.high,
        digits: false, scaled: true, vague: true, bareDigits: false,
      });
    } else if (m[6] !== undefined) {
      // "one" alone is a pronoun as often as a count ("one of the first", "number one")
      if (/^one$/i.test(m[6])) continue;
      const v = wordsValue(m[6]);
      if (v === undefined) continue;
      atoms.push({ start, end, value: v, digits: false, scaled: new RegExp(SCALE_WORD_SRC, "i").test(m[6]), vague: false, bareDigits: false });
    }
  }
  return atoms;
}

function scaleOf(a: Atom): number {
  for (const s of [1e12, 1e9, 1e6, 1e3, 100]) if (a.value >= s && a.value % s === 0) return s;
  return 1;
}

/** Years, dates, times of day, ages, ordinals, list numbers and names: digits that count nothing. */
function countsNothing(text: string, a: Atom): boolean {
  const before = text.slice(Math.max(0, a.start - 30), a.start);
  const after = text.slice(a.end, a.end + 30);
  // "two-thirds", "a three-day truce", "four-year-old": the number is part of another word
  if (!a.digits) return /^-(?!strong\b|odd\b)[A-Za-z]/.test(after);
  if (a.bareDigits && isYearAt(text, a.start, a.end)) return true;
  // decades and years followed by "s" never reach here; a year range's end may ("2012-14")
  if (a.bareDigits && a.value <= 31 && (monthBefore(text, a.start) || monthAfter(text, a.end))) return true;
  // glued to a name or a code: "AK-47", "F-16", "G5", "9/11", "1.2.3"
  if (/[A-Za-z]-?$|[\d/]$|\d[.,]$/.test(before) || /^(?:\/\d|[.,]\d|-(?!odd\b|strong\b)[A-Za-z](?!\w*-old))/.test(after)) {
    if (!/^-(?:year|month|week|day)s?-old/i.test(after)) return true;
  }
  // a year range's tail ("2020-21") and ratios ("1 in 4")
  if (/(?:19|20)\d\d[-–]$/.test(before) && /^\d\d$/.test(text.slice(a.start, a.end))) return true;
  if (/^\s+in\s+\d/.test(after) || /\d\s+in\s+$/.test(before)) return true;
  // times of day
  if (/^\s?(?::\d|(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|o['’]clock))/i.test(after)) return true;
  // ages and durations used as adjectives: "22-year-old", "aged 22", "a 10-year sentence"
  if (/^(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old\b/i.test(after) || /^-(?:year|month|week|day|hour)\b/i.test(after)) return true;
  if (/\b(?:aged|age|ages)\s+$/i.test(before)) return true;
  // list and reference numbers: "number 1", "No. 5", "#3", "1." opening a line, "(2)"
  if (/(?:\bnumber|\bno\.?|\bnr\.?|#)\s*$/i.test(before)) return true;
  if (/(?:^|\n)\s*$/.test(before) && /^[.)]\s/.test(after)) return true;
  if (/\($/.test(before) && /^\)/.test(after)) return true;
  // "Resolution 2170", "Brigade 106": a number after a capitalised word mid-sentence names something
  const prev = /([A-Za-z]+)\s+$/.exec(before);
  if (a.bareDigits && prev && /^[A-Z]/.test(prev[1]) && !OPENING_WORDS.test(prev[1])) return true;
  return false;
}

/** Capitalised words that may open a sentence before a count ("Some 300", "Of 300 fighters"). */
const OPENING_WORDS = new RegExp("^(?:The|A|An|In|Of|With|By|For|From|About|Around|Some|Nearly|Almost|Over|Roughly|Approximately|" +
  "Only|Just|Another|All|These|Those|At|To|And|But|While|When|After|Before|Since|Among|Up|More|Fewer|Less|Than|Least|" +
  "Estimated|Including|Exactly|As|Then|Now|Yet|Still|So|Also|Between|Under|Perhaps|Maybe|Possibly|Further|Additional|On|" +
  "Across|Throughout|During|Until|Within|Against|Without|Like|Per|Via|Where|Once|If|Although|Though|Because|Unless|Whereas|" +
  "Another|Total|Reportedly|Allegedly|Officially|Some|Of|Say|Said|Says)$");

/**
 * The quantity before `start` if it lies in the same sentence, or in the previous one when the
 * number adds to it ("Another thousand may be…").
 */
function nearbyBefore(doc: Doc, q: QuantityMention, start: number, another: boolean): QuantityMention | undefined {
  if (!doc.sentences.length) return q;
  const here = sentenceAt(doc, start), there = sentenceAt(doc, q.start);
  return here >= 0 && there >= 0 && here - there <= (another ? 1 : 0) ? q : undefined;
}
