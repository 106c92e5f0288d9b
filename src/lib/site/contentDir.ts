/** Where the content is: `content/`, or the folder the tests and the benchmark build from instead (CONTENT_DIR). */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
