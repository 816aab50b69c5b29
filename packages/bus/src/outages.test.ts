import { ClosedConnectionError, TimeoutError } from '@nats-io/nats-core';
import { dependencyDown } from './outages.js';

describe('dependencyDown', () => {
  it('names the broker for the NATS client’s own errors, also as a cause', () => {
    expect(dependencyDown(new ClosedConnectionError())).toBe('broker');
    const wrapped = new Error('publish failed', { cause: new TimeoutError() });
    expect(dependencyDown(wrapped)).toBe('broker');
  });

  it('does not take any error named TimeoutError (an aborted fetch) for the broker', () => {
    const aborted = Object.assign(new Error('The operation was aborted due to timeout'), {
      name: 'TimeoutError',
    });
    expect(dependencyDown(aborted)).toBeUndefined();
  });
});
