import { describe, expect, it } from "vitest";
import { descendantsAndSelf, flattenTree, wouldCreateCycle, type TeamLink } from "./team-tree";

// east > shanghai > pudong; south
const TEAMS: TeamLink[] = [
  { id: "east", parentId: null },
  { id: "shanghai", parentId: "east" },
  { id: "pudong", parentId: "shanghai" },
  { id: "south", parentId: null },
];

describe("wouldCreateCycle", () => {
  it("rejects a team under itself", () => {
    expect(wouldCreateCycle(TEAMS, "east", "east")).toBe(true);
  });

  it("rejects a team under its child or grandchild", () => {
    expect(wouldCreateCycle(TEAMS, "east", "shanghai")).toBe(true);
    expect(wouldCreateCycle(TEAMS, "east", "pudong")).toBe(true);
  });

  it("allows moves to the top, to a sibling branch or up the tree", () => {
    expect(wouldCreateCycle(TEAMS, "shanghai", null)).toBe(false);
    expect(wouldCreateCycle(TEAMS, "east", "south")).toBe(false);
    expect(wouldCreateCycle(TEAMS, "pudong", "east")).toBe(false);
  });

  it("allows a new team (not yet in the list) anywhere", () => {
    expect(wouldCreateCycle(TEAMS, "new", "pudong")).toBe(false);
  });

  it("terminates on data that already has a loop elsewhere", () => {
    const bad: TeamLink[] = [...TEAMS, { id: "a", parentId: "b" }, { id: "b", parentId: "a" }];
    expect(wouldCreateCycle(bad, "east", "a")).toBe(false);
    expect(wouldCreateCycle(bad, "a", "b")).toBe(true);
  });
});

describe("descendantsAndSelf", () => {
  it("collects the whole subtree", () => {
    expect([...descendantsAndSelf(TEAMS, "east")].sort()).toEqual(["east", "pudong", "shanghai"]);
    expect([...descendantsAndSelf(TEAMS, "south")]).toEqual(["south"]);
  });
});

describe("flattenTree", () => {
  const byId = (a: TeamLink, b: TeamLink) => a.id.localeCompare(b.id);

  it("puts each team before its sub-teams, with depth", () => {
    expect(flattenTree(TEAMS, byId).map((t) => `${t.depth}:${t.id}`)).toEqual(["0:east", "1:shanghai", "2:pudong", "0:south"]);
  });

  it("keeps orphans and loops visible at the top level", () => {
    const bad: TeamLink[] = [{ id: "x", parentId: "gone" }, { id: "a", parentId: "b" }, { id: "b", parentId: "a" }];
    const flat = flattenTree(bad, byId);
    expect(flat.map((t) => t.id).sort()).toEqual(["a", "b", "x"]);
    expect(flat.find((t) => t.id === "x")?.depth).toBe(0);
  });
});
