// The Custom Elements Manifest as @custom-elements-manifest/analyzer writes it and the
// scripts read it: schema 1.0.0 plus what the analyzer adds (the custom-element fields on a
// class declaration, `inheritedFrom` on CSS properties and parts, Lit's `attribute` and
// `readonly` on fields).
import type * as Schema from 'custom-elements-manifest/schema';

export type Member = (Schema.ClassField | Schema.ClassMethod) & {
  readonly?: boolean;
  attribute?: string;
};
export type Inherited<T> = T & { inheritedFrom?: Schema.Reference };

/**
 * A declaration of any kind; a class's has its members, an element's also `customElement`,
 * its tag and what it documents.
 */
export interface DeclarationDoc extends Omit<Schema.ClassDeclaration, 'kind' | 'members'> {
  kind: Schema.Declaration['kind'];
  customElement?: true;
  tagName?: string;
  members?: Member[];
  attributes?: Schema.Attribute[];
  events?: Schema.Event[];
  cssProperties?: Inherited<Schema.CssCustomProperty>[];
  cssParts?: Inherited<Schema.CssPart>[];
}

export interface ModuleDoc extends Omit<Schema.JavaScriptModule, 'declarations'> {
  declarations?: DeclarationDoc[];
}

export interface Manifest extends Omit<Schema.Package, 'modules'> {
  modules: ModuleDoc[];
}
