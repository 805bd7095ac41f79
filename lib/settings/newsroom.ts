import { getDb } from "@/db/client";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { BOX_REDAKSI_KEY, getBoxRedaksi, getSiteSettings, writeSetting, type BoxRedaksi, type SiteSettings } from "@/lib/settings";
import { recordAudit } from "@/lib/newsroom/audit";

export function getEditableSettings(viewer: StaffUser): SiteSettings {
  assertCan(viewer, "manageSettings");
  return getSiteSettings();
}

/** Admin: the site's name, tagline, address and social links. They appear on every public page, so the whole cache goes. */
export function updateSiteSettings(actor: StaffUser, input: SiteSettings): void {
  assertCan(actor, "manageSettings");
  const values: Record<string, unknown> = {
    site_name: input.name,
    site_tagline: input.tagline,
    site_url: input.url,
    social_links: input.socialLinks,
  };
  getDb().transaction((tx) => {
    for (const [key, value] of Object.entries(values)) writeSetting(tx, key, value);
    recordAudit(tx, { actorId: actor.id, action: "settings.updated", subjectType: "settings", subjectId: null, details: values });
    recordInvalidation(tx, [tags.site]);
  });
  applyInvalidations();
}

export function getEditableBoxRedaksi(viewer: StaffUser): BoxRedaksi {
  assertCan(viewer, "manageSettings");
  return getBoxRedaksi();
}

/** Admin: the company, office and people responsible, shown on the Redaksi and Kontak pages. */
export function updateBoxRedaksi(actor: StaffUser, box: BoxRedaksi): void {
  assertCan(actor, "manageSettings");
  getDb().transaction((tx) => {
    writeSetting(tx, BOX_REDAKSI_KEY, box);
    recordAudit(tx, { actorId: actor.id, action: "box-redaksi.updated", subjectType: "settings", subjectId: null, details: box });
    recordInvalidation(tx, [tags.staticPages]);
  });
  applyInvalidations();
}
