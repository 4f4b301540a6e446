import { describe, expect, it } from "vitest";
import { readQueueQuery } from "./staff-queue";

const NOW = new Date("2026-12-01T07:00:00Z");
const cursor = (receivedAt: string, id = "cmabc12345") => Buffer.from(`${receivedAt}|${id}`).toString("base64url");

describe("a staff queue's query string", () => {
  it("sets aside a date filter or a cursor it cannot apply, and names it", () => {
    expect(readQueueQuery({ from: "9999-99-99", state: "REGISTERED" }, NOW)).toEqual({ query: { state: "REGISTERED" }, rejected: ["from"] });
    expect(readQueueQuery({ from: "2026-11-30", to: "2026-11-01" }, NOW)).toEqual({ query: {}, rejected: ["from", "to"] });
    for (const far of ["9999-12-31T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "0001-01-01T00:00:00.000Z"]) {
      expect(readQueueQuery({ after: cursor(far) }, NOW), far).toEqual({ query: {}, rejected: ["after"] });
    }
    for (const junk of ["x", "abc", cursor("2026-11-25T05:00:00.000Z", "a|b"), cursor("2026-11-25T05:00:00.000Z", ""), "x".repeat(201)]) {
      expect(readQueueQuery({ after: junk }, NOW).rejected, junk.slice(0, 20)).toEqual(["after"]);
    }
  });

  it("keeps what it can apply: real dates, a cursor the queue wrote (bench ids included), and drops other junk", () => {
    const after = cursor("2026-11-25T05:00:00.000Z", "gen-a-1024");
    expect(readQueueQuery({ from: "2026-11-01", to: ["2026-11-30", "9999-01-01"], after, channel: "FAX", view: "constructor", q: "a\u0000b" }, NOW)).toEqual({
      query: { from: "2026-11-01", to: "2026-11-30", after, q: "ab" },
      rejected: [],
    });
  });
});
