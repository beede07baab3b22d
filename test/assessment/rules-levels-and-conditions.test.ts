import { describe, expect, it } from 'vitest';
import { conditionHolds, inGroup, type PersonFacts } from '../../src/domain/condition.ts';
import { ageAt, bandOf, compareDates } from '../../src/domain/dates.ts';
import { atLeast, below, compareLevels, levelLabel, raise } from '../../src/domain/levels.ts';
import { BANDS } from './fixtures.ts';

const facts = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  age: 35,
  qualifications: { education: 'thpt', professional: 'so-cap', politicalTheory: 'trung-cap', unionWork: 'duoi-1-thang' },
  firstTerm: false,
  partyMember: true,
  ...over,
});

describe('scales are ordered as SCALES lists them', () => {
  it('compares positions, not names', () => {
    expect(compareLevels('professional', 'so-cap', 'trung-cap')).toBeLessThan(0);
    expect(compareLevels('politicalTheory', 'cao-cap', 'chua-qua')).toBeGreaterThan(0);
    expect(atLeast('professional', 'dai-hoc', 'so-cap')).toBe(true);
    expect(atLeast('professional', 'so-cap', 'so-cap')).toBe(true);
    expect(below('unionWork', 'duoi-1-thang', 'boi-duong-1-thang')).toBe(true);
    expect(below('unionWork', 'boi-duong-1-thang', 'boi-duong-1-thang')).toBe(false);
    expect(levelLabel('politicalTheory', 'cao-cap')).toBe('Cao cấp, cử nhân');
  });

  it('raise never lowers a level', () => {
    const q = facts().qualifications;
    expect(raise(q, 'politicalTheory', 'so-cap')).toBe(q);
    expect(raise(q, 'politicalTheory', 'trung-cap')).toBe(q);
    expect(raise(q, 'politicalTheory', 'cao-cap').politicalTheory).toBe('cao-cap');
  });

  it('rejects a level that is not on the scale', () => {
    expect(() => compareLevels('professional', 'tien-si', 'so-cap')).toThrow(/unknown-level/);
  });
});

describe('age is the year of the date minus the year of birth', () => {
  it('ignores the day of birth', () => {
    expect(ageAt('1972-12-31', '2012-01-01')).toBe(40);
    expect(ageAt('1972-01-01', '2012-12-31')).toBe(40);
  });
  it('puts ages in inclusive bands, the last one open', () => {
    expect(bandOf(BANDS, 30)?.id).toBe('18-30');
    expect(bandOf(BANDS, 31)?.id).toBe('31-40');
    expect(bandOf(BANDS, 45)?.id).toBe('41-45');
    expect(bandOf(BANDS, 90)?.id).toBe('56-tro-len');
    expect(bandOf(BANDS, 17)).toBeUndefined();
  });
});

describe('dates sort earlier first', () => {
  it('orders ISO dates across days, months and years, equal ones as ties', () => {
    expect(['2013-01-10', '2012-12-31', '2013-01-02', '2012-12-31'].sort(compareDates)).toEqual(['2012-12-31', '2012-12-31', '2013-01-02', '2013-01-10']);
    expect(compareDates('2016-12-31', '2016-12-31')).toBe(0);
  });
});

describe('a condition holds when every key given holds', () => {
  it('holds for everyone when absent or empty', () => {
    expect(conditionHolds(undefined, facts())).toBe(true);
    expect(conditionHolds({}, facts())).toBe(true);
  });
  it('reads age min and max inclusively', () => {
    expect(conditionHolds({ age: { max: 35 } }, facts())).toBe(true);
    expect(conditionHolds({ age: { max: 34 } }, facts())).toBe(false);
    expect(conditionHolds({ age: { min: 35, max: 35 } }, facts())).toBe(true);
    expect(conditionHolds({ age: { min: 36 } }, facts())).toBe(false);
  });
  it('tests atLeast, below and is on each scale', () => {
    expect(conditionHolds({ politicalTheory: { atLeast: 'trung-cap' } }, facts())).toBe(true);
    expect(conditionHolds({ politicalTheory: { below: 'trung-cap' } }, facts())).toBe(false);
    expect(conditionHolds({ unionWork: { is: ['so-cap', 'duoi-1-thang'] } }, facts())).toBe(true);
    expect(conditionHolds({ unionWork: { is: ['so-cap'] } }, facts())).toBe(false);
    expect(conditionHolds({ professional: { atLeast: 'so-cap', below: 'trung-cap' } }, facts())).toBe(true);
  });
  it('ANDs all keys', () => {
    expect(conditionHolds({ age: { max: 40 }, professional: { atLeast: 'trung-cap' } }, facts())).toBe(false);
    expect(conditionHolds({ age: { max: 40 }, partyMember: true, firstTerm: false }, facts())).toBe(true);
    expect(conditionHolds({ firstTerm: true }, facts())).toBe(false);
    expect(conditionHolds({ partyMember: false }, facts())).toBe(false);
  });
  it('puts a person in a group only while she holds one of its roles', () => {
    const g = { roles: ['chairwoman' as const], where: { age: { max: 40 } } };
    expect(inGroup(g, ['chairwoman'], facts())).toBe(true);
    expect(inGroup(g, ['sourceCadre'], facts())).toBe(false);
    expect(inGroup(g, [], facts())).toBe(false);
    expect(inGroup(g, ['chairwoman'], facts({ age: 41 }))).toBe(false);
  });
});
