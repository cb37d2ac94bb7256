import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accountFlagIds } from '../accounts/account-flags.ts';
import { parseCadenceDuration } from '../cadence/calendar-duration.ts';
import { type ChecklistKind, shippedTemplate } from '../people/checklist-template.ts';
import { personKinds } from '../people/person-kind.ts';
import { policyTemplates } from '../policies/template-catalog.ts';
import { controlAreas, controls } from './catalog.ts';
import { notCovered } from './catalog/not-covered.ts';
import { type Control, coreMarks } from './control.ts';
import { criteriaCoverage } from './coverage.ts';
import { type Criterion, criteria, criterionById } from './criteria.ts';

const templates = new Map(policyTemplates().map((template) => [template.id, template]));

// Checklist items made per system or asset when a checklist starts (start-onboarding.ts, start-offboarding.ts).
const generatedItems: Record<ChecklistKind, string[]> = { onboarding: ['account:'], offboarding: ['revoke:', 'return:'] };
const writtenItems = (kind: ChecklistKind) => new Set(personKinds.flatMap((personKind) => shippedTemplate(kind, personKind).map((item) => item.key)));

describe('the control catalog', () => {
  test('about forty to sixty controls, each with a unique id of its area’s code and two digits', () => {
    assert.ok(controls.length >= 40 && controls.length <= 60, `${controls.length} controls`);
    assert.equal(new Set(controlAreas.map((area) => area.code)).size, controlAreas.length, 'area codes are unique');
    for (const area of controlAreas) {
      for (const control of area.controls) assert.match(control.id, new RegExp(`^${area.code}-\\d{2}$`), `${control.id} in ${area.name}`);
    }
    const ids = controls.map((control) => control.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'no id is used twice');
  });

  test('each control reads as a sentence an auditor can test: a short title and a full statement', () => {
    for (const control of controls) {
      assert.ok(control.title.length > 0 && control.title.length <= 60, `${control.id} title: ${control.title}`);
      assert.match(control.statement, /^[A-Z].{40,}\.$/s, `${control.id} statement`);
    }
  });

  test('every criterion a control names is one of the 61, named once', () => {
    for (const control of controls) {
      assert.ok(control.criteria.length > 0, `${control.id} supports a criterion`);
      for (const id of control.criteria) assert.ok(criterionById(id), `${control.id}: "${id}" is not a Trust Services Criterion`);
      assert.equal(new Set(control.criteria).size, control.criteria.length, `${control.id} names a criterion twice`);
    }
  });

  test('every control carries out a policy Groundwork ships; a policy’s own control claims only the criteria its template names', () => {
    for (const control of controls) {
      assert.ok(templates.has(control.policyId), `${control.id}: there is no policy template "${control.policyId}"`);
      if (control.evidence.kind === 'policy-approved') {
        const template = templates.get(control.evidence.policyId);
        assert.equal(template?.kind, 'policy', `${control.id} proves a policy's approval`);
        assert.equal(control.evidence.policyId, control.policyId, control.id);
        for (const id of control.criteria) assert.ok(template.criteria.includes(id), `${control.id}: ${template.id} does not name ${id}`);
      }
    }
    const used = new Set(controls.map((control) => control.policyId));
    const idle = [...templates.values()].filter((t) => t.kind === 'policy' && !used.has(t.id)).map((t) => t.id);
    assert.deepEqual(idle, [], 'every policy is carried out by at least one control');
  });

  test('periodic controls run on a cadence the cadence engine takes; per-event and standing ones need none', () => {
    const cadences = new Set<string>();
    for (const control of controls) {
      if (control.frequency.kind !== 'periodic') continue;
      parseCadenceDuration(control.frequency.every, `${control.id}.frequency.every`);
      cadences.add(control.frequency.every);
    }
    assert.deepEqual([...cadences].sort(), ['P1M', 'P1Y', 'P3M', 'P6M']);
    const accessReview = controls.find((control) => control.evidence.kind === 'access-reviews');
    assert.deepEqual(accessReview?.frequency, { kind: 'periodic', every: 'P3M' }, 'access reviews are quarterly');
  });

  test('each evidence source names Groundwork data that exists, or says what to attach', () => {
    for (const control of controls) {
      const evidence = control.evidence;
      if (evidence.kind === 'checklist-item') {
        const known = writtenItems(evidence.checklist).has(evidence.key) || generatedItems[evidence.checklist].includes(evidence.key);
        assert.ok(known, `${control.id}: the shipped ${evidence.checklist} checklists have no item "${evidence.key}"`);
      }
      if (evidence.kind === 'review-flag') assert.ok(accountFlagIds.includes(evidence.flag), control.id);
      if (evidence.kind === 'obligation') assert.match(evidence.idPrefix, /^[a-z-]+:$/, control.id);
      if (evidence.kind === 'manual') assert.match(evidence.attach, /^[A-Z].{30,}\.$/s, `${control.id} says what to attach`);
    }
  });

  test('the day-one policies and the three core controls are in the catalog and marked core', () => {
    const marked = (mark: string) => controls.filter((control) => control.core === mark);
    const dayOne = [...templates.values()].filter((t) => t.tier === 'day-one').map((t) => t.id);
    assert.deepEqual(dayOne, ['information-security', 'acceptable-use', 'access-control', 'password-authentication', 'data-classification']);
    assert.deepEqual(
      marked('day-one-policy').map((control) => control.evidence),
      dayOne.map((policyId) => ({ kind: 'policy-approved', policyId })),
    );
    assert.deepEqual(marked('documented-policies').map(summary), ['GV-01 policy-set every P1Y']);
    assert.deepEqual(marked('onboarding-offboarding').map(summary), ['HR-01 onboardings per hire', 'AC-04 offboardings per leaver']);
    assert.deepEqual(marked('access-reviews').map(summary), ['AC-06 access-reviews every P3M']);
    assert.deepEqual([...new Set(controls.flatMap((control) => control.core ?? []))].sort(), [...coreMarks].sort(), 'every mark is used, and only these');
  });
});

describe('criteria coverage', () => {
  const coverage = criteriaCoverage();

  test('lists each of the 61 criteria once, in order, with the controls that name it', () => {
    assert.deepEqual(coverage.criteria.map((entry) => entry.criterion.id), criteria.map((criterion) => criterion.id));
    assert.equal(coverage.criteria.length, 61);
    for (const { criterion, controls: covering } of coverage.criteria) {
      assert.deepEqual(covering.map((c) => c.id), controls.filter((c) => c.criteria.includes(criterion.id)).map((c) => c.id), criterion.id);
    }
    const accessRemoval = coverage.criteria.find((entry) => entry.criterion.id === 'CC6.2')!;
    assert.ok(['AC-04', 'AC-06', 'HR-01'].every((id) => accessRemoval.controls.some((c) => c.id === id)), 'CC6.2 rests on offboarding, access reviews and onboarding');
  });

  test('leaves uncovered only the optional Processing Integrity criteria and the privacy program, each with its reason', () => {
    assert.deepEqual(
      coverage.uncovered.map((entry) => entry.criterion.id),
      ['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5', 'P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P5.1', 'P5.2', 'P6.1', 'P6.2', 'P6.7', 'P7.1', 'P8.1'],
    );
    for (const { criterion, reason } of coverage.uncovered) assert.ok(reason, `${criterion.id} says why it is uncovered`);
    const uncovered = new Set(coverage.uncovered.map((entry) => entry.criterion.id));
    assert.deepEqual([...notCovered.keys()].filter((id) => !uncovered.has(id)), [], 'no reason is kept for a covered criterion');
    const security = coverage.criteria.filter((entry) => entry.criterion.category === 'security');
    assert.deepEqual(security.filter((entry) => entry.controls.length === 0).map((entry) => entry.criterion.id), [], 'every Security criterion is covered');
  });

  test('is computed from the catalog and criteria it is given', () => {
    const [cc61, cc62, a11] = ['CC6.1', 'CC6.2', 'A1.1'].map((id) => criterionById(id)!) as [Criterion, Criterion, Criterion];
    const review = { ...controls.find((c) => c.id === 'AC-06')!, criteria: ['CC6.2'] };
    const mfa = { ...controls.find((c) => c.id === 'AC-08')!, criteria: ['CC6.1', 'CC6.2'] };
    const result = criteriaCoverage([review, mfa], [cc61, cc62, a11], new Map([['A1.1', 'no servers of our own']]));
    assert.deepEqual(
      result.criteria.map((entry) => [entry.criterion.id, entry.controls.map((c) => c.id)]),
      [['CC6.1', ['AC-08']], ['CC6.2', ['AC-06', 'AC-08']], ['A1.1', []]],
    );
    assert.deepEqual(result.uncovered, [{ criterion: a11, reason: 'no servers of our own' }]);
    assert.deepEqual(criteriaCoverage([review], [a11], new Map()).uncovered, [{ criterion: a11, reason: null }], 'a gap the catalog does not explain has no reason');
  });
});

function summary(control: Control): string {
  const frequency = control.frequency;
  const when = frequency.kind === 'periodic' ? `every ${frequency.every}` : frequency.kind === 'per-event' ? `per ${frequency.event}` : 'standing';
  return `${control.id} ${control.evidence.kind} ${when}`;
}
