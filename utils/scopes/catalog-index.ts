import { normaliseAudience, normaliseScope } from './normalise';
import type { Catalog, CatalogAudience, CatalogScope } from './preset-schema';
import { compileTemplate, matchTemplate, placeholdersIn, type CompiledTemplate, type TemplateKey } from './template-syntax';

// The catalog compiled for lookups by normalised value. Built once per catalog object and cached:
// the analyzer runs on every keystroke.

export interface AudienceMatch {
  entry: CatalogAudience;
  values: Partial<Record<TemplateKey, string>>;
}

export interface CatalogIndex {
  /** The catalog audience a normalised audience is an instance of. */
  audience(key: string): AudienceMatch | undefined;
  /** A catalog audience that the value copies with one placeholder dropped or left as its name. */
  unfilledAudience(key: string): { entry: CatalogAudience; missing: TemplateKey } | undefined;
  scope(key: string): CatalogScope | undefined;
  /** The broad scope's narrower alternatives for an audience kind (undefined: unknown audience); a fix applies the first. */
  narrowerFor(entry: CatalogScope, kind: string | undefined): readonly string[];
  /** Every narrower scope the catalog names for the kind, whichever broad scope it replaces. */
  anyNarrowerFor(kind: string | undefined): readonly string[];
}

interface Compiled<T> {
  entry: T;
  template: CompiledTemplate;
}

/** The template with one placeholder dropped (with its dot, or alone) or left as its own name. */
function unfilledVariants(template: string, key: TemplateKey): string[] {
  const placeholder = `{${key}}`;
  return [template.replace(`${placeholder}.`, ''), template.replace(placeholder, ''), template.replace(placeholder, key)];
}

function build(catalog: Catalog): CatalogIndex {
  const audiences: Compiled<CatalogAudience>[] = catalog.audiences.map((entry) => ({ entry, template: compileTemplate(entry.template, normaliseAudience) }));
  const unfilled = catalog.audiences.flatMap((entry) =>
    placeholdersIn(entry.template).flatMap((missing) =>
      unfilledVariants(entry.template, missing).map((variant) => ({ entry, missing, template: compileTemplate(variant, normaliseAudience) })),
    ),
  );
  const exactScopes = new Map(catalog.scopes.filter((entry) => placeholdersIn(entry.scope).length === 0).map((entry) => [normaliseScope(entry.scope), entry]));
  const templateScopes: Compiled<CatalogScope>[] = catalog.scopes
    .filter((entry) => placeholdersIn(entry.scope).length > 0)
    .map((entry) => ({ entry, template: compileTemplate(entry.scope, normaliseScope) }));

  const narrowerFor = (entry: CatalogScope, kind: string | undefined) =>
    (entry.narrower?.find((alternative) => alternative.kind === kind) ?? entry.narrower?.find((alternative) => alternative.kind === 'any'))?.scopes ?? [];

  return {
    audience(key) {
      for (const { entry, template } of audiences) {
        const values = matchTemplate(template, key);
        if (values) return { entry, values };
      }
      return undefined;
    },
    unfilledAudience(key) {
      const found = unfilled.find(({ template }) => template.pattern.test(key));
      return found && { entry: found.entry, missing: found.missing };
    },
    scope(key) {
      return exactScopes.get(key) ?? templateScopes.find(({ template }) => template.pattern.test(key))?.entry;
    },
    narrowerFor,
    anyNarrowerFor(kind) {
      return [...new Set(catalog.scopes.flatMap((entry) => narrowerFor(entry, kind)))];
    },
  };
}

const cache = new WeakMap<Catalog, CatalogIndex>();

export function indexCatalog(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = build(catalog);
    cache.set(catalog, index);
  }
  return index;
}
