/** What the renderer needs to know about the page it renders. */
export interface RenderEnv {
  /** Path of the page relative to the project root, for messages (`content/apis/session.md`). */
  file: string;
  /** Absolute path of the content folder; includes and snippets resolve against it. */
  contentDir: string;
  /** `{{ name }}` values: site variables plus `base_path`. */
  variables: Record<string, unknown>;
  /** Lines taken by front matter, so token lines map back to the file. */
  lineOffset: number;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A link found in the page, kept for the build's link check. */
export interface PageLink {
  href: string;
  line: number;
}

export interface RenderResult {
  html: string;
  headings: Heading[];
  links: PageLink[];
  /** Files pulled in by includes/snippets: a change to any of them re-renders the page. */
  dependencies: string[];
}

export interface Renderer {
  render(source: string, env: RenderEnv): RenderResult;
}
