// The colour of a state's badge follows where the package stands (STATE_STANDINGS in
// lifecycle.ts), so a new state is coloured by what it means, in every badge at once.
import { STATE_STANDINGS, type ApplicationState, type Standing } from "@/lib/domain/lifecycle";

const TONES: Record<Standing, string> = {
  withStateCorp: "bg-violet-100 text-violet-900",
  waiting: "bg-sky-100 text-sky-900",
  inCheck: "bg-amber-100 text-amber-900",
  accepted: "bg-emerald-100 text-emerald-900",
  refused: "bg-red-100 text-red-900",
  returning: "bg-slate-200 text-slate-900",
  handedOver: "bg-slate-100 text-slate-700",
};

export function stateTone(state: ApplicationState): string {
  return TONES[STATE_STANDINGS[state]];
}
