import { Fragment } from 'react';

/**
 * Store text joined with a separator, each part in its own `<bdi>`: a right-to-left override in one
 * part (a city, say) then stays inside that part instead of reversing the separator and the parts
 * after it. Arabic or Hebrew parts still read right to left, as they should.
 */
export function IsolatedList({ parts, separator = ', ' }: { parts: string[]; separator?: string }) {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi>{part}</bdi>
    </Fragment>
  ));
}
