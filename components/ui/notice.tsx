// A short notice above what it concerns: something the page did on the reader's behalf that they
// should know (a filter from the address left out). Read out politely, not as an alert.
import type { ComponentProps } from "react";
import { classNames } from "./class-names";

export function Notice({ className, ...props }: ComponentProps<"p">) {
  return (
    <p
      role="status"
      className={classNames("rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900", className)}
      {...props}
    />
  );
}
