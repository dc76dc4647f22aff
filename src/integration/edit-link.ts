/**
 * "Edit this page" URL, MkDocs style: `edit_uri` is relative to `repo_url`
 * unless it is a full URL; without it, GitHub's `edit/main/content/` layout.
 */
export function editLink(repoUrl: string | undefined, editUri: string | undefined, relPath: string | undefined): string | undefined {
  if (!repoUrl || !relPath) return undefined;
  const uri = editUri ?? 'edit/main/content/';
  if (uri === '') return undefined; // MkDocs: an empty edit_uri turns the link off
  const prefix = /^[a-z]+:\/\//i.test(uri) ? uri : `${repoUrl.replace(/\/$/, '')}/${uri.replace(/^\//, '')}`;
  return `${prefix.replace(/\/?$/, '/')}${relPath}`;
}
