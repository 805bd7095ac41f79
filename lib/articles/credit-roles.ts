import type { CreditRole } from "@/db/schema";

/** How a credit's role is written on the page and in the newsroom ("Pewarta : …"). */
export const CREDIT_ROLE_LABELS: Record<CreditRole, string> = {
  pewarta: "Pewarta",
  editor: "Editor",
  penerjemah: "Penerjemah",
  fotografer: "Fotografer",
  kontributor: "Kontributor",
};
