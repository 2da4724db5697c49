import { type GraphQLSchema, isInterfaceType, isObjectType } from "graphql";

const FIELD_DESCRIPTIONS: Record<string, string> = {
  edges: "The items of this page, each with its cursor.",
  pageInfo: "Sidinformation: whether more pages exist and the cursors to fetch them.",
  totalCount: "Antal: how many items match the filter in all pages.",
  cursor: "Opaque cursor of this item; pass it as `after` to fetch the next page.",
  node: "The item.",
  endCursor: "Cursor of the last item on this page.",
  startCursor: "Cursor of the first item on this page.",
  hasNextPage: "Whether there are more items after this page.",
  hasPreviousPage: "Whether there are items before this page.",
  id: "Globalt id (Relay): stable, opaque, usable with `node(id:)`.",
};

/**
 * The Relay plugin generates connection, edge and PageInfo types without descriptions.
 * Analysts read descriptions in the explorer, so fill in the generated ones here, once.
 */
export function describeRelayTypes(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith("__")) continue;
    if (!type.description && type.name.endsWith("ConnectionEdge"))
      type.description = "One item of a connection with its cursor (Relay edge).";
    else if (!type.description && type.name.endsWith("Connection"))
      type.description = "A page of items (Relay connection) with totalCount and pageInfo.";
    for (const field of Object.values(type.getFields())) {
      if (!field.description && FIELD_DESCRIPTIONS[field.name]) field.description = FIELD_DESCRIPTIONS[field.name];
      for (const arg of field.args) {
        if (!arg.description && arg.name === "id") arg.description = "Globalt id.";
        if (!arg.description && arg.name === "ids") arg.description = "Globala id.";
      }
    }
  }
  return schema;
}
