// Text with parts of it marked (mentions, roles, evidence sentences), built by cutting the text
// at the marks' offsets into text nodes: the text stays text, whatever it contains.
export interface Mark {
  start: number;
  end: number;
  /** Wraps what the mark covers (text and the marks nested in it) in an element. */
  wrap(children: Node[]): Node;
}

/**
 * Marks nest when one lies inside another; where two only overlap, the later one is cut to
 * start where the earlier ends, so every character is shown once.
 */
export function highlight(text: string, marks: Mark[], from = 0, to = text.length): Node[] {
  const sorted = marks
    .filter((m) => m.start < m.end && m.end > from && m.start < to)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to), wrap: m.wrap }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return build(text, sorted, from, to);
}

function build(text: string, queue: Mark[], from: number, to: number): Node[] {
  const out: Node[] = [];
  let pos = from;
  const plain = (a: number, b: number) => { if (b > a) out.push(document.createTextNode(text.slice(a, b))); };
  while (queue.length) {
    const m = queue.shift()!;
    const start = Math.max(m.start, pos);
    if (start >= m.end) continue;
    const inner: Mark[] = [];
    const rest: Mark[] = [];
    while (queue.length && queue[0].start < m.end) {
      const n = queue.shift()!;
      (n.end <= m.end ? inner : rest).push(n);
    }
    queue.unshift(...rest);
    plain(pos, start);
    out.push(m.wrap(build(text, inner, start, m.end)));
    pos = m.end;
  }
  plain(pos, to);
  return out;
}
