import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/redaksi/article-editor";
import { editorFields } from "@/components/redaksi/editor-fields";
import { listEditorChoices } from "@/lib/articles/editor";
import { requireUser } from "@/lib/auth/request";
import { can } from "@/lib/auth/roles";
import { articleListPath } from "@/lib/newsroom/paths";
import { pasteCopyAction, saveNewArticleAction, searchRelatedAction, suggestHashtagsAction } from "../actions";

export const metadata: Metadata = { title: "Tulis artikel" };

export default async function NewArticlePage() {
  const user = await requireUser("writeOwnDrafts");
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={articleListPath} className="underline">← Semua artikel</Link>
        </p>
        <h1 className="text-2xl font-bold">Tulis artikel</h1>
      </header>
      <ArticleEditor
        userId={user.id}
        articleId={null}
        version={null}
        autosave
        mayReleaseOldAddress={can(user.role, "releaseOldAddresses")}
        initial={editorFields()}
        choices={listEditorChoices()}
        saveAction={saveNewArticleAction}
        searchAction={searchRelatedAction}
        pasteAction={pasteCopyAction}
        suggestHashtagsAction={suggestHashtagsAction}
      />
    </article>
  );
}
