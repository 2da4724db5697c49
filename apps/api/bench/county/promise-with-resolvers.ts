// PostGraphile 5 (grafast) calls Promise.withResolvers, which Node has from 22; the repository runs
// on Node 20. Imported before postgraphile so the method exists when its modules first run.
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const promiseWithResolvers = Promise as unknown as { withResolvers?: WithResolvers };
promiseWithResolvers.withResolvers ??= <T>() => {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
