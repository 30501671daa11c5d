// The Doc: one report's text and every layer the extraction stages add to it. Spans are
// offsets into `text` (UTF-16 code units), never copies. Stages read earlier layers and add
// their own; nothing here reaches outside the Doc.
import type { Claim, ClaimTrace, Designation, EntityType, Quantity, Span, TimeValue } from "./contract.js";

export type { Designation };
import type { SentenceParse } from "./claims/parse.js";

export interface DocMeta {
  /** Path or name the text came from, as given. */
  file?: string;
  title?: string;
  /** ISO date (YYYY-MM-DD); relative times are resolved against it. */
  published?: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in `doc.tokens`. */
  firstToken: number;
  /** One past the index of its last token. */
  endToken: number;
}

export interface Token {
  /** Index in `doc.tokens`. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag (NOUN, VERB, PROPN, ADP, …). */
  pos: string;
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** Where a mention came from, so later stages and `--explain` can weigh it. */
export type MentionSource = "gazetteer" | "list" | "ner" | "pattern" | "coref";

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Key into `doc.entities`. */
  entityId: string;
  source: MentionSource;
  /** For coreferent mentions ("he", "the group", "Harzi"): index of the antecedent mention. */
  antecedent?: number;
  score?: number;
}

/** What the document knows about one entity; the contract's entity without its mentions. */
export interface EntityInfo {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country?: string;
  lat?: number;
  lon?: number;
  refs?: Record<string, string>;
  designations?: Designation[];
}

export interface QuantityMention extends Quantity {
  start: number;
  end: number;
}

export interface TimeMention extends TimeValue {
  start: number;
  end: number;
}

/** A stretch of text credited to a speaker or source ("according to X", a quotation). */
export interface Speech {
  /** The text whose claims the speaker is credited with. */
  scope: Span;
  speaker: string;
  speakerSpan?: Span;
  entityId?: string;
  /** The words that mark the crediting ("said", "according to", "reported"). */
  cue: string;
}

export interface Doc {
  /** sha256 of `text`, hex. */
  id: string;
  text: string;
  meta: DocMeta;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Map<string, EntityInfo>;
  quantities: QuantityMention[];
  times: TimeMention[];
  speeches: Speech[];
  claims: Claim[];
  traces: ClaimTrace[];
  /** Shallow syntactic analysis per sentence (chunks, verb groups, relations); built on demand by the claim layer. */
  parse?: SentenceParse[];
}

export function createDoc(id: string, text: string, meta: DocMeta = {}): Doc {
  return {
    id, text, meta,
    sentences: [], tokens: [], mentions: [], entities: new Map(),
    quantities: [], times: [], speeches: [], claims: [], traces: [],
  };
}

/** Index of the sentence containing `offset`, or -1 (binary search over sentences). */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Tokens lying wholly inside [start, end). */
export function tokensIn(doc: Doc, start: number, end: number): Token[] {
  const out: Token[] = [];
  const si = sentenceAt(doc, start);
  const from = si >= 0 ? doc.sentences[si].firstToken : 0;
  for (let i = from; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.start >= end) break;
    if (t.start >= start && t.end <= end) out.push(t);
  }
  return out;
}

/** Mentions lying wholly inside [start, end), in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  return doc.mentions.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start);
}

export const spanText = (doc: Doc, [s, e]: Span): string => doc.text.slice(s, e);
