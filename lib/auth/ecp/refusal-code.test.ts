import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../i18n/messages";
import { ECP_SIGN_IN_REFUSALS } from "./sign-in-with-ecp";
import { ECP_REFUSALS } from "./verify-signature";
import { ECP_REFUSAL_REASONS, ecpRefusalCode, ecpRefusalOf } from "./refusal-code";

describe("the ЭЦП refusal codes", () => {
  it("cover every refusal of the verifier and of the sign-in, each with a message in kk, ru and en", () => {
    expect([...ECP_REFUSAL_REASONS].sort()).toEqual([...ECP_REFUSALS, ...ECP_SIGN_IN_REFUSALS].sort());
    for (const messages of Object.values(MESSAGES)) {
      for (const reason of ECP_REFUSAL_REASONS) expect(messages.ecp.refusals[reason]).toMatch(/\S/);
    }
  });

  it("read back only a known reason", () => {
    expect(ecpRefusalOf(ecpRefusalCode("IIN_MISMATCH"))).toBe("IIN_MISMATCH");
    expect(ecpRefusalOf("ECP_REFUSED:constructor")).toBeNull();
    expect(ecpRefusalOf("ECP_REFUSED:SOMETHING_ELSE")).toBeNull();
    expect(ecpRefusalOf("CredentialsSignin")).toBeNull();
    expect(ecpRefusalOf(undefined)).toBeNull();
  });
});
