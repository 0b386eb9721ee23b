import { CONSENT_STATUS_LABELS, type ConsentStatus } from "~/utils/maker-profile";

const TONES: Record<ConsentStatus, string> = {
  public: "pill--success",
  "expires-soon": "pill--warning",
  ended: "pill--muted",
  withdrawn: "pill--muted",
  "nothing-public": "pill--muted",
};

export function ConsentStatusPill({ status }: { status: ConsentStatus }) {
  return <span className={`pill ${TONES[status]}`}>{CONSENT_STATUS_LABELS[status]}</span>;
}

export const PORTAL_STATE_LABELS = {
  none: "No access yet",
  invited: "Invited, not signed up",
  active: "Signed up",
  inactive: "Turned off",
} as const;
