import { formatMoney } from "@bk/domain";
import { Anchor, List, Text } from "@mantine/core";
import { Link } from "react-router";
import type { PossibleSourceFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";

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

/**
 * "Who could contribute?" for a gap's year: the partners and funders who paid before and have nothing
 * for it, and the programmes that run in it and fit the project, each linked to its page.
 */
export function PossibleSources({ year, sources }: { year: number; sources: readonly Source[] }) {
  const { t } = useI18n();
  const text = useSourceText();
  const groups = [
    { key: "paid", heading: t("fin.possibleSources", { year }), items: sources.filter((s) => s.kind !== "PROGRAMME") },
    { key: "programmes", heading: t("fin.programmeSources", { year }), items: sources.filter((s) => s.kind === "PROGRAMME") },
  ].filter((g) => g.items.length > 0);
  if (!groups.length) return null;
  return (
    <div data-testid="possible-sources">
      {groups.map((g) => (
        <div key={g.key} data-testid={`possible-sources-${g.key}`}>
          <Text size="sm" mt="xs">
            {g.heading}
          </Text>
          <List size="sm">
            {g.items.map((s) => (
              <List.Item key={`${s.kind}-${s.link ?? s.name}`} data-kind={s.kind}>
                <SourceName source={s} />: {text(s)}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </div>
  );
}
