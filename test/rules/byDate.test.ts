// The rules' memory of dated lookups: a date is looked up once while it is among the last ones asked.
import { describe, expect, it } from "vitest";
import { stageGratificationAt } from "../../src/parameters/stage/stageGratificationAt.js";
import { byDate } from "../../src/rules/byDate.js";
import { stageGratificationOn } from "../../src/rules/datedReadings.js";

describe("byDate", () => {
  it("looks a date up once, and again only once it has left the last `size` dates", () => {
    const asked: string[] = [];
    const on = byDate((date: string) => {
      asked.push(date);
      return { date };
    }, 2);
    const first = on("2024-01-01");
    expect(on("2024-01-01")).toBe(first);
    on("2024-02-01");
    on("2024-03-01"); // 2024-01-01 leaves
    on("2024-02-01");
    on("2024-01-01");
    expect(asked).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-01-01"]);
  });

  it("gives the lookup's own reading (the stage gratification of 2024: 4,35 € an hour)", () => {
    expect(stageGratificationOn("2024-06-01")).toEqual(stageGratificationAt("2024-06-01"));
    expect(stageGratificationOn("2024-06-01")?.hourly).toBe(4.35);
    expect(stageGratificationOn("1990-01-01")).toBe(stageGratificationAt("1990-01-01"));
  });
});
