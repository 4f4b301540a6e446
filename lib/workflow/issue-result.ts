// The applicant receives the result: at the provider's office, or at the State Corporation. The
// staff member records who received it (the applicant herself, or a representative with the
// power of attorney's number) and confirms that the identity document was checked; the record is
// stored on the package and in the audit event of the same transaction.
import { handoverSchema, type HandoverInput } from "../domain/result-handover";
import type { Actor } from "../domain/permissions";
import type { WorkflowContext } from "../db/context";
import { parseOrRefuse } from "../zod-issues";
import { applyTransition } from "./transition";

export interface IssueResultInput {
  applicationId: string;
  expectedVersion?: number;
  handover: HandoverInput;
}

export async function issueResult(ctx: WorkflowContext, actor: Actor, input: IssueResultInput) {
  // refused before anything is read or written: without the identity check nothing is handed over
  const handover = parseOrRefuse(handoverSchema, input.handover, "resultHandover.errors.invalid");
  return applyTransition(
    ctx,
    actor,
    { applicationId: input.applicationId, action: "ISSUE_RESULT", expectedVersion: input.expectedVersion, auditData: { handover } },
    {
      changes: (_application, at) => ({
        issuedAt: at,
        resultRecipient: handover.recipient,
        resultRepresentativeName: handover.representativeName,
        resultPowerOfAttorneyNumber: handover.powerOfAttorneyNumber,
        isRecipientIdentityChecked: handover.isIdentityChecked,
      }),
    },
  );
}
