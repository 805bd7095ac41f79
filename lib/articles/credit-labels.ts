import type { CreditRole } from "@/db/schema";

/** How the house format and the site name each credit role ("Pewarta : Setiawan"). */
export const CREDIT_ROLE_LABELS: Record<CreditRole, string> = {
  pewarta: "Pewarta",
  editor: "Editor",
  penerjemah: "Penerjemah",
  fotografer: "Fotografer",
  kontributor: "Kontributor",
};
