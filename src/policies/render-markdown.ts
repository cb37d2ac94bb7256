import MarkdownIt from 'markdown-it';

// Raw HTML in a policy is shown as text, never passed through: no script or event handler in a
// policy reaches a browser. markdown-it also refuses javascript:, vbscript: and data: links.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** A policy's Markdown as HTML that is safe to put in a page, a PDF or the auditor package. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
