import type { Locale } from "@bk/domain";
import type { MessageKey } from "../../i18n/messages";

/**
 * Example queries shipped with the explorer, one click to open each in the editor. Each one is
 * checked against apps/api/schema.graphql by examples.test.ts. `variables` gets today's date
 * (YYYY-MM-DD) so that examples about "now" open with a date the analyst can change, and the
 * interface's language for the labels the API words (an aggregate's keys).
 */
export type ExplorerExample = {
  id: string;
  titleKey: MessageKey;
  query: string;
  variables?: (today: string, locale: Locale) => Record<string, unknown>;
};

export const EXPLORER_EXAMPLES: ExplorerExample[] = [
  {
    id: "granted-per-year-per-funder",
    titleKey: "explorer.example.grantedPerYearPerFunder",
    query: `# Beviljat per år och finansiär i en fråga: grupper efter två dimensioner [YEAR, FUNDER].
# Ett flerårigt bidrag räknas i varje år med sin andel. En finansiärs "id" kan användas som filter:
# grants(where: { funder: { equals: "<id>" } }). Filtrera med where, t.ex. where: { status: { in: [GRANTED] } }.
query GrantedPerYearPerFunder($language: Language) {
  grantAggregate(
    groupBy: [YEAR, FUNDER]
    orderBy: [{ dimension: YEAR, direction: DESC }, { measure: AMOUNT_GRANTED, direction: DESC }]
    first: 200
  ) {
    totalCount
    edges {
      node {
        keys {
          dimension
          label(language: $language)
        }
        count
        amountApplied
        amountGranted
      }
    }
  }
}`,
    variables: (_today, locale) => ({ language: locale === "en" ? "EN" : "SV" }),
  },
  {
    id: "co-financing-organisations",
    titleKey: "explorer.example.coFinancers",
    query: `# Vilka organisationer medfinansierar flest projekt: medfinansiering per organisation, flest projekt först.
query CoFinancers {
  contributionAggregate(groupBy: [ORGANISATION], orderBy: [{ measure: PROJECT_COUNT, direction: DESC }], first: 100) {
    edges {
      node {
        keys {
          dimension
          label
        }
        projectCount
        count
        cashAmount
        inKindAmount
      }
    }
  }
}`,
  },
  {
    id: "awaiting-decision",
    titleKey: "explorer.example.awaitingDecision",
    query: `# Ansökningar som väntar på beslut.
query AwaitingDecision {
  grants(first: 100, where: { status: { in: [SUBMITTED] } }, orderBy: [{ field: SUBMITTED_DATE }]) {
    edges {
      node {
        title
        submittedDate
        amountApplied
        funder {
          name
        }
        recipient {
          name
        }
      }
    }
  }
}`,
  },
  {
    id: "overdue-as-of",
    titleKey: "explorer.example.overdueAsOf",
    query: `# Vad som behöver åtgärdas per ett datum ("today" under Variables): försenade villkor har kind CONDITION_OVERDUE.
query AttentionAsOf($today: Date!) {
  attention(today: $today, first: 100) {
    totalCount
    edges {
      node {
        kind
        grantTitle
        text
        dueDate
        daysLeft
      }
    }
  }
}`,
    variables: (today) => ({ today }),
  },
  {
    id: "project-financing-per-year",
    titleKey: "explorer.example.projectFinancing",
    query: `# Ett projekts finansiering per år (ändra "text" under Variables till projektets namn).
query ProjectFinancing($text: String) {
  projects(first: 5, where: { text: $text }) {
    edges {
      node {
        name
        financing {
          year
          need
          secured
          pending
          gap
        }
      }
    }
  }
}`,
    variables: () => ({ text: "" }),
  },
  {
    id: "indicator-values-over-time",
    titleKey: "explorer.example.indicatorValues",
    query: `# Indikatorernas värden över tid.
query IndicatorValues {
  indicators(first: 20) {
    edges {
      node {
        name
        unit
        observations {
          periodStart
          periodEnd
          breakdown
          displayValue
        }
      }
    }
  }
}`,
  },
  {
    id: "indicator-values-by-breakdown",
    titleKey: "explorer.example.indicatorValuesByBreakdown",
    query: `# Indikatorvärden per år och uppdelning, summerade i databasen (groupBy).
# En summa med skyddade små antal personer visas tom (protected: true).
query IndicatorValuesByBreakdown {
  observationAggregate(groupBy: [INDICATOR, YEAR, BREAKDOWN], first: 200) {
    totalCount
    edges {
      node {
        key {
          indicator {
            name
            unit
          }
          year
          breakdown
        }
        count
        sum
        protected
      }
    }
  }
}`,
  },
];
