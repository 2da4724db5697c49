import { Text } from "@mantine/core";
import { fieldLine, type WordedChange } from "./format-change";

const wrap = { overflowWrap: "anywhere" } as const;

/** A change's fields: compactly on one line for a record made or removed, one line per field for an edit. */
export function ChangeFields({ change }: { change: WordedChange }) {
  if (!change.fields.length) return null;
  if (change.oneSided) {
    return (
      <Text size="xs" lineClamp={6} style={wrap}>
        {change.fields.map((f) => fieldLine(f, true)).join(" · ")}
      </Text>
    );
  }
  return change.fields.map((f) => (
    <Text key={f.field} size="xs" lineClamp={3} style={wrap}>
      {fieldLine(f, false)}
    </Text>
  ));
}
