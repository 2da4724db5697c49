import { useQuery } from "@apollo/client/react";
import { Combobox, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { useNavigate } from "../../shared/router";
import { SEARCH } from "./search.queries";

/** One search box in the header: grants, projects and organisations, ignoring case and å/ä/ö. */
export function HeaderSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { data } = useQuery(SEARCH, { variables: { text: debounced }, skip: debounced.length < 2 });
  const groups = [
    {
      label: t("search.grants"),
      items: data?.search.grants.map((g) => ({ value: `/grants/${encodeURIComponent(g.id)}`, label: g.title })) ?? [],
    },
    {
      label: t("search.projects"),
      items: data?.search.projects.map((p) => ({ value: `/grants?q=${encodeURIComponent(p.name)}`, label: p.name })) ?? [],
    },
    {
      label: t("search.organisations"),
      items: data?.search.organisations.map((o) => ({ value: `/grants?q=${encodeURIComponent(o.name)}`, label: o.name })) ?? [],
    },
  ].filter((g) => g.items.length);

  return (
    <Combobox
      store={combobox}
      width={Math.min(420, window.innerWidth - 32)}
      position="bottom-end"
      onOptionSubmit={(value) => {
        navigate(value);
        setText("");
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          type="search"
          size="xs"
          w={{ base: "100%", sm: 160, md: 280 }}
          aria-label={t("search.placeholder")}
          placeholder={t("search.placeholder")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2} data-testid="search-results">
        <Combobox.Options>
          {groups.length === 0 ? (
            <Combobox.Empty>{t("search.none")}</Combobox.Empty>
          ) : (
            groups.map((g) => (
              <Combobox.Group key={g.label} label={g.label}>
                {g.items.map((i) => (
                  <Combobox.Option key={i.value + i.label} value={i.value}>
                    {i.label}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
