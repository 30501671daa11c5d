// Relative times are read against the report's publication date, the way an analyst reading
// the report on the day it came out would date them.
import { describe, expect, it } from "vitest";
import { readTimes, timeline } from "./read-times.js";

describe("relative times in a report published 2016-03-09 (a Wednesday)", () => {
  const published = "2016-03-09";

  it("last October means the October before publication", () => {
    expect(timeline("As of last October, some 800 Libyans were training in Sabratha.", published))
      .toEqual(["As of last October → 2015-10 month as_of"]);
  });

  it("a month named without a year is the latest one not after publication", () => {
    expect(timeline("Recruitment in Ben Guerdane has grown since November.", published))
      .toEqual(["since November → 2015-11 month since"]);
    expect(timeline("The cell was dismantled in February.", published))
      .toEqual(["in February → 2016-02 month at"]);
  });

  it("late last year is last year, at the precision of a year", () => {
    expect(timeline("The brigade pledged allegiance late last year.", published))
      .toEqual(["late last year → 2015 year at"]);
  });

  it("earlier this month is the publication month", () => {
    expect(timeline("Earlier this month, police arrested 14 suspects in Sousse.", published))
      .toEqual(["Earlier this month → 2016-03 month at"]);
  });

  it("last year, this year, last month and N years ago count back from publication", () => {
    expect(readTimes("Last year the flow slowed; this year it rose.", published).map((t) => t.value)).toEqual(["2015", "2016"]);
    expect(readTimes("The route reopened last month.", published).map((t) => [t.value, t.precision])).toEqual([["2016-02", "month"]]);
    expect(readTimes("The camp was built two years ago.", published).map((t) => [t.value, t.precision])).toEqual([["2014", "year"]]);
  });

  it("a weekday is the latest such day up to publication", () => {
    expect(timeline("The ministry said on Monday that the border was closed.", published))
      .toEqual(["on Monday → 2016-03-07 day at"]);
    expect(timeline("The statement came on Wednesday.", published))
      .toEqual(["on Wednesday → 2016-03-09 day at"]);
    expect(timeline("The convoy left last Wednesday.", published))
      .toEqual(["last Wednesday → 2016-03-02 day at"]);
  });

  it("a weekday naming a custom, not a date, is no time", () => {
    expect(readTimes("Preachers used Friday prayers to recruit young men.", published)).toEqual([]);
  });

  it("yesterday is the day before publication", () => {
    expect(readTimes("Gunmen attacked the checkpoint yesterday.", published).map((t) => t.value)).toEqual(["2016-03-08"]);
  });

  it("until recently ends near publication", () => {
    expect(timeline("Until recently, fighters were trained there.", published))
      .toEqual(["Until recently → 2016-03 month until"]);
  });

  it("the past two years opens two years before publication", () => {
    expect(timeline("In the past two years, 600 recruits left Bizerte.", published))
      .toEqual(["In the past two years → 2014-03 month since"]);
  });

  it("a month with 'last year' is that month of the year before", () => {
    expect(timeline("Militants overran the district in August last year.", published))
      .toEqual(["in August last year → 2015-08 month at"]);
  });

  it("by the end of the year means the publication year, as an end", () => {
    expect(timeline("By the end of the year, the ministry expects 300 returnees.", published))
      .toEqual(["By the end of the year → 2016 year until"]);
  });

  it("a time with no calendar anchor is left out rather than guessed", () => {
    expect(readTimes("Five years into a civil war, the front barely moved; for years the camps stayed open.", published)).toEqual([]);
  });
});

describe("without a publication date", () => {
  it("only times carrying their own year are kept", () => {
    expect(timeline("Last October, and again in March 2015, fighters moved on Friday to Derna."))
      .toEqual(["in March 2015 → 2015-03 month at"]);
  });
});
