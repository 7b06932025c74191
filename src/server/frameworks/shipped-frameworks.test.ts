// The framework files shipped in frameworks/ (data, not code) must load, pass the domain's
// validation, and hold the real figures of samples 000 and 002 they are built on.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { ILLUSTRATIVE_NOTE, type Framework } from '@domain/frameworks/framework';
import { frameworkTree, isLeafCode } from '@domain/frameworks/framework-tree';
import { applyScoringRule, type ScoringRule } from '@domain/frameworks/scoring-rule';
import { validateFramework } from '@domain/frameworks/validate-framework';
import { LEGAL_REFERENCES } from '@domain/shared/legal-references';
import { SAMPLE_000_SUB_CRITERIA } from '@domain/results/sample-000.fixture';
import { SAMPLE_002_AREAS } from '@domain/results/sample-002.fixture';

const FRAMEWORKS_FOLDER = fileURLToPath(new URL('../../../frameworks/', import.meta.url));

const fileNames = readdirSync(FRAMEWORKS_FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort();

function loadFramework(fileName: string): Framework {
  return JSON.parse(readFileSync(`${FRAMEWORKS_FOLDER}${fileName}`, 'utf8')) as Framework;
}

/** The input that should earn a leaf its full points under its rule. */
function perfectInput(rule: ScoringRule): boolean | string | number {
  switch (rule.type) {
    case 'binary':
      return true;
    case 'tiered':
      return [...rule.tiers].sort((a, b) => b.points - a.points)[0]!.label;
    case 'deduction':
      return 0;
    case 'bonus':
      return rule.maxBonus;
    default:
      return 100;
  }
}

describe('shipped frameworks', () => {
  it('ships every framework the issue lists', () => {
    expect(fileNames).toEqual([
      'ddci.json',
      'dti-2022-province.json',
      'papi.json',
      'par-index-commune-illustrative.json',
      'par-index-department-2023.json',
      'par-index-district-2023.json',
      'service-766.json',
      'sipas-2023.json',
    ]);
  });

  it('gives each framework its own code', () => {
    const codes = fileNames.map((name) => loadFramework(name).code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  describe.each(fileNames)('%s', (fileName) => {
    const framework = loadFramework(fileName);

    it('passes validateFramework with no error', () => {
      expect(Array.isArray(framework.nodes)).toBe(true);
      expect(validateFramework(framework)).toEqual([]);
    });

    it('carries the illustrative note when it is not an official text', () => {
      if (framework.illustrative) expect(framework.note).toBe(ILLUSTRATIVE_NOTE);
      else expect(framework.decision).not.toBeNull();
    });

    it('lets every leaf reach its maximum under its rule', () => {
      const tree = frameworkTree(framework.nodes);
      for (const node of framework.nodes.filter((each) => isLeafCode(tree, each.code))) {
        const outcome = applyScoringRule(node.rule!, perfectInput(node.rule!), node.maxPoints);
        expect(outcome, node.code).toEqual({ ok: true, points: node.maxPoints });
      }
    });
  });

  it('cites Decision 766 as the one legal-reference list has it', () => {
    const { number, date, issuer } = LEGAL_REFERENCES.decision766;
    expect(loadFramework('service-766.json').decision).toEqual({ number, date, issuer });
  });

  describe('PAR Index for a district (sample 000, huyện Lấp Vò)', () => {
    const framework = loadFramework('par-index-district-2023.json');
    const tree = frameworkTree(framework.nodes);

    it.each(SAMPLE_000_SUB_CRITERIA.map((item) => [item.code, item.maxPoints, item] as const))(
      'holds sub-criterion %s worth %s points with the advising unit the plan names',
      (code, maxPoints, item) => {
        const node = tree.byCode.get(code);
        expect(node).toMatchObject({ maxPoints, defaultLeadUnit: item.defaultLeadUnit });
        expect(isLeafCode(tree, code)).toBe(true);
      },
    );

    it('places each of them under the area the plan lists it in', () => {
      const areaOf = (code: string) => code.split('.')[0];
      const areas = SAMPLE_000_SUB_CRITERIA.map((item) => areaOf(item.code));
      expect(new Set(areas)).toEqual(new Set(['1', '3', '5', '6', '7', '8']));
      for (const item of SAMPLE_000_SUB_CRITERIA) {
        expect(tree.byCode.get(areaOf(item.code)!)?.parentCode).toBeNull();
      }
    });
  });

  describe('PAR Index for a department (sample 002, Văn phòng UBND tỉnh)', () => {
    const framework = loadFramework('par-index-department-2023.json');

    it('has the eight areas with exactly the maxima of sample 002', () => {
      const areas = framework.nodes.filter((node) => node.parentCode === null);
      expect(areas.map((area) => [area.code, area.maxPoints])).toEqual(
        SAMPLE_002_AREAS.map((area) => [area.code, area.maxPoints]),
      );
    });

    it('scores area 8 as the citizens survey converted to points', () => {
      const area8 = framework.nodes.filter((node) => node.parentCode === '8');
      expect(area8).toMatchObject([{ method: 'survey', rule: { type: 'survey' }, maxPoints: 10 }]);
    });
  });
});
