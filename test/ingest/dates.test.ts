import { describe, expect, it } from "vitest";
import { dateInFileName, normaliseDate } from "../../src/ingest/dates.js";
import { dateInUrl } from "../../src/ingest/html-meta.js";

describe("published dates", () => {
  it("are read from the ways sources write them", () => {
    expect(normaliseDate("2015-02-27")).toBe("2015-02-27");
    expect(normaliseDate("2015-02-27T23:30:00-05:00")).toBe("2015-02-27");
    expect(normaliseDate("20150227")).toBe("2015-02-27");
    expect(normaliseDate("2015/2/7")).toBe("2015-02-07");
    expect(normaliseDate("27 February 2015")).toBe("2015-02-27");
    expect(normaliseDate("February 27, 2015")).toBe("2015-02-27");
    expect(normaliseDate("Sept. 3, 2014")).toBe("2014-09-03");
    expect(normaliseDate("Fri, 27 Feb 2015 10:00:00 GMT")).toBe("2015-02-27");
    expect(normaliseDate("Published 11:34 PM EST Nov 19, 2019")).toBe("2019-11-19");
  });

  it("keep the publisher's own calendar day rather than shifting to UTC", () => {
    expect(normaliseDate("2015-02-27T23:30:00-05:00")).toBe("2015-02-27");
  });

  it("are not invented from a year, a month or an impossible day", () => {
    expect(normaliseDate("2015")).toBeUndefined();
    expect(normaliseDate("February 2015")).toBeUndefined();
    expect(normaliseDate("2015-02-30")).toBeUndefined();
    expect(normaliseDate("0001-01-01T00:00:00Z")).toBeUndefined();
    expect(normaliseDate("last Tuesday")).toBeUndefined();
  });

  it("are found in file names and news URLs", () => {
    expect(dateInFileName("reports/2015-02-27-sirte.txt")).toBe("2015-02-27");
    expect(dateInFileName("2015-02-sirte.txt")).toBeUndefined();
    expect(dateInUrl("https://news.example/2019/11/19/story-slug/")).toBe("2019-11-19");
    expect(dateInUrl("https://news.example/article/2019/nov/18/story")).toBe("2019-11-18");
    expect(dateInUrl("https://news.example/2019/11/story")).toBeUndefined();
  });
});
