import type { ActiveSession } from "@/lib/auth/session";
import type { ActionState } from "@/lib/newsroom/action-state";
import { formatWibDateTime } from "@/lib/time";
import { ActionForm } from "./action-form";
import { DataTable } from "./data-table";

type Props = {
  sessions: ActiveSession[];
  caption: string;
  /** Offered beside every session but the current one. */
  endAction?: (state: ActionState, data: FormData) => Promise<ActionState>;
};

export function SessionList({ sessions, caption, endAction }: Props) {
  if (sessions.length === 0) return <p className="text-sm text-neutral-600">Tidak ada sesi aktif.</p>;
  const columns = ["Perangkat", "Alamat", "Masuk", "Terakhir aktif", ...(endAction ? ["Tindakan"] : [])];
  return (
    <DataTable caption={caption} columns={columns}>
      {sessions.map((session) => (
        <tr key={session.id} className="border-b border-neutral-200 align-top" data-testid="session-row">
          <td className="py-2 pr-3">
            {session.device}
            {session.current && <strong className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">sesi ini</strong>}
          </td>
          <td className="py-2 pr-3 font-mono text-xs">{session.ipAddress ?? "tidak diketahui"}</td>
          <td className="py-2 pr-3 whitespace-nowrap">{formatWibDateTime(session.createdAt)}</td>
          <td className="py-2 pr-3 whitespace-nowrap">{formatWibDateTime(session.lastSeenAt)}</td>
          {endAction && (
            <td className="py-2">
              {!session.current && (
                <ActionForm
                  action={endAction}
                  hidden={{ sessionId: session.id }}
                  fields={[]}
                  submitLabel="Keluar dari sesi ini"
                  pendingLabel="Mengakhiri…"
                  variant="secondary"
                  idPrefix={`session-${session.id}-`}
                />
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
