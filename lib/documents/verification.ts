// What the public verification page may say about a printed document: that it is genuine, its
// number, date and the package's state now, and the applicant's name masked. Nothing more.
import type { Db } from "../db/client";
import type { ApplicationState } from "../domain/lifecycle";
import { verifyToken } from "./signed-token";
import type { DocumentKind } from "./application-documents";

export interface VerifiedDocument {
  kind: DocumentKind;
  registrationNumber: string;
  documentDate: string;
  state: ApplicationState;
  maskedName: string;
}

/** "Сейітова Айгүл Болатқызы" → "С******* А. Б.": enough to match the paper in hand, not to identify. */
export function maskName(lastName: string, firstName: string, middleName: string | null): string {
  const initial = (name: string | null) => (name ? `${[...name][0]}.` : "");
  const [first = "", ...rest] = [...lastName];
  return [`${first}${"*".repeat(rest.length)}`, initial(firstName), initial(middleName)].filter(Boolean).join(" ");
}

export async function findVerifiedDocument(db: Db, token: string, secret: string): Promise<VerifiedDocument | null> {
  const claims = verifyToken(token, secret, ["receipt", "acceptance", "refusal"]);
  if (!claims) return null;
  const application = await db.application.findUnique({
    where: { id: claims.applicationId },
    select: {
      registrationNumber: true,
      state: true,
      refusalGroundCodes: true,
      decidedAt: true,
      applicant: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  if (!application) return null;
  // a refusal token for a package that was never refused cannot be genuine
  if (claims.kind === "refusal" && application.refusalGroundCodes.length === 0) return null;
  // nor an acceptance of one that was not accepted
  if (claims.kind === "acceptance" && (application.decidedAt === null || application.refusalGroundCodes.length > 0)) return null;
  return {
    kind: claims.kind as DocumentKind,
    registrationNumber: application.registrationNumber,
    documentDate: claims.issuedAt.toISOString(),
    state: application.state,
    maskedName: maskName(application.applicant.lastName, application.applicant.firstName, application.applicant.middleName),
  };
}
