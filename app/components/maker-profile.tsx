import type { PublicMakerProfile } from "~/utils/maker-profile";
import { countryName } from "~/utils/maker-profile";

/**
 * A maker's public profile. The public page and the maker's own preview both render this, so
 * what she approves is exactly what the public sees.
 */
export function MakerProfileView({ profile, photoUrl }: { profile: PublicMakerProfile; photoUrl: string | null }) {
  const facts = [
    profile.makingSince ? `Making since ${profile.makingSince}` : null,
    profile.country ? countryName(profile.country) : null,
  ].filter(Boolean);
  return (
    <article className="maker-profile">
      {profile.hasPhoto && photoUrl ? (
        <img className="maker-profile__photo" src={photoUrl} width={640} height={800} alt={profile.displayName ?? "The maker"} />
      ) : null}
      <div>
        <p className="eyebrow">A maker in our studio</p>
        <h1>{profile.displayName ?? "One of our makers"}</h1>
        {facts.length ? <p className="muted">{facts.join(" · ")}</p> : null}
        {profile.quote ? <blockquote className="maker-profile__quote">“{profile.quote}”</blockquote> : null}
        {profile.bio ? <p>{profile.bio}</p> : null}
        {profile.skills.length ? (
          <>
            <h2 className="maker-profile__skills-title">Skills</h2>
            <ul className="maker-profile__skills">
              {profile.skills.map((skill) => (
                <li key={skill}>{skill}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </article>
  );
}
