import { describe, expect, it } from 'vitest';
import { addTask, taskPatchSchema } from '@contract/plans';
import { nodeLinkKey, toNewTask, type AddTaskValues } from './task-input';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function buildValues(overrides: Partial<AddTaskValues> = {}): AddTaskValues {
  return {
    content: '  Niêm yết công khai Bộ TTHC ',
    kind: 'assignment',
    leadMode: 'none',
    outputKind: 'not_stated',
    ...overrides,
  };
}

describe('a new task from the add-task dialog', () => {
  it('states no lead, no timeframe and no output when the plan does not ("không nêu")', () => {
    const body = addTask.body.parse(toNewTask(buildValues()));
    expect(body).toMatchObject({
      content: 'Niêm yết công khai Bộ TTHC',
      sectionId: null,
      kind: 'assignment',
      leadOrganisationId: null,
      leadGroup: null,
      leadSuggestion: '',
      timeframeText: '',
      outputKind: 'not_stated',
    });
  });

  it('sends a request to a body written in words, under its section', () => {
    const body = toNewTask(
      buildValues({
        kind: 'request',
        sectionId: 'papi-1',
        leadMode: 'text',
        leadSuggestion: ' Ủy ban Mặt trận Tổ quốc Việt Nam huyện ',
        // A value left from another lead mode is not sent.
        leadOrganisationId: id(9),
      }),
    );
    expect(body).toMatchObject({
      kind: 'request',
      sectionId: 'papi-1',
      leadOrganisationId: null,
      leadGroup: null,
      leadSuggestion: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    });
  });

  it('leads with every commune under the district as one group', () => {
    const body = toNewTask(
      buildValues({
        leadMode: 'units_of_type',
        leadOrganisationType: 'commune',
        leadUnderOrganisationId: id(1),
      }),
    );
    expect(body.leadGroup).toEqual({
      kind: 'units_of_type',
      organisationType: 'commune',
      underOrganisationId: id(1),
    });
    expect(body.leadOrganisationId).toBeNull();
  });

  it('leads with several named units as a group, or with the one unit picked', () => {
    expect(
      toNewTask(buildValues({ leadMode: 'units', leadOrganisationIds: [id(1), id(2)] })),
    ).toMatchObject({ leadGroup: { kind: 'units', organisationIds: [id(1), id(2)] } });
    expect(
      toNewTask(buildValues({ leadMode: 'units', leadOrganisationIds: [id(1)] })),
    ).toMatchObject({ leadGroup: null, leadOrganisationId: id(1) });
  });

  it('links the criteria picked among the plan indices', () => {
    const body = toNewTask(
      buildValues({ nodeLinks: [nodeLinkKey(id(5), '2.7.1'), nodeLinkKey(id(6), '3')] }),
    );
    expect(body.nodeLinks).toEqual([
      { frameworkId: id(5), code: '2.7.1' },
      { frameworkId: id(6), code: '3' },
    ]);
  });
});

describe('an inline task edit', () => {
  it('sends only the edited field: the patch fills in no defaults that would reset the others', () => {
    expect(taskPatchSchema.parse({ timeframeText: 'Trước 15/01/2025' })).toEqual({
      timeframeText: 'Trước 15/01/2025',
    });
  });
});
