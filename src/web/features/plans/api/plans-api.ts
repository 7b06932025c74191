/** Kế hoạch và nhiệm vụ: plan lists, one plan, its tasks, issuing, amending and "my unit's tasks", over the contract. */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import {
  addTask,
  amendPlan,
  assignTasks,
  createPlan,
  deleteTask,
  getPlan,
  getPlanDiff,
  issuePlan,
  listMyTasks,
  listPlans,
  updatePlan,
  updatePlanOutline,
  updateTask,
  updateTaskStatus,
  type PlanDetail,
  type PlanTaskDto,
} from '@contract/plans';
import { listFrameworks } from '@contract/frameworks';
import type { EndpointBody, EndpointQuery } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';

/** Query keys of plan data; every write invalidates `planKeys.all`. */
export const planKeys = {
  all: ['plans'] as const,
  list: (query: object) => ['plans', 'list', query] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  diff: (id: string) => ['plans', 'diff', id] as const,
  myTasks: (organisationId: string) => ['plans', 'my-tasks', organisationId] as const,
};

/** Danh sách kế hoạch, filtered by unit, year and status. */
export function usePlanList(query: EndpointQuery<typeof listPlans>, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(query),
    queryFn: ({ signal }) => callApi(listPlans, { query, signal }),
    select: (response) => response.items,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One plan in full (content, tasks, readiness, cascade, history). */
export function usePlanDetail(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => callApi(getPlan, { params: { id }, signal }),
    retry: false,
  });
}

/**
 * Bộ chỉ số có thể gắn vào kế hoạch: the tenant's frameworks of the plan's year and the year
 * before (a remediation plan for 2025 works on the 2024 results). Called here through the contract
 * because features do not import each other; keyed apart from plan data so plan writes do not
 * refetch it.
 */
export function usePlanFrameworkOptions(year: number, enabled = true) {
  return useQuery({
    queryKey: ['plan-framework-options', year] as const,
    queryFn: async ({ signal }) => {
      const [previous, current] = await Promise.all(
        [year - 1, year].map((y) => callApi(listFrameworks, { query: { year: y }, signal })),
      );
      return [...(current?.items ?? []), ...(previous?.items ?? [])];
    },
    enabled,
  });
}

/** What an amended draft changed from the version it amends; loaded when the drawer opens. */
export function usePlanDiff(id: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.diff(id),
    queryFn: ({ signal }) => callApi(getPlanDiff, { params: { id }, signal }),
    enabled,
  });
}

/** Nhiệm vụ của đơn vị tôi: tasks the unit leads and those it coordinates. */
export function useMyTasks(organisationId: string | null) {
  return useQuery({
    queryKey: planKeys.myTasks(organisationId ?? ''),
    queryFn: ({ signal }) =>
      callApi(listMyTasks, { query: { organisationId: organisationId ?? '' }, signal }),
    enabled: organisationId !== null,
  });
}

function invalidatePlans(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: planKeys.all });
}

/** Puts a plan the server returned into the cache, then refreshes lists. */
function rememberPlan(queryClient: QueryClient, plan: PlanDetail) {
  queryClient.setQueryData(planKeys.detail(plan.id), plan);
  return invalidatePlans(queryClient);
}

/** Replaces one task in its cached plan, so the next edit sends the new version at once. */
function rememberTask(queryClient: QueryClient, task: PlanTaskDto) {
  queryClient.setQueryData<PlanDetail>(planKeys.detail(task.planId), (plan) =>
    plan ? { ...plan, tasks: plan.tasks.map((old) => (old.id === task.id ? task : old)) } : plan,
  );
  // Readiness, counts and the cascade depend on the tasks: refetch them in the background.
  return invalidatePlans(queryClient);
}

/** Tạo dự thảo kế hoạch (blank, or carrying out a parent plan). */
export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createPlan>) => callApi(createPlan, { body }),
    onSuccess: (plan) => rememberPlan(queryClient, plan),
  });
}

/** Sửa nội dung dự thảo, guarded by the plan's version (412 when someone saved first). */
export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof updatePlan> }) =>
      callApi(updatePlan, { params: { id }, body: input.body, ifMatch: input.version }),
    onSuccess: (plan) => rememberPlan(queryClient, plan),
  });
}

/**
 * Lưu cây mục: all sections and where each task sits, guarded by the plan's version (the one way
 * the editor changes the tree; the content form leaves `sections` out of its PATCH).
 */
export function useUpdatePlanOutline(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof updatePlanOutline> }) =>
      callApi(updatePlanOutline, { params: { id }, body: input.body, ifMatch: input.version }),
    onSuccess: (plan) => rememberPlan(queryClient, plan),
  });
}

/** Ban hành: number and date, guarded by the plan's version. */
export function useIssuePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof issuePlan> }) =>
      callApi(issuePlan, { params: { id }, body: input.body, ifMatch: input.version }),
    onSuccess: (plan) => rememberPlan(queryClient, plan),
  });
}

/** Sửa đổi, bổ sung: a new draft copying an issued plan. */
export function useAmendPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(amendPlan, { params: { id } }),
    onSuccess: (plan) => rememberPlan(queryClient, plan),
  });
}

/** Thêm nhiệm vụ to a draft. */
export function useAddTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof addTask>) =>
      callApi(addTask, { params: { id: planId }, body }),
    onSuccess: () => invalidatePlans(queryClient),
  });
}

/** Sửa một trường của nhiệm vụ (inline editing), guarded by the task's version. */
export function useUpdateTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      taskId: string;
      version: number;
      patch: EndpointBody<typeof updateTask>;
    }) =>
      callApi(updateTask, {
        params: { id: planId, taskId: input.taskId },
        body: input.patch,
        ifMatch: input.version,
      }),
    onSuccess: (task) => rememberTask(queryClient, task),
  });
}

/** Xóa nhiệm vụ of a draft, guarded by the task's version. */
export function useDeleteTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { taskId: string; version: number }) =>
      callApi(deleteTask, {
        params: { id: planId, taskId: input.taskId },
        ifMatch: input.version,
      }),
    onSuccess: () => invalidatePlans(queryClient),
  });
}

/** Giao hàng loạt: one lead and/or more coordinating units for many tasks. */
export function useAssignTasks(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof assignTasks>) =>
      callApi(assignTasks, { params: { id: planId }, body }),
    onSuccess: () => invalidatePlans(queryClient),
  });
}

/** Cập nhật tình hình thực hiện; the server decides who may (lead, coordinating unit, managers). */
export function useUpdateTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      taskId: string;
      version: number;
      body: EndpointBody<typeof updateTaskStatus>;
    }) =>
      callApi(updateTaskStatus, {
        params: { taskId: input.taskId },
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: (task) => rememberTask(queryClient, task),
  });
}
