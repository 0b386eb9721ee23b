import type { PublicMakerProfile } from "~/utils/maker-profile";
import { countryName } from "~/utils/maker-profile";

/**
 * A maker's public profile. The public page and the maker's own preview both render this, so
 * what she approves is exactly what the public sees. Inside the portal the page has its own
 * h1, so the preview's headings start lower (`headingLevel`); nothing else differs.
 */
export function MakerProfileView({
  profile,
  photoUrl,
  headingLevel = 1,
}: {
  profile: PublicMakerProfile;
  photoUrl: string | null;
  headingLevel?: 1 | 2 | 3;
}) {
  const Title = `h${headingLevel}` as const;
  const Subtitle = `h${(headingLevel + 1) as 2 | 3 | 4}` as const;
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
        <Title className="maker-profile__name">{profile.displayName ?? "One of our makers"}</Title>
        {facts.length ? <p className="muted">{facts.join(" · ")}</p> : null}
        {profile.quote ? <blockquote className="maker-profile__quote">“{profile.quote}”</blockquote> : null}
        {profile.bio ? <p>{profile.bio}</p> : null}
        {profile.skills.length ? (
          <>
            <Subtitle className="maker-profile__skills-title">Skills</Subtitle>
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
