import type { Db } from "../db/client";
import { regulationRulesSchema, versionInForce, type NormedStep } from "../domain/regulation-version";

/** The step norms of the published regulation version in force: what the process map shows. */
export async function normsInForce(db: Db, now: Date): Promise<Record<NormedStep, number>> {
  const versions = await db.regulationVersion.findMany({ where: { status: "PUBLISHED" }, select: { id: true, effectiveFrom: true, rules: true } });
  const version = versionInForce(versions, now) ?? versions[0];
  const parsed = version ? regulationRulesSchema.safeParse(version.rules) : null;
  // the regulation's own 20 minutes when no version can be read
  return parsed?.success ? parsed.data.stepNormMinutes : { CORP_INTAKE: 20, OFFICE_REGISTRATION: 20, COMPLETENESS_CHECK: 20 };
}
