// Numbers as reports write them: digits with separators and scale words ("3,000",
// "1.5 million", "2.3m"), number words ("two hundred", "a thousand"), and vague amounts
// ("dozens", "several thousand") with the range this project reads them as.

const UNIT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9,
};

const SMALL = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** one … ninety-nine */
export const WORD_NUMBER_SRC = `(?:(?:${TENS})(?:[- ](?:${SMALL}))?|${TEENS}|${SMALL})`;
export const SCALE_WORD_SRC = "(?:hundred|thousand|million|billion|trillion)";

/** The value of a number written in words: "two hundred and fifty", "a thousand", "forty-five". */
export function wordsValue(phrase: string): number | undefined {
  let total = 0, current = 0, seen = false;
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    if (w === "and" || w === "") continue;
    if (w === "a" || w === "an" || w === "another") { current = Math.max(current, 1); seen = true; continue; }
    const unit = UNIT_WORDS[w];
    if (unit !== undefined) { current += unit; seen = true; continue; }
    const scale = SCALES[w];
    if (scale === undefined) return undefined;
    if (current === 0) current = 1;
    if (scale === 100) current *= 100;
    else { total += current * scale; current = 0; }
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** The value of digits with optional separators and scale: "3,000", "1.5 million", "2.3m". */
export function digitsValue(digits: string, scale?: string): number {
  const n = Number(digits.replace(/,/g, ""));
  const s = scale ? SCALES[scale.toLowerCase()] ?? 1 : 1;
  // 1.5 million is 1500000, not 1500000.0000000002
  return Math.round(n * s * 1e6) / 1e6;
}

export interface VagueAmount {
  low: number;
  high: number;
}

/** How many a vague multiplier stands for: "a few hundred" is 2-4 hundreds. */
const MULTIPLIERS: Record<string, VagueAmount> = {
  "a few": { low: 2, high: 4 }, several: { low: 3, high: 9 }, many: { low: 2, high: 9 },
  "a couple of": { low: 2, high: 2 }, "a couple": { low: 2, high: 2 },
};

/** Plurals of a scale ("hundreds", "tens of thousands"): from two of it to just under ten. */
const PLURAL_SCALES: Record<string, VagueAmount> = {
  dozens: { low: 24, high: 99 }, scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 }, thousands: { low: 2000, high: 9999 },
  millions: { low: 2e6, high: 9999999 }, billions: { low: 2e9, high: 9999999999 },
  "tens of thousands": { low: 20000, high: 99999 }, "hundreds of thousands": { low: 200000, high: 999999 },
  "tens of millions": { low: 2e7, high: 99999999 }, "hundreds of millions": { low: 2e8, high: 999999999 },
};

/** Fixed small vague amounts. */
const FIXED_VAGUE: Record<string, VagueAmount> = {
  "a handful": { low: 3, high: 9 }, "a dozen": { low: 12, high: 12 }, "half a dozen": { low: 6, high: 6 },
  "a couple": { low: 2, high: 2 },
};

/** The phrases VAGUE_SRC matches, longest first. */
export const VAGUE_SRC =
  "(?:(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|(?:a\\s+few|several|many|a\\s+couple\\s+of)\\s+(?:dozen|hundred|thousand|million)|" +
  "many\\s+(?:hundreds|thousands)|half\\s+a\\s+dozen|a\\s+handful|a\\s+dozen|a\\s+couple(?=\\s+of\\b)|dozens|scores(?=\\s+of\\b)|hundreds|thousands|millions|billions)";

/** The range a vague phrase stands for, or undefined when it is not one. */
export function vagueAmount(phrase: string): VagueAmount | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, " ");
  if (FIXED_VAGUE[p]) return FIXED_VAGUE[p];
  if (PLURAL_SCALES[p]) return PLURAL_SCALES[p];
  const many = /^many (hundreds|thousands)$/.exec(p);
  if (many) return PLURAL_SCALES[many[1]];
  const m = /^(a few|several|many|a couple of) (dozen|hundred|thousand|million)$/.exec(p);
  if (!m) return undefined;
  const mult = MULTIPLIERS[m[1]], unit = m[2] === "dozen" ? 12 : SCALES[m[2]];
  return { low: mult.low * unit, high: mult.high * unit };
}
