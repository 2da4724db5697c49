import { readersOfAllWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { timestamps } from "../shared/common-fields";
import { SourceDocumentKindEnum } from "../shared/enums";
import { defineListQuery } from "../shared/list-query";

/**
 * A source document names what it is to everyone logged in (so that a passage shown beside a
 * figure can say where it comes from); its text, people and passages are for those who read
 * everything: a document speaks of several projects at once.
 */
const everyone = { skipTypeScopes: true } as const;

builder.prismaNode("SourceDocument", {
  authScopes: { permission: "read:all" },
  id: { field: "id", description: "Globalt id.", ...everyone },
  fields: (t) => ({
    title: t.exposeString("title", everyone),
    kind: t.expose("kind", { ...everyone, type: SourceDocumentKindEnum }),
    reference: t.exposeString("reference", { ...everyone, nullable: true }),
    documentDate: t.expose("documentDate", { ...everyone, type: "Date", nullable: true }),
    year: t.exposeInt("year", { ...everyone, nullable: true }),
    authorOrganisation: t.relation("authorOrganisation", {
      ...everyone,
      nullable: true,
      description: "Upprättad av: the author organisation.",
    }),
    officer: t.exposeString("officer", { nullable: true }),
    officerPhone: t.exposeString("officerPhone", { nullable: true }),
    addressee: t.exposeString("addressee", { nullable: true }),
    meetingDate: t.expose("meetingDate", { type: "Date", nullable: true }),
    signatories: t.exposeStringList("signatories"),
    summary: t.exposeString("summary", { nullable: true }),
    originalText: t.exposeString("originalText"),
    fileName: t.exposeString("fileName", { nullable: true }),
    passages: t.relation("passages", {
      description: "Textavsnitt that seeded figures point to.",
      query: { orderBy: { createdAt: "asc" } },
    }),
    ...timestamps(t),
  }),
});

builder.prismaNode("SourcePassage", {
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    document: t.relation("document", { description: "Källdokumentet." }),
    section: t.exposeString("section", { nullable: true }),
    quote: t.exposeString("quote"),
    ...timestamps(t),
  }),
});

defineListQuery(
  "sourceDocuments",
  {
    model: "SourceDocument",
    visibleTo: readersOfAllWhere,
    text: ["title", "reference", "summary", "officer", "originalText"],
    enums: { kind: { column: "kind", enumRef: SourceDocumentKindEnum, enumName: "SourceDocumentKind", description: "Dokumenttyp." } },
    ids: { author: { column: "authorOrganisationId", nodeType: "Organisation", description: "Upprättad av." } },
    ints: { year: { column: "year", description: "År." } },
    dates: { meetingDate: { column: "meetingDate", description: "Sammanträdesdatum." } },
    order: {
      YEAR: { column: "year", description: "År." },
      TITLE: { column: "title", description: "Titel." },
      MEETING_DATE: { column: "meetingDate", description: "Sammanträdesdatum." },
    },
    defaultOrder: [{ year: "asc" }, { title: "asc" }],
  },
  "Källdokument: the municipal papers the data comes from.",
);
