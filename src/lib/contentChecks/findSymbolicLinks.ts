import { lstat, readdir, readlink } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/*
 * The editors' folders (content/, public/) are read without following any
 * symbolic link. Git commits a link as easily as a file, and a link publishes
 * whatever it points to, even a file outside the repository
 * (public/x.txt -> /etc/passwd); a link to a folder above it is a loop that
 * never ends. So a link is refused, never followed: folders are listed with
 * readdir's file types and lstat, which describe the link itself.
 */

/** What a folder holds, found without following links: full paths, sorted. */
export interface FolderEntries {
  files: string[];
  /** Symbolic links: reported, never entered or read. */
  links: string[];
  /** Anything else, such as a named pipe, which would hang whatever reads it. */
  others: string[];
}

/** Everything under `dir`, walked without following a link. A missing folder holds nothing. */
export async function readFolder(dir: string): Promise<FolderEntries> {
  const found: FolderEntries = { files: [], links: [], others: [] };
  const root = await lstat(dir).catch(() => undefined);
  if (root?.isSymbolicLink()) found.links.push(dir);
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink()) found.links.push(path);
      else if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.files.push(path);
      else found.others.push(path);
    }
  };
  if (root?.isDirectory()) await walk(dir);
  for (const list of [found.files, found.links, found.others]) list.sort();
  return found;
}

/** A path as the editor sees it: from the project folder, with `/`, or in full when it is outside. */
export function shownPath(path: string): string {
  const fromProject = relative(process.cwd(), path);
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? path : fromProject.split(sep).join('/');
}

/** The message for one link: its name, where it points, and what to do instead. */
export async function linkProblem(path: string): Promise<string> {
  const target = await readlink(path).catch(() => 'somewhere unknown');
  return `${shownPath(path)} is a symbolic link (to ${target}): the build never follows a link, because it would publish whatever the link points to, even a file outside the site. Delete the link and copy the real file in instead`;
}

/** One message per symbolic link under `dir` (or `dir` itself when it is one). */
export async function findSymbolicLinks(dir: string): Promise<string[]> {
  const { links } = await readFolder(dir);
  return Promise.all(links.map(linkProblem));
}
