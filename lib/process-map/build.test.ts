import { describe, expect, it } from "vitest";
import { APPLICATION_STATES, TRANSITIONS } from "../domain/lifecycle";
import { buildProcessMap, layoutProcessMap } from "./build";

describe("the process map", () => {
  const map = buildProcessMap();
  const node = (id: string) => map.nodes.find((n) => n.id === id)!;

  it("has a box for every state and an arrow for every transition of the table", () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(["START", ...APPLICATION_STATES].sort());
    for (const t of TRANSITIONS) {
      const edge = map.edges.find((e) => e.from === (t.from ?? "START") && e.to === t.to);
      expect(edge?.actions).toContain(t.action);
      expect(edge?.channels).toEqual(expect.arrayContaining([...t.channels]));
    }
  });

  it("puts each waiting state in the lane of whoever acts on it next", () => {
    expect(node("CORP_ACCEPTED").lane).toBe("CORP_OPERATOR");
    expect(node("IN_TRANSIT_TO_PROVIDER").lane).toBe("CLERK");
    expect(node("REGISTERED").lane).toBe("EXECUTOR");
    expect(node("UNDER_REVIEW").lane).toBe("EXECUTOR");
    expect(node("RESULT_SENT_TO_CORP").lane).toBe("CORP_OPERATOR");
  });

  it("draws the executor's decision as a choice whose results are the provider's answer", () => {
    expect(node("UNDER_REVIEW").kind).toBe("choice");
    expect(node("UNDER_REVIEW").actions).toEqual(["ACCEPT_DOCUMENTS", "REFUSE_DOCUMENTS"]);
    expect([node("ACCEPTED").lane, node("REFUSED").lane]).toEqual(["PROVIDER", "PROVIDER"]);
    // the result goes back by channel, which is not a choice
    expect(node("ACCEPTED").kind).toBe("step");
    expect(node("START").kind).toBe("start");
    expect(node("RESULT_ISSUED").kind).toBe("end");
  });

  it("reads left to right in the order of the procedure, with no two boxes on top of each other", () => {
    const order = ["START", "CORP_ACCEPTED", "IN_TRANSIT_TO_PROVIDER", "REGISTERED", "UNDER_REVIEW", "ACCEPTED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"];
    const columns = order.map((id) => node(id).column);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(node("ACCEPTED").column).toBe(node("REFUSED").column);
    const geometry = layoutProcessMap(map);
    const boxes = [...geometry.boxes.values()];
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlaps).toBe(false);
      }
    }
  });

  it("rejects a table with a cycle", () => {
    expect(() =>
      buildProcessMap([
        ...TRANSITIONS,
        { from: "RESULT_ISSUED", action: "REGISTER_ARRIVAL", to: "REGISTERED", roles: ["CLERK"], channels: ["OFFICE"], step: "OFFICE_REGISTRATION", input: "button" },
      ]),
    ).toThrow(/cycle/);
  });
});
