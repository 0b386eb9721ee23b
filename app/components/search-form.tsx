import { Form } from "@remix-run/react";

export const SEARCH_MAX_LENGTH = 200;

type Props = {
  /** Makes the input's id unique when a page has more than one search form. */
  idPrefix: string;
  defaultValue?: string;
  label?: string;
};

/** A GET form to /search: works without JavaScript, and navigates client-side with it. */
export function SearchForm({ idPrefix, defaultValue, label = "Search the shop" }: Props) {
  const inputId = `${idPrefix}-search`;
  return (
    <Form method="get" action="/search" role="search" className="search-form">
      <label htmlFor={inputId} className="search-form__label">
        {label}
      </label>
      <div className="search-form__row">
        <input
          id={inputId}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder="Necklace, silver hoops, gifts…"
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </Form>
  );
}
