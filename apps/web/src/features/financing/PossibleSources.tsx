import { formatMoney } from "@bk/domain";
import { Anchor, Button, List, Text } from "@mantine/core";
import { useState } from "react";
import type { PossibleSourceFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { Link } from "../../shared/router";

type Source = PossibleSourceFieldsFragment;

/** Where a source's link leads: an organisation's page, or the programme's card on the programme overview. */
const linkTo = (s: Source) =>
  s.kind === "PROGRAMME" ? `/programmes#${encodeURIComponent(s.link ?? "")}` : `/partners/${encodeURIComponent(s.link ?? "")}`;

/** A source's name, linked where the API names what to link to. */
function SourceName({ source }: { source: Source }) {
  if (!source.link) return <>{source.name}</>;
  return (
    <Anchor component={Link} to={linkTo(source)} size="sm">
      {source.name}
    </Anchor>
  );
}

/** What a partner or funder paid last, or what a programme granted the project (or its recipient) last. */
function useSourceText() {
  const { t } = useI18n();
  return (s: Source) => {
    if (s.kind !== "PROGRAMME") {
      return s.lastAmount
        ? t("fin.possibleSource", { amount: formatMoney(s.lastAmount), lastYear: s.lastYear ?? "" })
        : t("fin.possibleSourceNoAmount", { lastYear: s.lastYear ?? "" });
    }
    const amount = s.lastAmount ? formatMoney(s.lastAmount) : t("fin.programmeSource.amountUnknown");
    const granted =
      s.lastYear == null
        ? t("fin.programmeSource.none")
        : s.lastRecipientName
          ? t("fin.programmeSource.RECIPIENT", { recipient: s.lastRecipientName, amount, lastYear: s.lastYear })
          : t("fin.programmeSource.PROJECT", { amount, lastYear: s.lastYear });
    return s.eligibility === "NOT_KNOWN" ? `${granted} ${t("fin.programmeSource.notKnown")}` : granted;
  };
}

/** How many of a group show at first: on a large county a gap can have dozens of programmes. */
const FIRST = 5;

/** One group of sources under its heading: the first few, and the rest on request. */
function SourceGroup({ id, heading, items }: { id: string; heading: string; items: readonly Source[] }) {
  const { t } = useI18n();
  const text = useSourceText();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <div data-testid={`possible-sources-${id}`}>
      <Text size="sm" mt="xs">
        {heading}
      </Text>
      <List size="sm">
        {shown.map((s) => (
          <List.Item key={`${s.kind}-${s.link ?? s.name}`} data-kind={s.kind}>
            <SourceName source={s} />: {text(s)}
          </List.Item>
        ))}
      </List>
      {items.length > FIRST && (
        <Button variant="subtle" size="xs" mt={4} onClick={() => setAll(!all)}>
          {all ? t("fin.sources.showFewer") : t("fin.sources.showAll", { count: items.length })}
        </Button>
      )}
    </div>
  );
}

/**
 * "Who could contribute?" for a gap's year: the partners and funders who paid before and have nothing
 * for it, and the programmes that run in it and fit the project, each linked to its page.
 */
export function PossibleSources({ year, sources }: { year: number; sources: readonly Source[] }) {
  const { t } = useI18n();
  const groups = [
    { key: "paid", heading: t("fin.possibleSources", { year }), items: sources.filter((s) => s.kind !== "PROGRAMME") },
    { key: "programmes", heading: t("fin.programmeSources", { year }), items: sources.filter((s) => s.kind === "PROGRAMME") },
  ].filter((g) => g.items.length > 0);
  if (!groups.length) return null;
  return (
    <div data-testid="possible-sources">
      {groups.map((g) => (
        <SourceGroup key={g.key} id={g.key} heading={g.heading} items={g.items} />
      ))}
    </div>
  );
}
