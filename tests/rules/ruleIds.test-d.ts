import { describe, expectTypeOf, it } from 'vitest';
import {
  type DefaultRuleId,
  defaultRulebook,
  extendRulebook,
  findRule,
  type Instrument,
  type Rule,
  type RuleId,
  type Rulebook,
} from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';

const asOf = isoDate('2025-07-01');

describe('rule ids of the default rulebook', () => {
  it('is a union of the default ids, so a typo does not compile', () => {
    expectTypeOf<'roles.secretary-chairs-committee'>().toExtend<DefaultRuleId>();
    expectTypeOf<'roles.secretary-chair-committee'>().not.toExtend<DefaultRuleId>();
    // @ts-expect-error a misspelt id of the default rulebook
    findRule(defaultRulebook, 'roles.secretary-chair-committee', asOf);
    findRule(defaultRulebook, 'roles.secretary-chairs-committee', asOf);
  });

  it('lets local ids in where a rulebook may be extended', () => {
    expectTypeOf<'roles.quang-ninh.cell-secretary-village-head'>().toExtend<RuleId>();
    const added: Rule<'local.rule'> = {
      id: 'local.rule',
      type: 'grace-period',
      topic: 'merge',
      title: { vi: 'x', en: 'x' },
      versions: [{ from: asOf, params: { years: 5 }, citation: { instrumentId: 'LOCAL' } }],
    };
    const local: Instrument = {
      id: 'LOCAL', kind: 'decision', issuer: 'UBND tỉnh', issued: asOf, effective: asOf,
      title: { vi: 'x', en: 'x' }, verification: 'unverified',
    };
    const extended = extendRulebook(defaultRulebook, { instruments: [local], rules: [added] });
    findRule(extended, 'local.rule', asOf);
    findRule(extended, 'merge.village-household-standard', asOf);
    // @ts-expect-error neither a default nor an added id
    findRule(extended, 'local.rul', asOf);
    // An extended rulebook is still a rulebook where the default one is expected, and back.
    const asDefault: Rulebook<DefaultRuleId> = extended;
    const anyRulebook: Rulebook = defaultRulebook;
    expectTypeOf(asDefault).toExtend<Rulebook>();
    // A rulebook of unknown ids (or a string variable) is not checked.
    const id: string = 'anything';
    findRule(anyRulebook, 'nope', asOf);
    findRule(defaultRulebook, id, asOf);
  });
});
