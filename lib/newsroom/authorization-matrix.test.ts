import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, hashtags, staticPages, USER_ROLES, type UserRole } from "@/db/schema";
import { TEST_STAFF_PASSWORD, seedFreshDatabase } from "@/lib/seed/testing";
import { articleFormSchema, saveArticle } from "@/lib/articles/editor";
import { addLiveEntry } from "@/lib/articles/live-reports";
import { listArticleProposals } from "@/lib/articles/proposals";
import { createArticle } from "@/lib/articles/store";
import { createSession, listActiveSessions, validateSessionToken } from "@/lib/auth/session";
import { paragraphsToBody } from "@/lib/body/schema";
import { sessionCookie } from "@/lib/auth/session-cookie";
import type { ActionState } from "./action-state";
import { createCategory } from "@/lib/categories/newsroom";
import { createStaff } from "@/lib/staff/newsroom";
import { makeArticle, seededStaff, traceCounts } from "./testing";

// Every newsroom server action and page, called directly (as a forged request would) by an
// anonymous visitor and by each role: allowed, or refused with nothing changed.

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (options: string | { name: string }) => void request.cookies.delete(typeof options === "string" ? options : options.name),
  }),
  headers: async () => request.headers,
}));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), refresh: vi.fn() }));

const { signInAction, signOutAction } = await import("@/app/redaksi/actions");
const {
  addCorrectionAction,
  addLiveEntryAction,
  applyProposalAction,
  deleteLiveEntryAction,
  endLiveReportAction,
  markLiveEntryAction,
  moveArticleAction,
  rejectProposalAction,
  updateLiveEntryAction,
} = await import("@/app/redaksi/(signed-in)/artikel/[id]/actions");
const { saveArticleAction } = await import("@/app/redaksi/(signed-in)/artikel/actions");
const staffActions = await import("@/app/redaksi/(signed-in)/staf/actions");
const { updateProfileAction, changePasswordAction, endSessionAction, endOtherSessionsAction } = await import("@/app/redaksi/(signed-in)/profil/actions");
const { updateAdsTxtAction, updateBoxRedaksiAction, updateSettingsAction, updateStaticPageAction } = await import("@/app/redaksi/(signed-in)/pengaturan/actions");
const { saveAdSlotAction } = await import("@/app/redaksi/(signed-in)/iklan/actions");
const { changeFrontPageAction } = await import("@/app/redaksi/(signed-in)/beranda/actions");
const categoryActions = await import("@/app/redaksi/(signed-in)/rubrik/actions");
const hashtagActions = await import("@/app/redaksi/(signed-in)/tagar/actions");

const pages = {
  dashboard: (await import("@/app/redaksi/(signed-in)/page")).default,
  articles: (await import("@/app/redaksi/(signed-in)/artikel/page")).default,
  article: (await import("@/app/redaksi/(signed-in)/artikel/[id]/page")).default,
  revisions: (await import("@/app/redaksi/(signed-in)/artikel/[id]/revisi/page")).default,
  audit: (await import("@/app/redaksi/(signed-in)/audit/page")).default,
  staffList: (await import("@/app/redaksi/(signed-in)/staf/page")).default,
  newStaff: (await import("@/app/redaksi/(signed-in)/staf/baru/page")).default,
  staffMember: (await import("@/app/redaksi/(signed-in)/staf/[id]/page")).default,
  profile: (await import("@/app/redaksi/(signed-in)/profil/page")).default,
  settings: (await import("@/app/redaksi/(signed-in)/pengaturan/page")).default,
  adSlots: (await import("@/app/redaksi/(signed-in)/iklan/page")).default,
  frontPage: (await import("@/app/redaksi/(signed-in)/beranda/page")).default,
  categories: (await import("@/app/redaksi/(signed-in)/rubrik/page")).default,
  category: (await import("@/app/redaksi/(signed-in)/rubrik/[id]/page")).default,
  hashtags: (await import("@/app/redaksi/(signed-in)/tagar/page")).default,
  hashtag: (await import("@/app/redaksi/(signed-in)/tagar/[id]/page")).default,
  statistics: (await import("@/app/redaksi/(signed-in)/statistik/page")).default,
};
const statisticsDownload = (await import("@/app/redaksi/(signed-in)/statistik/unduh/route")).GET;

const PASSWORD = TEST_STAFF_PASSWORD;
const SESSION_COOKIE = sessionCookie(false).name;
const SITE = "http://localhost:3000";
type Caller = UserRole | "anonymous";
const CALLERS: Caller[] = ["anonymous", ...USER_ROLES];
const EVERY_ROLE = new Set<Caller>(USER_ROLES);
const EDITORS = new Set<Caller>(["editor", "admin"]);
const ADMIN = new Set<Caller>(["admin"]);

let staff: ReturnType<typeof seededStaff>;
let made = 0;

function actAs(caller: Caller, origin = SITE): void {
  request.cookies.clear();
  request.headers = new Headers({ host: "localhost:3000", origin, "sec-fetch-site": origin === SITE ? "same-origin" : "cross-site", "x-forwarded-for": "192.0.2.50" });
  if (caller !== "anonymous") request.cookies.set(SESSION_COOKIE, createSession(staff[caller].id).token);
}

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};

/** Where a `redirect()` points, or the status of a `forbidden()`/`notFound()`; nothing when the call returned normally. */
async function outcome<T>(run: () => Promise<T>): Promise<{ value?: T; redirectedTo?: string; status?: number }> {
  try {
    return { value: await run() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] };
    if (digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { status: Number(digest.split(";")[1]) };
    throw error;
  }
}

type ActionCase = {
  name: string;
  allowed: Set<Caller>;
  /** Builds the form the caller posts (a fresh target each time). */
  input: (caller: Caller) => Promise<FormData> | FormData;
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
};

const ownOrReporter = (caller: Caller) => (caller === "anonymous" ? staff.reporter.id : staff[caller].id);
const throwawayCategory = () => createCategory(staff.admin, { name: `Rubrik Uji ${++made}` });
/** A fresh hashtag on a fresh published article: merging or renaming it touches nothing another case reads. */
const throwawayHashtag = (used = true) => {
  const slug = `tagaruji${++made}`;
  if (used) createArticle({ title: `Artikel tagar ${made}`, body: paragraphsToBody([{ kind: "paragraph", text: "Isi." }]), status: "published", publishedAt: Date.now(), hashtags: [{ name: slug, slug }] });
  else getDb().insert(hashtags).values({ name: slug, slug }).run();
  return { id: getDb().select({ id: hashtags.id }).from(hashtags).where(eq(hashtags.slug, slug)).get()!.id, slug };
};
/** A fresh published Live story, and an entry on one. */
const liveStory = () => {
  const { id } = makeArticle("published", staff.reporter.id);
  getDb().update(articles).set({ kind: "live" }).where(eq(articles.id, id)).run();
  return id;
};
const liveEntry = () => addLiveEntry(staff.editor, liveStory(), { body: paragraphsToBody([{ kind: "paragraph", text: "Kabar pertama." }]), isKey: false });
const throwawayAccount = async () => (await createStaff(staff.admin, { name: `Staf Uji ${++made}`, email: `staf${made}@contoh.example`, role: "reporter" })).id;
/** The id of a new session of this account (another device of theirs). */
const sessionOf = (userId: number) => {
  const { token } = createSession(userId);
  return listActiveSessions(staff.admin, userId, token).find((session) => session.current)!.id;
};

/** The editor form's fields for a save of this article on version 1. */
const articleSave = (articleId: number, title = "Judul yang diubah") =>
  form({ articleId, version: 1, title, body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Isi baru." }] }] }) });
/** A fresh published article of the reporter's with an open proposal of theirs: [article id, proposal id]. */
const openProposal = (): [number, number] => {
  const { id } = makeArticle("published", staff.reporter.id);
  const result = saveArticle(staff.reporter, articleFormSchema.parse(Object.fromEntries(articleSave(id, "Judul usulan"))));
  if (!result.ok || !result.proposal) throw new Error("expected a proposal");
  return [id, listArticleProposals(staff.editor, id)[0]!.id];
};

const ACTIONS: ActionCase[] = [
  {
    name: "save someone else's published article (a contributor or reporter cannot even propose)",
    allowed: EDITORS,
    action: async (state, data) => {
      const { status, reason, message } = await saveArticleAction(state, data);
      return { status, reason, message };
    },
    input: (caller) => articleSave(makeArticle("published", caller === "reporter" ? staff.contributor.id : staff.reporter.id).id),
  },
  {
    name: "apply a proposed change",
    allowed: EDITORS,
    action: applyProposalAction,
    input: () => {
      const [articleId, proposalId] = openProposal();
      return form({ articleId, proposalId, version: 1 });
    },
  },
  {
    name: "reject a proposed change with a note",
    allowed: EDITORS,
    action: rejectProposalAction,
    input: () => {
      const [articleId, proposalId] = openProposal();
      return form({ articleId, proposalId, note: "Sumbernya belum jelas." });
    },
  },
  {
    name: "publish an article in review",
    allowed: EDITORS,
    action: moveArticleAction,
    input: () => {
      const { id } = makeArticle("review", staff.reporter.id);
      return form({ articleId: id, version: 1, transition: "publish" });
    },
  },
  {
    name: "submit one's own draft",
    allowed: EVERY_ROLE,
    action: moveArticleAction,
    input: (caller) => form({ articleId: makeArticle("draft", ownOrReporter(caller)).id, version: 1, transition: "submit" }),
  },
  {
    name: "submit someone else's draft",
    allowed: EDITORS,
    action: moveArticleAction,
    input: (caller) => form({ articleId: makeArticle("draft", caller === "reporter" ? staff.contributor.id : staff.reporter.id).id, version: 1, transition: "submit" }),
  },
  {
    name: "trash an article",
    allowed: EDITORS,
    action: moveArticleAction,
    input: (caller) => form({ articleId: makeArticle("draft", ownOrReporter(caller)).id, version: 1, transition: "trash" }),
  },
  {
    name: "add a correction to a published article",
    allowed: EDITORS,
    action: addCorrectionAction,
    input: () => form({ articleId: makeArticle("published", staff.reporter.id).id, note: "Yang benar: Badu." }),
  },
  {
    name: "add an entry to a live report",
    allowed: EDITORS,
    action: addLiveEntryAction,
    input: () => form({ articleId: liveStory(), body: JSON.stringify(paragraphsToBody([{ kind: "paragraph", text: "Massa mulai bergerak." }])) }),
  },
  {
    name: "change a live report's entry",
    allowed: EDITORS,
    action: updateLiveEntryAction,
    input: () => {
      const entry = liveEntry();
      return form({ entryId: entry.id, updatedAt: entry.updatedAt, body: JSON.stringify(paragraphsToBody([{ kind: "paragraph", text: "Massa bubar." }])) });
    },
  },
  {
    name: "mark a live report's entry as a key moment",
    allowed: EDITORS,
    action: markLiveEntryAction,
    input: () => form({ entryId: liveEntry().id, isKey: "1" }),
  },
  {
    name: "delete a live report's entry",
    allowed: EDITORS,
    action: deleteLiveEntryAction,
    input: () => form({ entryId: liveEntry().id }),
  },
  {
    name: "end a live report",
    allowed: EDITORS,
    action: endLiveReportAction,
    input: () => form({ articleId: liveStory(), ended: "1" }),
  },
  {
    name: "create a staff account",
    allowed: ADMIN,
    action: staffActions.createStaffAction,
    input: () => form({ name: "Calon Staf", email: `calon${++made}@contoh.example`, role: "reporter" }),
  },
  {
    name: "edit a staff account",
    allowed: ADMIN,
    action: staffActions.updateStaffAction,
    input: async () => form({ id: await throwawayAccount(), name: "Nama Baru", email: `baru${++made}@contoh.example`, role: "editor" }),
  },
  {
    name: "deactivate a staff account",
    allowed: ADMIN,
    action: staffActions.setStaffActiveAction,
    input: async () => form({ id: await throwawayAccount(), active: "false" }),
  },
  {
    name: "reset a staff password",
    allowed: ADMIN,
    action: staffActions.resetStaffPasswordAction,
    input: async () => form({ id: await throwawayAccount() }),
  },
  {
    name: "edit one's own profile",
    allowed: EVERY_ROLE,
    action: updateProfileAction,
    input: (caller) => form({ name: caller === "anonymous" ? "Penyusup" : staff[caller].name, bio: "Bio baru.", photoMediaId: "" }),
  },
  {
    name: "change one's own password",
    allowed: EVERY_ROLE,
    action: changePasswordAction,
    input: () => form({ currentPassword: PASSWORD, newPassword: "kata-sandi-baru-99", confirmPassword: "kata-sandi-baru-99" }),
  },
  {
    name: "end one's own session on another device",
    allowed: EVERY_ROLE,
    action: endSessionAction,
    input: (caller) => form({ sessionId: sessionOf(ownOrReporter(caller)) }),
  },
  {
    name: "end someone else's session",
    allowed: ADMIN,
    action: endSessionAction,
    input: async () => form({ sessionId: sessionOf(await throwawayAccount()) }),
  },
  {
    name: "sign out of every other device",
    allowed: EVERY_ROLE,
    action: endOtherSessionsAction,
    input: (caller) => {
      sessionOf(ownOrReporter(caller));
      return form({});
    },
  },
  {
    name: "end every session of a staff account",
    allowed: ADMIN,
    action: staffActions.endStaffSessionsAction,
    input: async () => {
      const id = await throwawayAccount();
      sessionOf(id);
      return form({ id });
    },
  },
  {
    name: "change the site settings",
    allowed: ADMIN,
    action: updateSettingsAction,
    input: () => form({ name: "RI News Portal", tagline: "Berita terkini", url: SITE, facebook: "https://facebook.com/rinews", instagram: "", x: "", youtube: "", tiktok: "" }),
  },
  {
    name: "edit a static page",
    allowed: ADMIN,
    action: updateStaticPageAction,
    input: () => {
      const page = getDb().select({ id: staticPages.id }).from(staticPages).get()!;
      return form({ id: page.id, title: "Tentang Kami", body: "Paragraf baru." });
    },
  },
  {
    name: "edit the box redaksi",
    allowed: ADMIN,
    action: updateBoxRedaksiAction,
    input: () =>
      form({ companyName: "PT RI Media Nusantara", address: "Jl. Merdeka", phone: "021", email: "redaksi@rinewsportal.example", responsiblePerson: "A", editorInChief: "B", dewanPersNumber: "" }),
  },
  {
    name: "edit ads.txt",
    allowed: ADMIN,
    action: updateAdsTxtAction,
    input: () => form({ adsTxt: "google.com, pub-1234567890123456, DIRECT" }),
  },
  {
    name: "pick a story for Pilihan Redaksi",
    allowed: EDITORS,
    action: changeFrontPageAction,
    input: () => form({ kind: "add-pick", articleId: makeArticle("published", staff.reporter.id).id }),
  },
  {
    name: "withdraw a published article",
    allowed: EDITORS,
    action: moveArticleAction,
    input: () => form({ articleId: makeArticle("published", staff.reporter.id).id, version: 1, transition: "withdraw", reason: "Data keliru." }),
  },
  {
    name: "configure an ad slot",
    allowed: ADMIN,
    action: saveAdSlotAction,
    input: () => form({ placement: "sidebar", enabled: "off", kind: "snippet", snippet: "<script>iklan()</script>" }),
  },
  {
    name: "create a category",
    allowed: EDITORS,
    action: categoryActions.createCategoryAction,
    input: () => form({ name: `Rubrik Baru ${++made}`, slug: "", description: "" }),
  },
  {
    name: "edit a category (its slug too)",
    allowed: EDITORS,
    action: categoryActions.updateCategoryAction,
    input: () => form({ id: throwawayCategory(), name: "Rubrik Diubah", slug: `rubrik-diubah-${++made}`, description: "Deskripsi." }),
  },
  {
    name: "move a category up",
    allowed: EDITORS,
    action: categoryActions.moveCategoryAction,
    input: () => form({ id: throwawayCategory(), direction: "up" }),
  },
  {
    name: "delete an unused category",
    allowed: EDITORS,
    // Deleting answers with a redirect to the list; a refusal is a form message.
    action: (state, data) => redirectAsSuccess(categoryActions.deleteCategoryAction(state, data)),
    input: () => form({ id: throwawayCategory() }),
  },
  {
    name: "rename a hashtag",
    allowed: EDITORS,
    action: hashtagActions.updateHashtagAction,
    input: () => form({ id: throwawayHashtag().id, name: `TagarBaru${++made}`, description: "" }),
  },
  {
    name: "merge a hashtag into another",
    allowed: EDITORS,
    action: (state, data) => redirectAsSuccess(hashtagActions.mergeHashtagAction(state, data)),
    input: () => form({ id: throwawayHashtag().id, target: `#${throwawayHashtag().slug}` }),
  },
  {
    name: "delete an unused hashtag",
    allowed: EDITORS,
    action: (state, data) => redirectAsSuccess(hashtagActions.deleteHashtagAction(state, data)),
    input: () => form({ id: throwawayHashtag(false).id }),
  },
];

/** An action that answers success with `redirect()`: its redirect counts as success here. */
async function redirectAsSuccess(run: Promise<ActionState>): Promise<ActionState> {
  const result = await outcome(() => run);
  return result.redirectedTo ? { status: "success" } : result.value!;
}

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

describe("newsroom server actions", () => {
  for (const testCase of ACTIONS) {
    for (const caller of CALLERS) {
      const allowed = testCase.allowed.has(caller);
      it(`${testCase.name} as ${caller}: ${allowed ? "allowed" : "refused, nothing changed"}`, async () => {
        const data = await testCase.input(caller);
        actAs(caller);
        const before = traceCounts();
        const state = await testCase.action({ status: "idle" }, data);
        if (allowed) {
          expect(state, state.message).toMatchObject({ status: "success" });
        } else {
          expect(state).toMatchObject({ status: "error", reason: caller === "anonymous" ? "unauthenticated" : "forbidden" });
          expect(state.message).toBeTruthy();
          expect(traceCounts()).toEqual(before);
        }
      });
    }
  }

  it("signing in is open to anyone with the right password", async () => {
    actAs("anonymous");
    const result = await outcome(() => signInAction({ status: "idle" }, form({ email: staff.reporter.email, password: "kata-sandi-baru-99", next: "/redaksi/artikel" })));
    expect(result.redirectedTo).toBe("/redaksi/artikel");
    expect(validateSessionToken(request.cookies.get(SESSION_COOKIE))?.id).toBe(staff.reporter.id);
  });

  it("over https the session is kept in a __Host- cookie, and a plain-named cookie signs nobody in there", async () => {
    actAs("anonymous");
    request.headers.set("x-forwarded-proto", "https");
    await outcome(() => signInAction({ status: "idle" }, form({ email: staff.reporter.email, password: "kata-sandi-baru-99" })));
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(validateSessionToken(request.cookies.get("__Host-rinews_session"))?.id).toBe(staff.reporter.id);

    actAs("editor");
    request.headers.set("x-forwarded-proto", "https");
    expect((await outcome(() => pages.dashboard())).redirectedTo).toBe("/redaksi/masuk");
  });

  it("signing in never sends anyone off the newsroom", async () => {
    actAs("anonymous");
    const result = await outcome(() => signInAction({ status: "idle" }, form({ email: staff.editor.email, password: "kata-sandi-baru-99", next: "https://evil.example/redaksi" })));
    expect(result.redirectedTo).toBe("/redaksi");
  });

  for (const caller of CALLERS) {
    it(`signing out as ${caller} ends the session and leads to the sign-in page`, async () => {
      actAs(caller);
      const token = request.cookies.get(SESSION_COOKIE);
      expect((await outcome(() => signOutAction())).redirectedTo).toBe("/redaksi/masuk");
      expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
      if (token) expect(validateSessionToken(token)).toBeNull();
    });
  }
});

describe("a save on a published or scheduled article", () => {
  for (const state of ["published", "scheduled"] as const) {
    for (const caller of CALLERS) {
      const outcomeName = caller === "anonymous" ? "refused" : EDITORS.has(caller) ? "a new version at once" : "a proposal, the article untouched";
      it(`of one's own ${state} article as ${caller}: ${outcomeName}`, async () => {
        const { id } = makeArticle(state, ownOrReporter(caller));
        const before = getDb().select().from(articles).where(eq(articles.id, id)).get()!;
        actAs(caller);
        const state_ = await saveArticleAction({ status: "idle" }, articleSave(id));
        const after = getDb().select().from(articles).where(eq(articles.id, id)).get()!;
        if (caller === "anonymous") {
          expect(state_).toMatchObject({ status: "error", reason: "unauthenticated" });
          expect(after).toEqual(before);
        } else if (EDITORS.has(caller)) {
          expect(state_).toMatchObject({ status: "success", data: { saved: { proposal: false, version: 2 } } });
          expect(after).toMatchObject({ title: "Judul yang diubah", version: 2, status: state });
        } else {
          expect(state_).toMatchObject({ status: "success", data: { saved: { proposal: true, version: 1 } } });
          expect(state_.message).toContain("menunggu redaktur");
          expect(after).toEqual(before);
          expect(listArticleProposals(staff.editor, id)).toMatchObject([{ state: "open", authorId: staff[caller].id }]);
        }
      });
    }
  }
});

describe("cross-site posts", () => {
  it("an editor's own session cannot be used from another site to publish", async () => {
    const { id } = makeArticle("review", staff.reporter.id);
    actAs("editor", "https://evil.example");
    const before = traceCounts();
    const state = await moveArticleAction({ status: "idle" }, form({ articleId: id, version: 1, transition: "publish" }));
    expect(state).toMatchObject({ status: "error", reason: "forbidden" });
    expect(traceCounts()).toEqual(before);
  });

  it("a post that only Fetch metadata marks as cross-site is refused too", async () => {
    actAs("admin");
    request.headers.delete("origin");
    request.headers.set("sec-fetch-site", "cross-site");
    const state = await staffActions.createStaffAction({ status: "idle" }, form({ name: "Penyusup", email: "penyusup@contoh.example", role: "admin" }));
    expect(state).toMatchObject({ status: "error", reason: "forbidden" });
  });

  it("sign-in from another site is refused", async () => {
    actAs("anonymous", "https://evil.example");
    const state = await signInAction({ status: "idle" }, form({ email: staff.admin.email, password: PASSWORD }));
    expect(state).toMatchObject({ status: "error", reason: "forbidden" });
    expect(request.cookies.has(SESSION_COOKIE)).toBe(false);
  });
});

describe("bad input", () => {
  it("a stale version, an unknown article, a made-up transition and script in a note are each refused with a message", async () => {
    const { id } = makeArticle("review", staff.reporter.id);
    actAs("editor");
    const before = traceCounts();
    const attempts = [
      form({ articleId: id, version: 7, transition: "publish" }),
      form({ articleId: 987_654, version: 1, transition: "publish" }),
      form({ articleId: id, version: 1, transition: "hapus-semua" }),
      form({ articleId: "1 OR 1=1", version: 1, transition: "publish" }),
      form({ articleId: id, version: 1, transition: "return", note: "<script>alert(1)</script>" }),
      form({ articleId: id, version: 1, transition: "return", note: "x".repeat(2001) }),
    ];
    for (const data of attempts) {
      const state = await moveArticleAction({ status: "idle" }, data);
      expect(state.status).toBe("error");
      expect(state.message).toBeTruthy();
    }
    expect(traceCounts()).toEqual(before);
  });

  it("an action called with arguments that are not a form (a hand-made request) answers that it is invalid, never throws", async () => {
    actAs("editor");
    const before = traceCounts();
    for (const notAForm of [undefined, null, "email=x", { email: staff.editor.email }, [form({})]]) {
      for (const action of [signInAction, moveArticleAction, saveArticleAction]) {
        const state = await action({ status: "idle" }, notAForm as unknown as FormData);
        expect(state).toMatchObject({ status: "error", reason: "invalid", message: "Permintaan tidak valid." });
      }
    }
    expect(traceCounts()).toEqual(before);
  });

  it("gives back what was typed after a refusal, but never a password", async () => {
    actAs("reporter");
    const state = await changePasswordAction({ status: "idle" }, form({ currentPassword: "salah", newPassword: "pendek", confirmPassword: "pendek" }));
    expect(state.fieldErrors?.newPassword).toBeTruthy();
    expect(state.values).toEqual({});
    actAs("admin");
    const refused = await staffActions.createStaffAction({ status: "idle" }, form({ name: "Nama <b>tebal</b>", email: "x@contoh.example", role: "reporter" }));
    expect(refused.fieldErrors?.name).toEqual(["Tidak boleh berisi tag HTML atau skrip."]);
    expect(refused.values).toMatchObject({ name: "Nama <b>tebal</b>", email: "x@contoh.example" });
  });
});

describe("newsroom pages", () => {
  const noQuery = { searchParams: Promise.resolve({}) };
  const cases: { name: string; allowed: Set<Caller>; render: () => Promise<unknown> }[] = [
    { name: "dashboard", allowed: EVERY_ROLE, render: () => pages.dashboard() },
    { name: "article list", allowed: EVERY_ROLE, render: () => pages.articles(noQuery) },
    { name: "someone else's article", allowed: new Set(["reporter", "editor", "admin"]), render: () => pages.article({ params: Promise.resolve({ id: String(makeArticle("review", staff.editor.id).id) }), searchParams: Promise.resolve({}) }) },
    {
      name: "revision compare of someone else's article",
      allowed: new Set(["reporter", "editor", "admin"]),
      render: () => pages.revisions({ params: Promise.resolve({ id: String(makeArticle("review", staff.editor.id).id) }), searchParams: Promise.resolve({ dari: "1", ke: "1" }) }),
    },
    {
      name: "the reporter's proposal in the compare view",
      allowed: new Set(["reporter", "editor", "admin"]),
      render: () => {
        const [id, proposalId] = openProposal();
        return pages.revisions({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({ usulan: String(proposalId) }) });
      },
    },
    { name: "audit log", allowed: EDITORS, render: () => pages.audit(noQuery) },
    { name: "statistics", allowed: EDITORS, render: () => pages.statistics({ searchParams: Promise.resolve({ periode: "30-hari" }) }) },
    { name: "staff list", allowed: ADMIN, render: () => pages.staffList() },
    { name: "new staff form", allowed: ADMIN, render: () => pages.newStaff() },
    { name: "staff account", allowed: ADMIN, render: () => pages.staffMember({ params: Promise.resolve({ id: String(staff.reporter.id) }) }) },
    { name: "own profile", allowed: EVERY_ROLE, render: () => pages.profile() },
    { name: "settings", allowed: ADMIN, render: () => pages.settings() },
    { name: "ad slots", allowed: ADMIN, render: () => pages.adSlots() },
    { name: "front page", allowed: EDITORS, render: () => pages.frontPage() },
    { name: "category list", allowed: EDITORS, render: () => pages.categories() },
    { name: "category", allowed: EDITORS, render: () => pages.category({ params: Promise.resolve({ id: String(throwawayCategory()) }) }) },
    { name: "hashtag list", allowed: EDITORS, render: () => pages.hashtags({ searchParams: Promise.resolve({ q: "tagar" }) }) },
    { name: "hashtag", allowed: EDITORS, render: () => pages.hashtag({ params: Promise.resolve({ id: String(throwawayHashtag().id) }) }) },
  ];
  for (const page of cases) {
    for (const caller of CALLERS) {
      const allowed = page.allowed.has(caller);
      const expected = allowed ? "renders" : caller === "anonymous" ? "sends to sign-in" : "answers 403";
      it(`${page.name} as ${caller}: ${expected}`, async () => {
        actAs(caller);
        const result = await outcome(page.render);
        if (allowed) expect(result).not.toHaveProperty("redirectedTo");
        else if (caller === "anonymous") expect(result.redirectedTo).toBe("/redaksi/masuk");
        else expect(result.status).toBe(403);
      });
    }
  }

  it("an article id that is not a number, or names nothing, is a 404", async () => {
    actAs("editor");
    for (const id of ["abc", "0", "-1", "987654"]) {
      await expect(pages.article({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      await expect(pages.revisions({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      await expect(pages.category({ params: Promise.resolve({ id }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      await expect(pages.hashtag({ params: Promise.resolve({ id }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
  });
});

describe("newsroom downloads", () => {
  for (const caller of CALLERS) {
    const expected = EDITORS.has(caller) ? 200 : caller === "anonymous" ? 401 : 403;
    it(`the statistics CSV as ${caller}: ${expected}`, async () => {
      actAs(caller);
      const response = await statisticsDownload(new Request(`${SITE}/redaksi/statistik/unduh?periode=7-hari&jenis=rubrik`));
      expect(response.status).toBe(expected);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      // Buffer keeps the byte order mark that response.text() would drop.
      if (expected === 200) expect(Buffer.from(await response.arrayBuffer()).toString("utf8")).toMatch(/^\uFEFFRubrik,Artikel dibaca,Dibaca\r\n/);
      else expect(await response.text()).not.toContain("Dibaca");
    });
  }
});
