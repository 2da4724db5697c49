import { builder } from "../../builder";
import { SortDirectionEnum } from "./enums";

/** Shared filter inputs: the operators every `where` uses. */
export const IdFilter = builder.inputType("IdFilter", {
  description: "Filter on a related object by its global id.",
  fields: (t) => ({
    equals: t.id({ required: false, description: "Lika med." }),
    in: t.idList({ required: false, description: "Något av." }),
  }),
});

export const IntFilter = builder.inputType("IntFilter", {
  description: "Filter on a whole number such as a year.",
  fields: (t) => ({
    equals: t.int({ required: false, description: "Lika med." }),
    in: t.intList({ required: false, description: "Något av." }),
    gte: t.int({ required: false, description: "Större än eller lika med." }),
    lte: t.int({ required: false, description: "Mindre än eller lika med." }),
  }),
});

export const DateFilter = builder.inputType("DateFilter", {
  description: "Filter on a date (inclusive bounds).",
  fields: (t) => ({
    gte: t.field({ type: "Date", required: false, description: "Från och med." }),
    lte: t.field({ type: "Date", required: false, description: "Till och med." }),
    isNull: t.boolean({ required: false, description: "Sant: datumet saknas; falskt: datumet finns." }),
  }),
});

export const MoneyFilter = builder.inputType("MoneyFilter", {
  description: "Filter on an amount in kronor (inclusive bounds).",
  fields: (t) => ({
    gte: t.field({ type: "Money", required: false, description: "Minst." }),
    lte: t.field({ type: "Money", required: false, description: "Högst." }),
    isNull: t.boolean({ required: false, description: "Sant: beloppet saknas i källan; falskt: beloppet finns." }),
  }),
});

export { SortDirectionEnum };
