/** Whether the tests or the benchmark build the site from another content folder (CONTENT_DIR). */
export const OTHER_CONTENT = process.env['CONTENT_DIR'] !== undefined;

/** Where the content is: `content/`, or the folder the tests and the benchmark build from instead. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** The folder copied into the site as it is: `public/`, or another the tests build with instead (PUBLIC_DIR). */
export const PUBLIC_DIR = process.env['PUBLIC_DIR'] ?? 'public';
