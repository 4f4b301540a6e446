/** Joins the class names that are set; the primitives add a caller's layout classes to their own. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
