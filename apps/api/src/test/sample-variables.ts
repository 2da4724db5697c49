import {
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
} from "graphql";

const SCALARS: Record<string, unknown> = {
  Int: 100,
  Float: 1,
  Boolean: true,
  String: "x",
  ID: "UHJvamVjdDp4", // Project:x, a well-formed global id
  Date: "2020-01-01",
  DateTime: "2020-01-01T00:00:00Z",
  Money: "1",
};

/** Names the node type of an ID at a path (e.g. "input.indicatorId"); by default any Project id. */
export type IdFor = (path: string) => string;

/** A value of the given input type with every required field filled (lists of one, page sizes of 100). */
export function sampleValue(type: GraphQLInputType, path = "", idFor?: IdFor): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, path, idFor);
  if (isListType(type)) return [sampleValue(type.ofType, path, idFor)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sampleValue(f.type, path ? `${path}.${f.name}` : f.name, idFor)]));
  }
  if (type.name === "ID" && idFor) return Buffer.from(`${idFor(path)}:00000000-0000-0000-0000-000000000000`).toString("base64");
  return SCALARS[type.name] ?? "x";
}

/** Variables for an operation, every one given a sample value of its type. */
export function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sampleValue(typeFromAST(schema, v.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType),
    ]),
  );
}
