import { Suspense, useState } from "react";
import { lazyComponent } from "../../shared/lazy";
import type { GrantDetail } from "./GrantFacts";

const GrantDialog = lazyComponent(
  () => import("./GrantDialog"),
  (m) => m.GrantDialog,
);

type Condition = GrantDetail["conditions"][number];
type Report = GrantDetail["reportRequirements"][number];
type Disbursement = GrantDetail["disbursements"][number];
export type Transition = "ACTIVE" | "REPORTED" | "CLOSED" | "WITHDRAWN";

export type Dialog =
  | { kind: "edit" }
  | { kind: "decide" }
  | { kind: "submit" }
  | { kind: "transition"; to: Transition }
  | { kind: "addCondition" }
  | { kind: "editCondition"; condition: Condition }
  | { kind: "resolveCondition"; condition: Condition }
  | { kind: "addReport" }
  | { kind: "editReport"; report: Report }
  | { kind: "addDisbursement" }
  | { kind: "markPaid"; disbursement: Disbursement };

/** The dialogs of the grant page: one open at a time, each with its own form. */
export function useGrantDialogs(grant: GrantDetail | null) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Loaded at the first opening, then kept (the modal's closing transition and focus return as before).
  const [used, setUsed] = useState(false);
  const open = (next: Dialog) => {
    setUsed(true);
    setDialog(next);
  };
  const modal = used && (
    <Suspense fallback={null}>
      <GrantDialog grant={grant} dialog={dialog} onClose={() => setDialog(null)} />
    </Suspense>
  );
  return { open, modal };
}
