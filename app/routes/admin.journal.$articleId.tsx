import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArticleEditor } from "~/components/admin/article-editor";
import { ArticleStatePill, articleState } from "~/components/admin/content-bits";
import { FormMessage } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import {
  archiveArticle,
  ArticleConflictError,
  ArticleNotFoundError,
  getArticleForEdit,
  listStoryChoices,
  updateArticle,
} from "~/models/admin-articles.server";
import contentStyles from "~/styles/admin-content.css";
import journalStyles from "~/styles/journal.css";
import { editorReply, parseArticleForm } from "~/utils/admin-article-form.server";
import { writeWithHero } from "~/utils/admin-editor-submit.server";

import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { renderMarkdown } from "~/utils/markdown.server";
import { PERMISSIONS } from "~/utils/permissions";
import { readUploadForm } from "~/services/images.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: journalStyles },
  { rel: "stylesheet", href: contentStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.article.title ?? "Article"} — Belonging back office` }];

const notFound = () => json({ message: "No such article." }, { status: 404, headers: NO_STORE });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.journal);
  const [article, choices] = await Promise.all([getArticleForEdit(params.articleId ?? ""), listStoryChoices()]);
  if (!article) throw notFound();
  const created = new URL(request.url).searchParams.get("notice") === "created";
  return json({ article, choices, created }, { headers: NO_STORE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.journal);
  const actor = actorFor(request, user);
  const id = params.articleId ?? "";
  const form = await readUploadForm(request);
  if (!form) return json({ errors: { heroImage: "The image is larger than 10 MB." } }, { status: 413, headers: NO_STORE });
  const intent = form.get("intent");
  try {
    if (intent === "archive") {
      await archiveArticle(actor, id);
      return json({ message: "Archived: it is no longer on the journal." }, { headers: NO_STORE });
    }
    if (intent === "preview") {
      return json(editorReply(form, { previewHtml: renderMarkdown(String(form.get("body") ?? "")) }), { headers: NO_STORE });
    }
    const parsed = parseArticleForm(form);
    if (!parsed.ok) return json(editorReply(form, { errors: parsed.errors }), { status: 400, headers: NO_STORE });
    const current = await getArticleForEdit(id);
    if (!current) throw new ArticleNotFoundError();
    const errors = await writeWithHero(
      form,
      { heroAlt: parsed.input.heroAlt, hasHero: current.heroImageKey !== null },
      (error) => error instanceof ArticleConflictError,
      (heroImageKey) => updateArticle(actor, id, parsed.input, heroImageKey),
    );
    if (errors) return json(editorReply(form, { errors }), { status: 400, headers: NO_STORE });
    return json({ message: "Saved." }, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof ArticleNotFoundError) throw notFound();
    throw error;
  }
}

export default function EditArticle() {
  const { article, choices, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = articleState(article);
  const message = result && "message" in result ? result.message : created ? "Article saved." : null;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/journal">Journal</Link>
      </p>
      <div className="admin-head">
        <h1 className="admin-title">{article.title}</h1>
        <ArticleStatePill state={state} />
      </div>
      {message ? <FormMessage tone="success">{message}</FormMessage> : null}
      <div className="status-bar">
        <span>
          {state === "published" ? (
            <>
              On the journal at <Link to={`/journal/${article.slug}`}>/journal/{article.slug}</Link>
            </>
          ) : state === "scheduled" ? (
            `Scheduled: it appears on the journal on ${formatDateTime(article.publishedAt!)}.`
          ) : state === "draft" ? (
            "A draft: only staff can see it."
          ) : (
            "Archived: hidden from the journal. Save it as a draft or publish it to bring it back."
          )}
        </span>
        {state !== "archived" ? (
          <Form method="post">
            <button type="submit" name="intent" value="archive" className="button button--quiet button--small">
              Archive
            </button>
          </Form>
        ) : null}
      </div>
      <ArticleEditor
        key={article.updatedAt}
        article={{
          ...article,
          productIds: article.products.map((p) => p.productId),
          collectionIds: article.collections.map((c) => c.collectionId),
        }}
        choices={choices}
        result={result && "errors" in result ? result : result && "previewHtml" in result ? result : undefined}
        submitLabel="Save changes"
      />
    </>
  );
}
