import { AUDIENCE_LABELS, type AudienceId } from '../content/audiences.ts';

/**
 * What is wrong with the set of role pages (content/roles/<audience>.mdx):
 * an audience with no page, or a page named after no audience. One message
 * per problem, naming the file to add or rename.
 */
export function findRolePageProblems(
  entries: readonly { id: string; filePath?: string | undefined }[],
  audienceIds: readonly AudienceId[],
  folder: string,
): string[] {
  const problems: string[] = [];
  const ids = entries.map((entry) => entry.id);
  for (const id of audienceIds) {
    if (!ids.includes(id)) {
      problems.push(
        `${folder}/${id}.mdx is missing: every audience needs a page, and "${id}" (${AUDIENCE_LABELS[id]}) has none. Add the file, with a title, description, lead and lastReviewed.`,
      );
    }
  }
  for (const entry of entries) {
    if (!(audienceIds as readonly string[]).includes(entry.id)) {
      problems.push(
        `${entry.filePath ?? `${folder}/${entry.id}.mdx`}: "${entry.id}" is not an audience. Name the file after one of ${audienceIds.map((id) => `"${id}"`).join(', ')}, or delete it.`,
      );
    }
  }
  return problems;
}
