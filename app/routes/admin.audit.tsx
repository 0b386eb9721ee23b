import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import { listAuditActors, listAuditEvents } from "~/models/admin-audit.server";
import { AUDIT_ENTITY_TYPES } from "~/utils/admin";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Audit log — Belonging back office" }];

const DAY = 24 * 60 * 60 * 1000;
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
// Filters come from the query string; anything malformed is ignored rather than an error.
const query = z.object({
  actor: z.string().min(1).max(64).optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.audit);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const filter = query.parse(params);
  const [{ events, hasMore }, actors] = await Promise.all([
    listAuditEvents(
      {
        actorId: filter.actor,
        entityType: filter.entity,
        from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
        // "To" includes the whole day.
        to: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY) : undefined,
      },
      filter.page,
    ),
    listAuditActors(),
  ]);
  return json({ events, hasMore, actors, filter }, { headers: NO_STORE });
}

function pageLink(filter: Record<string, string | number | undefined>, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) if (value !== undefined) params.set(key, String(value));
  return `?${params}`;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  return <pre className="audit-json">{JSON.stringify(value, null, 1)}</pre>;
}

export default function AuditLog() {
  const { events, hasMore, actors, filter } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="admin-title">Audit log</h1>
      <p className="muted">Every change staff make, who made it and from where. Entries can never be edited or removed.</p>
      <Form method="get" className="filters">
        <SelectField label="Who" name="actor" defaultValue={filter.actor ?? ""}>
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.email})
            </option>
          ))}
        </SelectField>
        <SelectField label="What" name="entity" defaultValue={filter.entity ?? ""}>
          <option value="">Everything</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" defaultValue={filter.from} />
        <TextField label="To" name="to" type="date" defaultValue={filter.to} />
        <button type="submit" className="button button--small">
          Filter
        </button>
      </Form>
      {events.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="audit-caption">
              <span>
                Changes, newest first (page {filter.page})
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">IP</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">{formatDateTime(event.createdAt)}</th>
                  <td>{event.actor ? event.actor.name : <span className="muted">Nobody signed in</span>}</td>
                  <td>
                    {event.action}
                    <span className="cell-note">
                      {event.entityType} {event.entityId}
                    </span>
                  </td>
                  <td>
                    <Json value={event.before} />
                  </td>
                  <td>
                    <Json value={event.after} />
                  </td>
                  <td>{event.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Audit log pages">
        {filter.page > 1 ? <Link to={pageLink(filter, filter.page - 1)}>Newer entries</Link> : <span />}
        {hasMore ? <Link to={pageLink(filter, filter.page + 1)}>Older entries</Link> : null}
      </nav>
    </>
  );
}
