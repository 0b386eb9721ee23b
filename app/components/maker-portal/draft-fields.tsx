import { SelectField, TextArea, TextField } from "~/components/admin/field";
import type { ProfileDraftValues } from "~/utils/maker-profile-form";

/** The labels and hints of a draft's fields: the maker's own (in her language) or staff's. */
export type DraftWords = {
  displayName: string;
  displayNameHint: string;
  usesRealName: string;
  bio: string;
  bioHint: string;
  quote: string;
  quoteHint: string;
  makingSince: string;
  country: string;
  countryHint: string;
  noCountry: string;
  skills: string;
};

/** A country for the select, named on the server (see countryOptions). */
export type CountryOption = { code: string; name: string };

/** The words of a profile draft, for her portal and the back office. Same fields, same rules. */
export function DraftFields({
  words,
  values,
  errors,
  countries,
}: {
  words: DraftWords;
  values: ProfileDraftValues;
  errors: Record<string, string | undefined>;
  countries: CountryOption[];
}) {
  return (
    <>
      <TextField
        label={words.displayName}
        hint={words.displayNameHint}
        name="displayName"
        required
        maxLength={60}
        defaultValue={values.displayName}
        error={errors.displayName}
      />
      <label className="checkbox draft-checkbox">
        <input type="checkbox" name="usesRealName" defaultChecked={values.usesRealName} />
        {words.usesRealName}
      </label>
      <TextArea label={words.bio} hint={words.bioHint} name="bio" rows={5} maxLength={800} defaultValue={values.bio} error={errors.bio} />
      <TextArea label={words.quote} hint={words.quoteHint} name="quote" rows={2} maxLength={200} defaultValue={values.quote} error={errors.quote} />
      <TextField
        label={words.makingSince}
        name="makingSince"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        defaultValue={values.makingSince}
        error={errors.makingSince}
        className="field--short"
      />
      <SelectField label={words.country} hint={words.countryHint} name="country" defaultValue={values.country} error={errors.country}>
        <option value="">{words.noCountry}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <TextArea label={words.skills} name="skills" rows={4} defaultValue={values.skills} error={errors.skills} />
    </>
  );
}
