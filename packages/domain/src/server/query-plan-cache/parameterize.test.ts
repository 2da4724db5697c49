import { describe, expect, it } from "vitest";
import { getDatamodel } from "../../generated/pothos-types";
import * as enums from "../../generated/prisma/enums";
import { type Datamodel, parameterizeBatch, parameterizeQuery } from "./parameterize";

const datamodel: Datamodel = { models: getDatamodel().datamodel.models as unknown as Datamodel["models"], enums };
const P = (name: string) => ({ $type: "Param", value: name });
const date = (iso: string) => ({ $type: "DateTime", value: iso });
const grants = (args: Record<string, unknown>, selection: Record<string, unknown> = { $scalars: true }) => ({
  modelName: "Grant",
  action: "findMany",
  query: { arguments: args, selection },
});

describe("parameterizeQuery", () => {
  it("puts the values of scalar, enum, date and list filters in placeholders, and keeps take and ordering", () => {
    const { shape, values } = parameterizeQuery(
      grants({
        where: {
          id: "g1",
          status: { in: ["ACTIVE", "CLOSED"] },
          periodStartYear: { lte: 2015 },
          decisionDate: { gte: date("2015-01-01T00:00:00.000Z") },
        },
        orderBy: [{ decisionDate: "desc" }],
        take: 50,
      }),
      datamodel,
    );
    expect(shape).toEqual(
      grants({
        where: { id: P("p0"), status: { in: [P("p1"), P("p2")] }, periodStartYear: { lte: P("p3") }, decisionDate: { gte: P("p4") } },
        orderBy: [{ decisionDate: "desc" }],
        take: 50,
      }),
    );
    expect(values).toEqual({ p0: "g1", p1: "ACTIVE", p2: "CLOSED", p3: 2015, p4: "2015-01-01T00:00:00.000Z" });
  });

  it("keeps nulls, pattern filters, case-insensitive filters, JSON and list columns, and values of the wrong type", () => {
    const where = {
      projectId: null,
      title: { contains: "jour" },
      funderReference: { equals: "abc", mode: "insensitive" },
      periodEndYear: { gte: "2015", lte: 2 ** 31 }, // text for an Int, or beyond INT4: the compiler reports it
      status: { not: "NOT_A_STATUS" },
      decisionDate: { lt: "2015-01-01" }, // a date as plain text: the compiler formats it
      amountGranted: { gt: 1000 }, // a Decimal as a number: likewise
    };
    // The text pattern also makes the query one not worth keeping: each search is its own.
    expect(parameterizeQuery(grants({ where }), datamodel)).toEqual({ shape: grants({ where }), values: {}, cacheable: false });
  });

  it("follows relation filters, AND/OR/NOT and the where of selected relations into their own models", () => {
    const { shape, values } = parameterizeQuery(
      grants(
        {
          where: {
            OR: [{ funder: { is: { kind: "COUNTY_BOARD" } } }, { project: { name: "Q" } }],
            NOT: { conditions: { some: { status: "OPEN", blocksPayment: true } } },
          },
        },
        { id: true, conditions: { arguments: { where: { status: { not: "WAIVED" } } }, selection: { id: true } } },
      ),
      datamodel,
    );
    expect(shape).toEqual(
      grants(
        {
          where: {
            OR: [{ funder: { is: { kind: P("p0") } } }, { project: { name: P("p1") } }],
            NOT: { conditions: { some: { status: P("p2"), blocksPayment: P("p3") } } },
          },
        },
        { id: true, conditions: { arguments: { where: { status: { not: P("p4") } } }, selection: { id: true } } },
      ),
    );
    expect(Object.values(values)).toEqual(["COUNTY_BOARD", "Q", "OPEN", true, "WAIVED"]);
  });

  it("names the placeholders of a batch apart", () => {
    const one = (id: string) => ({
      modelName: "Grant",
      action: "findUnique",
      query: { arguments: { where: { id } }, selection: { id: true } },
    });
    const { shape, values } = parameterizeBatch({ batch: [one("a"), one("b")], transaction: null }, datamodel);
    expect(JSON.stringify(shape)).toContain('"value":"p1"');
    expect(values).toEqual({ p0: "a", p1: "b" });
  });

  it("leaves a query on an unknown model, or raw SQL, as it is", () => {
    const raw = { action: "queryRaw", query: { arguments: { query: "SELECT 1", parameters: "[]" }, selection: {} } };
    expect(parameterizeQuery(raw, datamodel)).toEqual({ shape: raw, values: {}, cacheable: false });
    const unknown = { modelName: "Nothing", action: "findMany", query: { arguments: { where: { id: "x" } } } };
    expect(parameterizeQuery(unknown, datamodel)).toEqual({ shape: unknown, values: {}, cacheable: true });
  });

  it("keeps no plan of a write's data", () => {
    const create = { modelName: "Grant", action: "createOne", query: { arguments: { data: { title: "Nytt" } }, selection: { id: true } } };
    expect(parameterizeQuery(create, datamodel).cacheable).toBe(false);
    expect(parameterizeQuery(grants({ where: { id: "g1" } }), datamodel).cacheable).toBe(true);
  });
});
