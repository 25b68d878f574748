import { Component, type ReactNode } from 'react';

/** A section that fails to load or render shows a message instead of blanking the whole panel. */
export class SectionBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <div className="message message-error" role="alert">
        {this.props.message}
      </div>
    ) : (
      this.props.children
    );
  }
}
