// Every portal language file says everything English says, in messages that parse, with the
// same placeholders, and with plurals that work in that language.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { portalIntl, portalLanguages, portalLocalesDir } from "~/i18n/portal-language.server";

const dir = portalLocalesDir();
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, string>;
const english = read("en.json");
const others = readdirSync(dir).filter((file) => file.endsWith(".json") && file !== "en.json");

/** The placeholder names a message uses, nested ones included ({count, plural, one {# {what}}}). */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

describe("portal translations", () => {
  it("has languages beyond English to check", () => {
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(portalLanguages().map((language) => language.code)).toEqual(["en", ...others.map((file) => file.replace(".json", "")).sort()]);
  });

  for (const file of others) {
    describe(file, () => {
      const messages = read(file);

      it("has every message English has, and none English lacks", () => {
        expect(Object.keys(english).filter((id) => !(id in messages))).toEqual([]);
        expect(Object.keys(messages).filter((id) => !(id in english))).toEqual([]);
      });

      it("says each message in its own words, with the placeholders English uses", () => {
        const mismatched = Object.keys(english).filter((id) => {
          if (!(id in messages)) return false;
          const theirs = [...placeholders(parse(messages[id]!))].sort();
          return JSON.stringify(theirs) !== JSON.stringify([...placeholders(parse(english[id]!))].sort());
        });
        expect(mismatched).toEqual([]);
        // Names (of the language, the icon) may stay the same; sentences may not.
        const untranslated = Object.keys(english).filter((id) => english[id]!.includes(" ") && messages[id] === english[id]);
        expect(untranslated).toEqual([]);
      });

      it("formats plurals for 0, 1, 2 and 12 in that language", () => {
        const intl = portalIntl(file.replace(".json", ""));
        for (const count of [0, 1, 2, 12]) {
          expect(intl.formatMessage({ id: "history.count" }, { count })).not.toMatch(/[{}]/);
          expect(intl.formatMessage({ id: "account.idle" }, { hours: count })).toContain(intl.formatNumber(count));
        }
      });
    });
  }

});
