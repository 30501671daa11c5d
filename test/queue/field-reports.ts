// Reports for the queue tests, written for them: field notes of a few paragraphs each, every one
// different (numbered), some long enough that extracting them takes a noticeable moment.
const OPENINGS = [
  "Local officials in Ben Guerdane said {n} young men had left the town for Libya since the spring.",
  "According to the Interior Ministry, {n} would-be fighters were stopped at the border with Libya this year.",
  "A commander of the Islamic State in Sirte told residents that {n} recruits had arrived from Tunisia.",
  "Security sources in Sabratha reported that a training camp near the coast held about {n} fighters.",
];
const BODY = [
  "Families in the town described sons who vanished after evening prayers and later called from Syria.",
  "The recruiters, several residents said, offered money and passage through Turkey.",
  "Police arrested {k} suspected facilitators in raids on Tuesday, a ministry spokesman said.",
  "Aid workers in the area said schools had lost dozens of pupils over two years.",
  "An airstrike on the camp killed at least {k} militants, according to officials in Tripoli.",
  "Analysts at a research group in Tunis estimated that returnees numbered in the hundreds.",
];

export function fieldReport(i: number, paragraphs: number): string {
  const n = 40 + ((i * 37) % 900);
  const lines = [`Field report ${i}: recruitment along the Tunisia–Libya border`, ""];
  for (let p = 0; p < paragraphs; p++) {
    const k = 2 + ((i + p * 7) % 30);
    const sentences = [OPENINGS[(i + p) % OPENINGS.length], BODY[(i + p) % BODY.length], BODY[(i * 3 + p + 1) % BODY.length]];
    lines.push(sentences.join(" ").replace("{n}", String(n + p)).replaceAll("{k}", String(k)) + ` (note ${i}.${p})`, "");
  }
  return lines.join("\n");
}
