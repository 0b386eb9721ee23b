import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArticleEditor } from "~/components/admin/article-editor";
import { ArticleConflictError, createArticle, listStoryChoices } from "~/models/admin-articles.server";
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
export const meta: MetaFunction = () => [{ title: "New article — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.journal);
  return json({ choices: await listStoryChoices() }, { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.journal);
  const form = await readUploadForm(request);
  if (!form) return json({ errors: { heroImage: "The image is larger than 10 MB." } }, { status: 413, headers: NO_STORE });
  if (form.get("intent") === "preview") {
    return json(editorReply(form, { previewHtml: renderMarkdown(String(form.get("body") ?? "")) }), { headers: NO_STORE });
  }
  const parsed = parseArticleForm(form);
  if (!parsed.ok) return json(editorReply(form, { errors: parsed.errors }), { status: 400, headers: NO_STORE });
  let id = "";
  const errors = await writeWithHero(
    form,
    { heroAlt: parsed.input.heroAlt, hasHero: false },
    (error) => error instanceof ArticleConflictError,
    async (heroImageKey) => {
      id = await createArticle(actorFor(request, user), parsed.input, heroImageKey);
    },
  );
  if (errors) return json(editorReply(form, { errors }), { status: 400, headers: NO_STORE });
  return redirect(`/admin/journal/${id}?notice=created`, { headers: NO_STORE });
}

export default function NewArticle() {
  const { choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/journal">Journal</Link>
      </p>
      <h1 className="admin-title">New article</h1>
      <ArticleEditor article={null} choices={choices} result={result} submitLabel="Save article" />
    </>
  );
}
