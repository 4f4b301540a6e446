// pkijs and @peculiar/x509 both work through WebCrypto; Node's own is set once for both, so a
// verification never depends on which module happened to load first.
import { webcrypto } from "node:crypto";
import * as x509 from "./x509";
import * as pkijs from "pkijs";

let engine: pkijs.CryptoEngine | undefined;

export function ecpCrypto(): pkijs.CryptoEngine {
  if (!engine) {
    engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });
    pkijs.setEngine("node", engine);
    x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  }
  return engine;
}
