import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { FormMessage, SelectField, TextField } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import {
  changeRole,
  EmailTakenError,
  inviteStaff,
  issuePasswordLink,
  LastOwnerError,
  listStaff,
  PASSWORD_LINK_HOURS,
  setUserActive,
  type StaffRow,
  UserNotFoundError,
} from "~/models/user.server";
import { fieldErrors } from "~/utils/admin-forms";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { shopOrigin } from "~/utils/origin.server";
import { PERMISSIONS, ROLE_DESCRIPTIONS, ROLE_LABELS, STAFF_ROLES } from "~/utils/permissions";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "Staff — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.staff);
  return json({ staff: await listStaff(), me: user.id }, { headers: NO_STORE });
}

const userId = z.string().min(1).max(64);
const role = z.enum(STAFF_ROLES, { errorMap: () => ({ message: "Choose a role." }) });
const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("invite"),
    name: z.string().trim().min(1, "Enter their name.").max(100, "Keep the name under 100 characters."),
    email: z.string().trim().toLowerCase().min(1, "Enter their email address.").max(254).email("Enter a valid email address."),
    role,
  }),
  z.object({ intent: z.literal("role"), userId, role }),
  z.object({ intent: z.literal("deactivate"), userId }),
  z.object({ intent: z.literal("reactivate"), userId }),
  z.object({ intent: z.literal("link"), userId }),
]);

type Result = {
  intent: string;
  userId?: string;
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  link?: string;
};

function reply(result: Result, status = 200) {
  return json(result, { status, headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.staff);
  const form = Object.fromEntries(await readForm(request));
  const parsed = schema.safeParse(form);
  const intent = typeof form.intent === "string" ? form.intent : "";
  if (!parsed.success) {
    const values = { name: String(form.name ?? ""), email: String(form.email ?? ""), role: String(form.role ?? "") };
    return reply({ intent, ok: false, message: "Please correct the fields marked below.", errors: fieldErrors(parsed.error), values }, 400);
  }
  const input = parsed.data;
  const actor = actorFor(request, user);
  const linkFor = (token: string) => `${shopOrigin(request)}/login/set-password?${new URLSearchParams({ token })}`;
  try {
    switch (input.intent) {
      case "invite": {
        const invited = await inviteStaff(actor, input);
        return reply({
          intent: input.intent,
          userId: invited.userId,
          ok: true,
          message: `${input.name} is invited as ${ROLE_LABELS[input.role]}. Give them this link to set their password; it works once, for ${PASSWORD_LINK_HOURS} hours.`,
          link: linkFor(invited.token),
        });
      }
      case "role":
        await changeRole(actor, input.userId, input.role);
        return reply({ intent: input.intent, userId: input.userId, ok: true, message: `Role changed to ${ROLE_LABELS[input.role]}.` });
      case "deactivate":
      case "reactivate":
        await setUserActive(actor, input.userId, input.intent === "reactivate");
        return reply({
          intent: input.intent,
          userId: input.userId,
          ok: true,
          message: input.intent === "deactivate" ? "Deactivated; every session of this account has ended." : "Reactivated.",
        });
      case "link": {
        const issued = await issuePasswordLink(actor, input.userId);
        return reply({
          intent: input.intent,
          userId: input.userId,
          ok: true,
          message: `A new set-password link; it works once, for ${PASSWORD_LINK_HOURS} hours, and earlier links no longer work.`,
          link: linkFor(issued.token),
        });
      }
    }
  } catch (error) {
    const target = "userId" in input ? input.userId : undefined;
    if (error instanceof EmailTakenError) {
      const values = { name: input.intent === "invite" ? input.name : "", email: input.intent === "invite" ? input.email : "", role: "" };
      return reply({ intent, ok: false, message: "Please correct the fields marked below.", errors: { email: "There is already an account with this email." }, values }, 409);
    }
    if (error instanceof LastOwnerError) {
      return reply({ intent, userId: target, ok: false, message: "The shop needs at least one active owner. Make someone else an owner first." }, 409);
    }
    if (error instanceof UserNotFoundError) return reply({ intent, userId: target, ok: false, message: "There is no staff account like that." }, 404);
    throw error;
  }
}

type ActionData = SerializeFrom<typeof action>;

export default function Staff() {
  const { staff, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1 className="admin-title">Staff</h1>
      <p className="muted">Who can use the back office, and for what. Deactivating someone ends their sessions at once.</p>
      <InviteForm result={actionData?.intent === "invite" ? actionData : undefined} />
      <section className="admin-section" aria-labelledby="staff-heading">
        <h2 id="staff-heading">Accounts</h2>
        <div className="table-scroll" role="region" aria-labelledby="staff-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="staff-caption"><span>{staff.length} staff accounts</span></caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Role</th>
                <th scope="col">Access</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((row) => (
                <StaffRowView key={row.id} row={row} isMe={row.id === me} pageResult={actionData?.userId === row.id && actionData.intent !== "invite" ? actionData : undefined} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function InviteForm({ result }: { result: ActionData | undefined }) {
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values = result?.values;
  useEffect(() => {
    if (result?.ok) formRef.current?.reset();
  }, [result]);
  return (
    <section className="admin-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      {result ? (
        result.ok ? (
          <FormMessage tone="success">
            <p>{result.message}</p>
            {result.link ? <code className="secret-link">{result.link}</code> : null}
          </FormMessage>
        ) : (
          <FormMessage>{result.message}</FormMessage>
        )
      ) : null}
      <Form method="post" ref={formRef} className="form-grid" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <TextField label="Name" name="name" autoComplete="off" required defaultValue={values?.name} error={errors.name} />
        <TextField label="Email" name="email" type="email" autoComplete="off" required defaultValue={values?.email} error={errors.email} />
        <SelectField label="Role" name="role" required defaultValue={values?.role || "INVENTORY"} error={errors.role}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]} — {ROLE_DESCRIPTIONS[r]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Invite
          </button>
        </div>
      </Form>
    </section>
  );
}

function StaffRowView({ row, isMe, pageResult }: { row: SerializeFrom<StaffRow>; isMe: boolean; pageResult: ActionData | undefined }) {
  const fetcher = useFetcher<typeof action>();
  const result = fetcher.data ?? pageResult;
  const status = !row.active ? (
    <span className="pill pill--muted">Deactivated</span>
  ) : row.hasPassword ? (
    <span className="pill pill--success">Active</span>
  ) : (
    <span className="pill pill--warning">Invited</span>
  );
  const roleId = `role-${row.id}`;
  return (
    <tr>
      <th scope="row">
        {row.name}
        {isMe ? " (you)" : ""}
        <span className="cell-note">{row.email}</span>
        <span className="cell-note">Since {formatDateTime(row.createdAt)}</span>
      </th>
      <td>{status}</td>
      <td>
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="role" />
          <input type="hidden" name="userId" value={row.id} />
          <label htmlFor={roleId} className="visually-hidden">
            Role of {row.name}
          </label>
          <select id={roleId} name="role" defaultValue={row.role}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--quiet button--small">
            Change role<span className="visually-hidden"> of {row.name}</span>
          </button>
        </fetcher.Form>
      </td>
      <td>
        <fetcher.Form method="post">
          <input type="hidden" name="userId" value={row.id} />
          {row.active ? (
            <button type="submit" name="intent" value="deactivate" className="button button--quiet button--small">
              Deactivate<span className="visually-hidden"> {row.name}</span>
            </button>
          ) : (
            <button type="submit" name="intent" value="reactivate" className="button button--quiet button--small">
              Reactivate<span className="visually-hidden"> {row.name}</span>
            </button>
          )}
          {row.active ? (
            <button type="submit" name="intent" value="link" className="button button--quiet button--small">
              New set-password link<span className="visually-hidden"> for {row.name}</span>
            </button>
          ) : null}
        </fetcher.Form>
        {result ? (
          <div role={result.ok ? "status" : "alert"} className={result.ok ? "cell-note" : "field__error"}>
            {result.message}
            {result.link ? <code className="secret-link">{result.link}</code> : null}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
