import { describe, expect, it } from "vitest";
import { canConvertLead, canMoveLead, configurationEntries, isLeadReadOnly, nextLeadStatuses, nextRoundRobin } from "./leads";

describe("lead status machine", () => {
  it("moves new → working → qualified / disqualified and reopens disqualified → working", () => {
    expect(canMoveLead("new", "working")).toBe(true);
    expect(canMoveLead("working", "qualified")).toBe(true);
    expect(canMoveLead("working", "disqualified")).toBe(true);
    expect(canMoveLead("disqualified", "working")).toBe(true);
    expect(canMoveLead("disqualified", "qualified")).toBe(false);
    expect(canMoveLead("working", "working")).toBe(false);
  });

  it("freezes a converted lead and converts only qualified ones", () => {
    expect(nextLeadStatuses("converted")).toEqual([]);
    expect(canMoveLead("converted", "working")).toBe(false);
    expect(isLeadReadOnly("converted")).toBe(true);
    expect(canConvertLead("qualified")).toBe(true);
    expect(canConvertLead("working")).toBe(false);
    expect(nextLeadStatuses("bogus")).toEqual([]);
  });
});

describe("nextRoundRobin", () => {
  it("deals in turn and wraps around", () => {
    expect(nextRoundRobin(["a", "b", "c"], null)).toBe("a");
    expect(nextRoundRobin(["a", "b", "c"], "a")).toBe("b");
    expect(nextRoundRobin(["a", "b", "c"], "c")).toBe("a");
    expect(nextRoundRobin(["a", "b", "c"], "gone")).toBe("a");
    expect(nextRoundRobin([], "a")).toBeNull();
  });
});

describe("configurationEntries", () => {
  it("reads objects, arrays of options and rejects garbage", () => {
    expect(configurationEntries('{"Colour":"Red","Size":2}')).toEqual([
      { label: "Colour", value: "Red" },
      { label: "Size", value: "2" },
    ]);
    expect(configurationEntries('[{"group":"Motor","value":"2 kW"}]')).toEqual([{ label: "Motor", value: "2 kW" }]);
    expect(configurationEntries("")).toEqual([]);
    expect(configurationEntries("not json")).toBeNull();
    expect(configurationEntries("42")).toBeNull();
  });
});
