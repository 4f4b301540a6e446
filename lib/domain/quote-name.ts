// An organization's legal name quotes its own name («№ 7 … мектеп-гимназия» КММ); quoting a name that
// already carries quotes gave "««Күншуақ» балабақшасы» МКҚК". Such a name is used as it is.
const QUOTE_MARKS = /[«»"“”„]/;

/** «name», or the name itself when it already carries quotation marks ("«Күншуақ» балабақшасы"). */
export function quoteName(name: string): string {
  const trimmed = name.trim();
  return QUOTE_MARKS.test(trimmed) ? trimmed : `«${trimmed}»`;
}
