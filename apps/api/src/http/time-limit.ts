/**
 * What `work` gives, or what `late()` gives (or throws) once `ms` have passed without it; the timer
 * goes either way. For a wait on the database that must not hold up an answer for long.
 */
export async function withinMs<T, L>(ms: number, work: Promise<T>, late: () => L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<L>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
