import { useEffect, useState } from "react";
import { usePortalT } from "~/i18n/portal";

type InstallPrompt = Event & { prompt(): Promise<void> };

/**
 * "Add to home screen": the steps in words, and a button where the browser offers to install
 * the portal itself (Chrome's beforeinstallprompt), so she never needs to remember an address.
 */
export function HomeScreenOffer() {
  const t = usePortalT();
  const [install, setInstall] = useState<InstallPrompt | null>(null);
  useEffect(() => {
    const offer = (event: Event) => {
      event.preventDefault();
      setInstall(event as InstallPrompt);
    };
    window.addEventListener("beforeinstallprompt", offer);
    return () => window.removeEventListener("beforeinstallprompt", offer);
  }, []);
  return (
    <section aria-labelledby="home-screen-heading" className="portal-section portal-home-screen">
      <h2 id="home-screen-heading">{t("home.heading")}</h2>
      <p>{t("home.text")}</p>
      {install ? (
        <button type="button" className="button portal-button" onClick={() => void install.prompt().then(() => setInstall(null))}>
          {t("home.button")}
        </button>
      ) : (
        <p className="portal-note">{t("home.steps")}</p>
      )}
    </section>
  );
}
