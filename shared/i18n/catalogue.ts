/**
 * Every text a person reads lives in this tree, one folder per language (`de/` first: it defines each area's
 * shape, the others follow it), one module per area (labels, web pages, field messages, mails, the console …). A
 * reviewer of one language finds all of it in one folder.
 *
 * A function loads only the languages it is asked for, when it is asked: each language of an area is a chunk of
 * its bundle (`import()`), loaded once and kept. A request's middleware (or the mailer, before it renders) awaits
 * `load(locale)`; the code that renders then reads the texts with `get(locale)`, synchronously.
 */
export interface Catalogue<T, L extends string> {
  /** Loads the texts of `locale` once; later calls get the same texts. */
  load(locale: L): Promise<T>;
  /** The texts of `locale`, which must have been loaded (a missing load is a bug: it throws, naming the area). */
  get(locale: L): T;
  /** Every language's texts (the completeness tests, a page that shows them all). */
  loadAll(): Promise<Record<L, T>>;
}

export function catalogue<T, L extends string>(area: string, loaders: Record<L, () => Promise<T>>): Catalogue<T, L> {
  const loaded = new Map<L, T>();
  const loading = new Map<L, Promise<T>>();
  const load = (locale: L): Promise<T> => {
    const ready = loaded.get(locale);
    if (ready) return Promise.resolve(ready);
    let pending = loading.get(locale);
    if (!pending) {
      const loader = loaders[locale];
      if (!loader) return Promise.reject(new Error(`no ${area} texts in ${locale}`));
      pending = loader().then((texts) => {
        loaded.set(locale, texts);
        return texts;
      });
      // A failed load (a chunk missing from a broken deployment) is tried again by the next request.
      pending.catch(() => loading.delete(locale));
      loading.set(locale, pending);
    }
    return pending;
  };
  return {
    load,
    get(locale) {
      const texts = loaded.get(locale);
      if (!texts) throw new Error(`the ${area} texts in ${locale} were not loaded`);
      return texts;
    },
    async loadAll() {
      const locales = Object.keys(loaders) as L[];
      const all = await Promise.all(locales.map(load));
      return Object.fromEntries(locales.map((locale, i) => [locale, all[i]])) as Record<L, T>;
    },
  };
}
