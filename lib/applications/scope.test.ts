import { describe, expect, it } from "vitest";
import type { Actor } from "../domain/permissions";
import { applicationsVisibleTo, visibleApplicationsSql } from "./scope";

const actor = (role: Actor["role"], organizationId: string | null = "org1", applicantId: string | null = null): Actor => ({
  userId: "u1",
  role,
  name: "x",
  organizationId,
  applicantId,
});

describe("the application scope", () => {
  // [actor, Prisma filter, SQL text, SQL values]: the same column and value in both forms
  const cases: [Actor, object, string, unknown[]][] = [
    [actor("REGION_ADMIN"), {}, "TRUE", []],
    [actor("SYSTEM_ADMIN"), { id: "" }, "FALSE", []],
    [actor("CLERK"), { providerId: "org1" }, `a."providerId" = $1`, ["org1"]],
    [actor("EXECUTOR"), { providerId: "org1" }, `a."providerId" = $1`, ["org1"]],
    [actor("EXECUTOR", null), { id: "" }, "FALSE", []],
    [actor("CORP_OPERATOR"), { corpCentreId: "org1" }, `a."corpCentreId" = $1`, ["org1"]],
    [actor("CORP_OPERATOR", null), { id: "" }, "FALSE", []],
    [actor("APPLICANT", null, "ap1"), { applicantId: "ap1" }, `a."applicantId" = $1`, ["ap1"]],
    [actor("APPLICANT", "org1", null), { id: "" }, "FALSE", []],
  ];

  it.each(cases)("%o: the Prisma filter and the SQL name the same column and value", (who, filter, text, values) => {
    expect(applicationsVisibleTo(who)).toEqual(filter);
    const sql = visibleApplicationsSql(who);
    expect(sql.text).toBe(text);
    expect(sql.values).toEqual(values);
  });
});
