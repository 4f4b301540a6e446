// @peculiar/x509 through one door: its dependency injection (tsyringe) needs the Reflect metadata
// polyfill loaded before it, in the server, the tests and the scripts alike.
import "reflect-metadata";

export * from "@peculiar/x509";
