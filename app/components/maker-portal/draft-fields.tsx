import { SelectField, TextArea, TextField } from "~/components/admin/field";
import { MAX_SKILLS, type ProfileDraftValues } from "~/utils/maker-profile-form";
import { countryOptions } from "~/utils/maker-profile";

type Voice = "maker" | "staff";

// The maker reads about herself; staff read about her. Same fields, same rules.
const WORDS = {
  displayName: {
    maker: ["The name to show", "Your first name, or any name you choose. Many makers choose a name that is not their real one."],
    staff: ["Display name", "A chosen name unless she wants her real first name shown."],
  },
  usesRealName: { maker: "This is my real first name", staff: "This is her real first name (only if she chose it)" },
  bio: {
    maker: ["About my craft", "What you make, the skills you are proud of, what you would like to learn next."],
    staff: ["About her craft", "Her craft, skills and goals, in words she agrees with. Never anything about her past."],
  },
  quote: { maker: ["A quote (you can leave it empty)", "Something you like to say about your work."], staff: ["A quote (optional)", "Her own words about her work."] },
  makingSince: { maker: "The year I started making (you can leave it empty)", staff: "Making since (year, optional)" },
  country: {
    maker: ["My country (you can leave it empty)", "Only a country, never a city or a place."],
    staff: ["Country (optional)", "Nothing finer than a country is ever stored."],
  },
  skills: { maker: "My skills, one on each line", staff: `Skills, one per line (up to ${MAX_SKILLS})` },
} as const;

/** The words of a profile draft, for her portal and the back office. */
export function DraftFields({ voice, values, errors }: { voice: Voice; values: ProfileDraftValues; errors: Record<string, string | undefined> }) {
  const countries = countryOptions();
  return (
    <>
      <TextField
        label={WORDS.displayName[voice][0]}
        hint={WORDS.displayName[voice][1]}
        name="displayName"
        required
        maxLength={60}
        defaultValue={values.displayName}
        error={errors.displayName}
      />
      <label className="checkbox draft-checkbox">
        <input type="checkbox" name="usesRealName" defaultChecked={values.usesRealName} />
        {WORDS.usesRealName[voice]}
      </label>
      <TextArea label={WORDS.bio[voice][0]} hint={WORDS.bio[voice][1]} name="bio" rows={5} maxLength={800} defaultValue={values.bio} error={errors.bio} />
      <TextArea label={WORDS.quote[voice][0]} hint={WORDS.quote[voice][1]} name="quote" rows={2} maxLength={200} defaultValue={values.quote} error={errors.quote} />
      <TextField
        label={WORDS.makingSince[voice]}
        name="makingSince"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        defaultValue={values.makingSince}
        error={errors.makingSince}
        className="field--short"
      />
      <SelectField label={WORDS.country[voice][0]} hint={WORDS.country[voice][1]} name="country" defaultValue={values.country} error={errors.country}>
        <option value="">No country</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <TextArea label={WORDS.skills[voice]} name="skills" rows={4} defaultValue={values.skills} error={errors.skills} />
    </>
  );
}
