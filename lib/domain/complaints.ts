// The rules of a teacher's complaint (the appeal route's first way: to the head of the provider).
// Pure: what may be complained about, how long a text may be, when the answer is due and when it is
// late. The term itself is the version's data (appealRoute), not a number here.
import type { ApplicationState } from "./lifecycle";
import { providerAppeal, type RegulationRules } from "./regulation-version";
import { addWorkingDays, PROVIDER_HOURS, type WorkingCalendar } from "./working-calendar";

export const COMPLAINT_STATES = ["FILED", "ANSWERED"] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/** The audit actions a complaint writes on its package: they join the package's timeline. */
export const COMPLAINT_ACTIONS = ["COMPLAINT_FILED", "COMPLAINT_ANSWERED"] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export function isComplaintAction(action: string): action is ComplaintAction {
  return (COMPLAINT_ACTIONS as readonly string[]).includes(action);
}

/**
 * Bounds of the texts, in characters after trimming: long enough to say something, short enough
 * for one page of the answer's paper (a longer case goes on paper to the office, as before).
 */
export const COMPLAINT_TEXT = { min: 20, max: 2000 } as const;
export const ANSWER_TEXT = { min: 20, max: 4000 } as const;

export type TextProblem = "tooShort" | "tooLong";

/** What is wrong with a text against its bounds, or null; blank runs count as one space. */
export function textProblem(text: string, bounds: { min: number; max: number }): TextProblem | null {
  const length = normalizedText(text).length;
  if (length < bounds.min) return "tooShort";
  if (length > bounds.max) return "tooLong";
  return null;
}

/** The text as stored: trimmed, line ends unified, no run of more than one empty line. */
export function normalizedText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

export interface ComplaintSubject {
  state: ApplicationState;
  /** the package was refused (its refusal grounds are recorded); it stays so while the result travels */
  isRefused: boolean;
  hasOpenComplaint: boolean;
}

export type FilingRefusal = "notRefused" | "alreadyOpen";

/**
 * Why a complaint cannot be filed about this package now, or null when it can. The portal takes
 * complaints about a refusal (the decision the reasoned refusal tells how to appeal) from its
 * decision on, also while the refusal travels to the State Corporation and after it is handed over;
 * one at a time, so the head answers each before the next. Complaints about the quality of service
 * in general (art. 25 allows them too) still go on paper.
 */
export function filingRefusal(subject: ComplaintSubject): FilingRefusal | null {
  const isDecidedRefusal = subject.isRefused && ["REFUSED", "RESULT_SENT_TO_CORP", "RESULT_ISSUED"].includes(subject.state);
  if (!isDecidedRefusal) return "notRefused";
  if (subject.hasOpenComplaint) return "alreadyOpen";
  return null;
}

/**
 * When the answer is due: the close of the provider's working day that ends the term, counted in
 * working days from the day after the complaint was registered (the calendar's own rule).
 */
export function complaintDueAt(calendar: WorkingCalendar, rules: Pick<RegulationRules, "appealRoute">, filedAt: Date): Date {
  return addWorkingDays(calendar, PROVIDER_HOURS, filedAt, providerAppeal(rules).termWorkingDays);
}

/** An open complaint past its due time; an answered one is never overdue (it may have been answered late). */
export function isComplaintOverdue(complaint: { state: ComplaintState; dueAt: Date }, now: Date): boolean {
  return complaint.state === "FILED" && now.getTime() > complaint.dueAt.getTime();
}

/** The head's queue order: open ones first, the earliest due first; then answered ones, the latest first. */
export function compareForQueue(a: { state: ComplaintState; dueAt: Date; answeredAt: Date | null }, b: typeof a): number {
  if (a.state !== b.state) return a.state === "FILED" ? -1 : 1;
  if (a.state === "FILED") return a.dueAt.getTime() - b.dueAt.getTime();
  return (b.answeredAt?.getTime() ?? 0) - (a.answeredAt?.getTime() ?? 0);
}
