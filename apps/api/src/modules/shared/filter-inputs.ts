import { builder } from "../../builder";
import { SortDirectionEnum } from "./enums";

/**
 * Shared filter inputs: the operators every `where` uses. Bounds are inclusive (`gte`, `lte`) or
 * exclusive (`gt`, `lt`); `isNull` asks whether a value is missing. Each list's `where` also has
 * `AND`, `OR` and `NOT` (list-query.ts).
 */
export const IdFilter = builder.inputType("IdFilter", {
  description: "Filter on a related object by its global id (the `id` of the object, or of an aggregate group's key).",
  fields: (t) => ({
    equals: t.id({ required: false, description: "Lika med." }),
    in: t.idList({ required: false, description: "Något av." }),
    notIn: t.idList({ required: false, description: "Inget av." }),
    isNull: t.boolean({ required: false, description: "Sant: ingen är angiven; falskt: någon är angiven." }),
  }),
});

export const IntFilter = builder.inputType("IntFilter", {
  description: "Filter on a whole number such as a year.",
  fields: (t) => ({
    equals: t.int({ required: false, description: "Lika med." }),
    in: t.intList({ required: false, description: "Något av." }),
    notIn: t.intList({ required: false, description: "Inget av." }),
    gt: t.int({ required: false, description: "Större än." }),
    gte: t.int({ required: false, description: "Större än eller lika med." }),
    lt: t.int({ required: false, description: "Mindre än." }),
    lte: t.int({ required: false, description: "Mindre än eller lika med." }),
  }),
});

export const DateFilter = builder.inputType("DateFilter", {
  description: "Filter on a date.",
  fields: (t) => ({
    equals: t.field({ type: "Date", required: false, description: "Samma dag." }),
    gt: t.field({ type: "Date", required: false, description: "Efter." }),
    gte: t.field({ type: "Date", required: false, description: "Från och med." }),
    lt: t.field({ type: "Date", required: false, description: "Före." }),
    lte: t.field({ type: "Date", required: false, description: "Till och med." }),
    isNull: t.boolean({ required: false, description: "Sant: datumet saknas; falskt: datumet finns." }),
  }),
});

export const MoneyFilter = builder.inputType("MoneyFilter", {
  description: "Filter on an amount in kronor.",
  fields: (t) => ({
    equals: t.field({ type: "Money", required: false, description: "Lika med." }),
    gt: t.field({ type: "Money", required: false, description: "Mer än." }),
    gte: t.field({ type: "Money", required: false, description: "Minst." }),
    lt: t.field({ type: "Money", required: false, description: "Mindre än." }),
    lte: t.field({ type: "Money", required: false, description: "Högst." }),
    isNull: t.boolean({ required: false, description: "Sant: beloppet saknas i källan; falskt: beloppet finns." }),
  }),
});

export { SortDirectionEnum };
