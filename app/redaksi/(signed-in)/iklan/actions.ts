"use server";

import { adSlotInput, saveAdSlot } from "@/lib/ads/slots";
import { newsroomAction } from "@/lib/newsroom/action";

export const saveAdSlotAction = newsroomAction({ permission: "manageSettings", input: adSlotInput }, (slot, user) => {
  saveAdSlot(user, slot);
  return { status: "success", message: slot.enabled ? "Slot iklan disimpan dan aktif." : "Slot iklan disimpan, nonaktif." };
});
