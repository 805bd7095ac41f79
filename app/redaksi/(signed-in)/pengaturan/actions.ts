"use server";

import { z } from "zod";
import { adsTxtField, updateAdsTxt } from "@/lib/ads/ads-txt";
import { analyticsIdField, updateAnalyticsId } from "@/lib/settings/analytics";
import type { SocialLinks } from "@/lib/settings";
import { newsroomAction } from "@/lib/newsroom/action";
import { emailField, idField, optionalText, optionalUrlField, requiredText, urlField } from "@/lib/newsroom/form-fields";
import { updateBoxRedaksi, updateSiteSettings } from "@/lib/settings/newsroom";
import { updateStaticPage } from "@/lib/static-pages/newsroom";

const settingsInput = z.object({
  name: requiredText(80),
  tagline: optionalText(200),
  url: urlField,
  facebook: optionalUrlField,
  instagram: optionalUrlField,
  x: optionalUrlField,
  youtube: optionalUrlField,
  tiktok: optionalUrlField,
});

export const updateSettingsAction = newsroomAction({ permission: "manageSettings", input: settingsInput }, ({ name, tagline, url, ...links }, user) => {
  const socialLinks: SocialLinks = Object.fromEntries(Object.entries(links).filter(([, href]) => href));
  updateSiteSettings(user, { name, tagline: tagline ?? "", url, socialLinks });
  return { status: "success", message: "Pengaturan situs disimpan." };
});

const staticPageInput = z.object({
  id: idField,
  title: requiredText(120),
  body: requiredText(50_000, { multiline: true }),
});

export const updateStaticPageAction = newsroomAction({ permission: "manageSettings", input: staticPageInput }, ({ id, ...input }, user) => {
  updateStaticPage(user, id, input);
  return { status: "success", message: "Halaman disimpan." };
});

export const updateAdsTxtAction = newsroomAction({ permission: "manageSettings", input: z.object({ adsTxt: adsTxtField }) }, ({ adsTxt }, user) => {
  updateAdsTxt(user, adsTxt);
  return { status: "success", message: adsTxt ? "ads.txt disimpan." : "ads.txt dikosongkan: /ads.txt kini tidak ada." };
});

export const updateAnalyticsAction = newsroomAction({ permission: "manageSettings", input: z.object({ analyticsId: analyticsIdField }) }, ({ analyticsId }, user) => {
  updateAnalyticsId(user, analyticsId);
  return { status: "success", message: analyticsId ? "Tag analitik disimpan." : "Tag analitik dimatikan." };
});

const text = (max: number, options?: { multiline: boolean }) => optionalText(max, options).transform((value) => value ?? "");

const boxRedaksiInput = z.object({
  companyName: text(160),
  address: text(500, { multiline: true }),
  phone: text(40),
  email: z.literal("").or(emailField),
  responsiblePerson: text(120),
  editorInChief: text(120),
  dewanPersNumber: text(60),
});

export const updateBoxRedaksiAction = newsroomAction({ permission: "manageSettings", input: boxRedaksiInput }, (box, user) => {
  updateBoxRedaksi(user, box);
  return { status: "success", message: "Box redaksi disimpan." };
});
