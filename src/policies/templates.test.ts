import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { criterionById } from '../controls/criteria.ts';
import { fillTemplate, parsePolicyTemplate } from './policy-template.ts';
import { policyTemplate, policyTemplates, TEMPLATE_ORDER } from './template-catalog.ts';
import { suggestedValues } from './template-variables.ts';

const words = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

describe('the policy templates Groundwork ships', () => {
  const templates = policyTemplates();
  const policies = templates.filter((t) => t.kind === 'policy');

  test('the fifteen policies of the guide and the security orientation, in the guide’s order', () => {
    assert.deepEqual(templates.map((t) => t.id), [...TEMPLATE_ORDER]);
    assert.equal(policies.length, 15);
    assert.deepEqual(
      policies.filter((t) => t.tier === 'day-one').map((t) => t.id),
      ['information-security', 'acceptable-use', 'access-control', 'password-authentication', 'data-classification'],
    );
    assert.equal(policyTemplate('security-orientation').kind, 'orientation');
  });

  test('each policy is reviewed yearly, has an owner, a procedure, an evidence stream, and real criteria', () => {
    for (const policy of policies) {
      assert.equal(policy.review, 'P1Y', policy.id);
      assert.ok(policy.owner === 'owner' || policy.owner === 'admin', policy.id);
      assert.ok(policy.procedure && policy.evidence, `${policy.id} points at a procedure and an evidence stream`);
      assert.ok(policy.criteria.length > 0, `${policy.id} supports at least one criterion`);
      assert.ok(policy.criteria.every((id) => criterionById(id)), `${policy.id}: ${policy.criteria.join(', ')}`);
      assert.ok(policy.appliesTo.includes('employee'), `${policy.id} applies to employees`);
    }
  });

  test('each is a page or less, names the company, and fills in without a blank left', () => {
    for (const template of templates) {
      assert.ok(words(template.text) <= 450, `${template.id} has ${words(template.text)} words`);
      assert.ok(template.variables.includes('companyName'), `${template.id} names the company`);
      const filled = fillTemplate(template, { ...suggestedValues, companyName: 'Brightline Analytics' });
      assert.doesNotMatch(filled, /\{\{|\}\}/, template.id);
      assert.match(filled, /Brightline Analytics/);
      assert.doesNotMatch(filled, /<[a-z]/i, `${template.id} is plain Markdown, without HTML`);
    }
  });

  test('the information security policy lists every other policy', () => {
    const umbrella = policyTemplate('information-security').text;
    for (const policy of policies.filter((p) => p.id !== 'information-security')) {
      const name = policy.title.replace(/ Policy$/, '');
      assert.ok(umbrella.includes(name), `the umbrella policy mentions ${name}`);
    }
  });
});

describe('reading and filling a template', () => {
  const good = ['---', 'id: x', 'kind: orientation', 'title: X', 'appliesTo: employee', '---', '', 'Welcome to {{companyName}}.'].join('\n');

  test('a mistake names the file and the line', () => {
    assert.throws(() => parsePolicyTemplate(good.replace('kind: orientation', 'kind orientation'), 'x.md'), /^AppError: x\.md:3: expected "key: value", not "kind orientation"$/);
    assert.throws(() => parsePolicyTemplate(good.replace('{{companyName}}', '{{company}}'), 'x.md'), /x\.md:8: \{\{company\}\} is not a template variable/);
    assert.throws(() => parsePolicyTemplate(good.replace('appliesTo: employee', 'appliesTo: employee, robot'), 'x.md'), /x\.md:5: "robot" is not a kind of person/);
    assert.throws(() => parsePolicyTemplate(good.replace('---\n\n', '\n'), 'x.md'), /no closing "---"/);
    const policy = ['---', 'id: p', 'kind: policy', 'title: P', 'owner: admin', 'review: P1Y', 'tier: later', 'appliesTo: employee', 'criteria: CC6.1, CC6.2', 'procedure: How', 'evidence: Records', '---', 'Text for {{companyName}}.'].join('\n');
    assert.equal(parsePolicyTemplate(policy, 'p.md').criteria.length, 2);
    assert.throws(() => parsePolicyTemplate(policy.replace('CC6.2', 'CC99.9'), 'p.md'), /p\.md:9: "CC99\.9" is not a Trust Services Criterion/);
    assert.throws(() => parsePolicyTemplate(policy.replace('owner: admin', 'owner: member'), 'p.md'), /p\.md:5: owner must be one of owner, admin, not "member"/);
  });

  test('filling needs every blank the text uses; an unknown template id is a clear not-found', () => {
    const template = parsePolicyTemplate(good, 'x.md');
    assert.equal(fillTemplate(template, { companyName: 'Brightline' }), 'Welcome to Brightline.');
    const owner = parsePolicyTemplate(good.replace('Welcome to {{companyName}}.', '{{securityOwner}} decides. Ask {{securityOwner}}.\n- {{securityOwner}} signs.'), 'x.md');
    assert.equal(fillTemplate(owner, { securityOwner: 'the CTO' }), 'The CTO decides. Ask the CTO.\n- The CTO signs.', 'a blank that starts a sentence starts with a capital');
    assert.throws(() => fillTemplate(template, { companyName: ' ' }), /X needs a value for companyName/);
    assert.throws(() => policyTemplate('travel-policy'), /there is no template "travel-policy"; the templates are information-security, acceptable-use/);
  });
});
