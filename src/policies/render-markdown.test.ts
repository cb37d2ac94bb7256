import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from './render-markdown.ts';
import { fillTemplate } from './policy-template.ts';
import { policyTemplate } from './template-catalog.ts';
import { suggestedValues } from './template-variables.ts';

test('a policy renders to HTML with its headings, lists and emphasis', () => {
  assert.equal(renderMarkdown('## Scope\n\n- **Everyone** who works for us\n- contractors too'), '<h2>Scope</h2>\n<ul>\n<li><strong>Everyone</strong> who works for us</li>\n<li>contractors too</li>\n</ul>\n');
  const html = renderMarkdown(fillTemplate(policyTemplate('access-control'), suggestedValues));
  assert.match(html, /<h2>Removing access<\/h2>/);
  assert.doesNotMatch(html, /\{\{/);
});

test('no script, event handler or script link in a policy reaches the browser', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '[click](javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="#" onclick="steal()">link</a>',
  ].join('\n\n');
  const html = renderMarkdown(hostile);
  assert.doesNotMatch(html, /<(script|img|a)\b|<[^>]+\son[a-z]+=|href="(javascript|data):/i, 'no tag but the paragraphs, no handler, no script link');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the markup is shown as text');
});
