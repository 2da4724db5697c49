import { Component, type ReactNode } from "react";
import { RouteError } from "./RouteProblem";

type Props = { pathname: string; children: ReactNode };
type State = { failed: boolean; pathname: string };

/**
 * Catches a page that crashes while rendering and shows RouteError in its place; going to
 * another address tries again. The error goes to the console for whoever investigates.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
