/**
 * What a cross-site iframe with third-party storage blocked does: reading `localStorage` or
 * `sessionStorage` throws a SecurityError. Returns the function that lifts the block.
 */
export function blockStorage(): () => void {
  const names = ['localStorage', 'sessionStorage'] as const;
  const originals = names.map((name) => Object.getOwnPropertyDescriptor(window, name));
  for (const name of names) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException(
          `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
          'SecurityError',
        );
      },
    });
  }
  return () => {
    names.forEach((name, i) => {
      const original = originals[i];
      if (original) Object.defineProperty(window, name, original);
      // jsdom keeps the getters on the prototype: removing ours shows them again.
      else Reflect.deleteProperty(window, name);
    });
  };
}
