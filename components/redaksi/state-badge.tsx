import { STATE_LABELS, type WorkflowState } from "@/lib/articles/workflow";

const COLORS: Record<WorkflowState, string> = {
  draft: "bg-neutral-100 text-neutral-800 border-neutral-300",
  review: "bg-amber-50 text-amber-900 border-amber-300",
  scheduled: "bg-sky-50 text-sky-900 border-sky-300",
  published: "bg-green-50 text-green-900 border-green-300",
  withdrawn: "bg-purple-50 text-purple-900 border-purple-300",
  trashed: "bg-red-50 text-red-900 border-red-300",
};

export function StateBadge({ state }: { state: WorkflowState }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${COLORS[state]}`}>{STATE_LABELS[state]}</span>;
}
