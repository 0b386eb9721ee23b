import { Form, useNavigation } from "@remix-run/react";
import { FormMessage, SelectField, TextArea, TextField } from "~/components/admin/field";
import { HeroImageFieldset } from "~/components/admin/hero-image-fieldset";
import { TOPIC_LABELS } from "~/utils/journal";

type Choice = { id: string; title: string; status: string };

export type ArticleEditorValues = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  authorName: string;
  topic: string;
  contentNote: string | null;
  heroImageKey: string | null;
  heroAlt: string | null;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  publishedAt: string | null;
  productIds: string[];
  collectionIds: string[];
};

/** What the action sends back: errors with the typed input, or a preview of the body. */
export type ArticleEditorResult = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  productIds?: string[];
  collectionIds?: string[];
  previewHtml?: string;
};

/** A datetime-local value in UTC: the back office shows every time in UTC. */
function utcInputValue(date: string) {
  return new Date(date).toISOString().slice(0, 16);
}

function publishStateOf(article: ArticleEditorValues | null): "draft" | "now" | "schedule" {
  if (!article || article.status !== "PUBLISHED" || !article.publishedAt) return "draft";
  return new Date(article.publishedAt) > new Date() ? "schedule" : "now";
}

export function ArticleEditor({
  article,
  choices,
  result,
  submitLabel,
}: {
  article: ArticleEditorValues | null;
  choices: { products: Choice[]; collections: Choice[] };
  result: ArticleEditorResult | undefined;
  submitLabel: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const errors = result?.errors ?? {};
  const typed = result?.values;
  const value = (name: keyof ArticleEditorValues & string, fallback: string | null | undefined) => typed?.[name] ?? fallback ?? "";
  const productIds = new Set(result?.productIds ?? article?.productIds ?? []);
  const collectionIds = new Set(result?.collectionIds ?? article?.collectionIds ?? []);
  const publish = typed?.publish ?? publishStateOf(article);
  const publishAt = typed?.publishAt ?? (article?.publishedAt && publish === "schedule" ? utcInputValue(article.publishedAt) : "");
  // A form is re-mounted after each answer (see key), so defaultValue shows what was just typed.
  const formKey = JSON.stringify([typed ?? null, result?.previewHtml ? "preview" : "", article?.title]);

  return (
    <Form method="post" encType="multipart/form-data" className="editor" noValidate key={formKey}>
      {Object.keys(errors).length > 0 ? (
        <FormMessage>
          Nothing was saved. {errors.form ?? "Check the fields marked below."}
        </FormMessage>
      ) : null}
      <fieldset>
        <legend>The article</legend>
        <div className="form-grid form-grid--wide">
          <TextField label="Title" name="title" className="field--span" defaultValue={value("title", article?.title)} error={errors.title} required />
          <TextField
            label="Web address"
            name="slug"
            hint="Leave empty to make one from the title. The article will be at /journal/<web address>."
            defaultValue={value("slug", article?.slug)}
            error={errors.slug}
          />
          <TextField label="Author's name" name="authorName" defaultValue={value("authorName", article?.authorName)} error={errors.authorName} required />
          <SelectField label="Topic" name="topic" defaultValue={value("topic", article?.topic)} error={errors.topic}>
            <option value="">Choose a topic</option>
            {Object.entries(TOPIC_LABELS).map(([topic, label]) => (
              <option key={topic} value={topic}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextArea label="Excerpt" name="excerpt" className="field--span" rows={2} hint="One or two sentences for the journal list and link previews." defaultValue={value("excerpt", article?.excerpt)} error={errors.excerpt} required />
          <TextField
            label="Content note (optional)"
            name="contentNote"
            className="field--span"
            hint="Shown above the article, so readers can choose when to read it."
            defaultValue={value("contentNote", article?.contentNote)}
            error={errors.contentNote}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Body</legend>
        <TextArea
          label="Body, in Markdown"
          name="body"
          className="article-body-field"
          rows={18}
          hint="Paragraphs are separated by an empty line. ## starts a heading, **bold**, *italic*, [a link](https://…), - a list item."
          defaultValue={value("body", article?.body)}
          error={errors.body}
          required
        />
        <div className="form-actions">
          <button type="submit" name="intent" value="preview" className="button button--quiet" disabled={busy}>
            Preview
          </button>
          <span className="cell-note">Shows the body as readers will see it; nothing is saved.</span>
        </div>
        {result?.previewHtml !== undefined ? (
          <section className="article-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            {/* Rendered and sanitized on the server by the journal's own renderer. */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: result.previewHtml }} />
          </section>
        ) : null}
      </fieldset>

      <HeroImageFieldset currentKey={article?.heroImageKey} alt={value("heroAlt", article?.heroAlt)} errors={errors} />

      <fieldset>
        <legend>Shop the story</legend>
        <div className="story-links">
          <ChoiceList legend="Pieces" name="productIds" choices={choices.products} selected={productIds} error={errors.productIds} />
          <ChoiceList legend="Collections" name="collectionIds" choices={choices.collections} selected={collectionIds} error={errors.collectionIds} />
        </div>
      </fieldset>

      <fieldset aria-describedby={errors.publish ? "publish-error" : undefined}>
        <legend>Publishing</legend>
        <div className="publish-choices">
          <label className="checkbox">
            <input type="radio" name="publish" value="draft" defaultChecked={publish === "draft"} /> Draft: only staff can see it
          </label>
          <label className="checkbox">
            <input type="radio" name="publish" value="now" defaultChecked={publish === "now"} />{" "}
            {publishStateOf(article) === "now" ? "Published" : "Publish now"}
          </label>
          <label className="checkbox">
            <input type="radio" name="publish" value="schedule" defaultChecked={publish === "schedule"} /> Schedule for a date and time
          </label>
          <TextField
            label="Date and time (UTC)"
            name="publishAt"
            type="datetime-local"
            hint="Used when “Schedule” is chosen. The article appears on the journal at this time."
            defaultValue={publishAt}
            error={errors.publishAt}
          />
        </div>
        {errors.publish ? (
          <p className="field__error" id="publish-error">
            {errors.publish}
          </p>
        ) : null}
      </fieldset>

      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button" disabled={busy}>
          {busy && navigation.formData?.get("intent") === "save" ? "Saving…" : submitLabel}
        </button>
      </div>
    </Form>
  );
}

function ChoiceList({ legend, name, choices, selected, error }: { legend: string; name: string; choices: Choice[]; selected: Set<string>; error?: string }) {
  return (
    <fieldset className="choice-list" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
      {choices.length === 0 ? (
        <p className="cell-note">None yet.</p>
      ) : (
        <ul className="checkbox-list">
          {choices.map((choice) => (
            <li key={choice.id}>
              <label className="checkbox">
                <input type="checkbox" name={name} value={choice.id} defaultChecked={selected.has(choice.id)} />
                {choice.title}
                {choice.status === "DRAFT" ? <span className="cell-note"> (draft)</span> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
