import { useState } from "react";
import { TextField } from "~/components/admin/field";
import { useHydrated } from "~/components/use-hydrated";
import { usePortalT } from "~/i18n/portal";

/**
 * Her secret words, with a "Show" box to see what she typed. The box needs JavaScript, so it
 * appears only once the page has it; without, the field is a plain password field.
 */
export function SecretField({
  label,
  name,
  autoComplete,
  hint,
  error,
  minLength,
}: {
  label: string;
  name: string;
  autoComplete: "new-password" | "current-password";
  hint?: string;
  error?: string;
  minLength?: number;
}) {
  const t = usePortalT();
  const hydrated = useHydrated();
  const [shown, setShown] = useState(false);
  return (
    <div className="portal-secret">
      <TextField
        label={label}
        name={name}
        type={shown ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        required
        minLength={minLength}
        hint={hint}
        error={error}
      />
      {hydrated ? (
        <label className="checkbox portal-secret__show">
          <input type="checkbox" checked={shown} onChange={(event) => setShown(event.currentTarget.checked)} aria-controls={name} />
          {t("secret.show")}
        </label>
      ) : null}
    </div>
  );
}
