import { Form, Link } from "@remix-run/react";

type Status = "DRAFT" | "PUBLISHED" | "ARCHIVED";

/** Where a product or collection stands in the shop, with Publish / Unpublish and Archive. */
export function PublicationStatusBar({ status, publicPath, busy }: { status: Status; publicPath: string; busy: boolean }) {
  return (
    <div className="status-bar">
      <span>
        {status === "PUBLISHED" ? (
          <>
            In the shop at <Link to={publicPath}>{publicPath}</Link>
          </>
        ) : status === "DRAFT" ? (
          "A draft: only staff can see it."
        ) : (
          "Archived: hidden from the shop."
        )}
      </span>
      <Form method="post">
        <input type="hidden" name="intent" value="status" />
        {status !== "PUBLISHED" ? (
          <button type="submit" name="status" value="PUBLISHED" className="button button--small" disabled={busy}>
            Publish
          </button>
        ) : (
          <button type="submit" name="status" value="DRAFT" className="button button--quiet button--small" disabled={busy}>
            Unpublish
          </button>
        )}
      </Form>
      {status !== "ARCHIVED" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="status" />
          <button type="submit" name="status" value="ARCHIVED" className="button button--quiet button--small" disabled={busy}>
            Archive
          </button>
        </Form>
      ) : null}
    </div>
  );
}
