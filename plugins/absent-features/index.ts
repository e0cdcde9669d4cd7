/**
 * absent-features: the true empty state, in upstream's shapes, for what the official Control UI asks
 * about and this gateway does not have (questions, talk, progress cards, background tasks, remote
 * environments, skills, a remote plugin catalog, self-update, session branches, companion, catalogs,
 * command lanes). Never an error, never invented data: see README.md for each feature.
 */
import { definePlugin, type MethodSpec, type TObject, type TSchema } from "../../core/sdk/plugin.js";
import * as S from "./schemas.js";

/** Echoes the agent a request named (the empty answer says whose nothing it is). */
const agentOf = (p: Record<string, unknown>) => (typeof p.agentId === "string" ? { agentId: p.agentId } : {});

/** No GitHub identity: the agent has no GitHub tool, so none is configured, detected or verified. */
function githubStatus(p: { agentId: string; selectedScope: "system" | "agent" }) {
  const effective = {
    source: "system-detected" as const, credentialKind: "native" as const, credentialState: "unavailable" as const, account: null,
    gitAuthor: { name: null, email: null }, evidence: "none" as const, accessExpiresAtMs: null, refreshState: "not_applicable" as const,
    oauthScopes: [], repositoryGrants: "unknown" as const,
  };
  return { agentId: p.agentId, selectedScope: p.selectedScope, selected: { scope: p.selectedScope, configured: false as const, identity: null }, effective };
}

/** method → [params, result, empty answer]; every one is read-only. */
const ABSENT: Record<string, [TObject, TSchema, (params: Record<string, unknown>) => unknown]> = {
  "question.list": [S.QuestionListParams, S.QuestionListResult, () => ({ questions: [] })],
  "talk.catalog": [S.TalkCatalogParams, S.TalkCatalogResult, () => ({ modes: [], transports: [], brains: [], speech: { ready: false, providers: [] }, transcription: { ready: false, providers: [] }, realtime: { ready: false, providers: [] } })],
  "progressCard.get": [S.ProgressCardGetParams, S.ProgressCardGetResult, () => ({ card: null })],
  "tasks.list": [S.TasksListParams, S.TasksListResult, () => ({ tasks: [] })],
  "update.status": [S.UpdateStatusParams, S.UpdateStatusResult, () => ({ sentinel: null, updateAvailable: null })],
  "environments.list": [S.EnvironmentsListParams, S.EnvironmentsListResult, () => ({ environments: [] })],
  "skills.search": [S.SkillsSearchParams, S.SkillsSearchResult, () => ({ results: [] })],
  "skills.library.list": [S.SkillsLibraryListParams, S.SkillsLibraryListResult, () => ({ entries: [] })],
  "plugins.catalog.browse": [S.PluginsCatalogBrowseParams, S.PluginsCatalogBrowseResult, () => ({ items: [] })],
  "sessions.branches.list": [S.SessionsBranchesListParams, S.SessionsBranchesListResult, () => ({ branches: [] })],
  "sessions.companion.state": [S.SessionsCompanionStateParams, S.SessionsCompanionStateResult, () => ({ exchanges: [] })],
  "sessions.catalog.list": [S.SessionsCatalogListParams, S.SessionsCatalogListResult, () => ({ catalogs: [] })],
  "tools.github.status": [S.ToolsGithubStatusParams, S.ToolsGithubStatusResult, (p) => githubStatus(p as { agentId: string; selectedScope: "system" | "agent" })],
  "exec.approval.grants.list": [S.ExecApprovalGrantsListParams, S.ExecApprovalGrantsListResult, () => ({ grants: [] })],
  // The catalog's revision names its content; an empty catalog has one fixed revision.
  "plugins.controlUi.list": [S.PluginsControlUiListParams, S.PluginsControlUiListResult, () => ({ revision: "empty", plugins: [], diagnostics: [] })],
  "skills.status": [S.SkillsStatusParams, S.SkillsStatusResult, (p) => ({ ...agentOf(p), skills: [] })],
  "worktrees.list": [S.WorktreesListParams, S.WorktreesListResult, () => ({ worktrees: [] })],
  "artifacts.list": [S.ArtifactsListParams, S.ArtifactsListResult, () => ({ artifacts: [] })],
  "doctor.memory.status": [S.DoctorMemoryStatusParams, S.DoctorMemoryStatusResult, (p) => ({ ...agentOf(p), searchRuntimeRegistered: false, embedding: { ok: false, error: "this gateway has no agent memory search" } })],
  "diagnostics.lanes": [S.DiagnosticsLanesParams, S.DiagnosticsLanesResult, () => ({ ts: Date.now(), lanes: [], dynamic: null })],
};

/** The method names this plugin answers with an empty state (for docs and tests). */
export const ABSENT_METHODS = Object.keys(ABSENT);

export default definePlugin({
  name: "absent-features",
  description: "Empty answers, in upstream's shapes, for Control UI features this gateway does not have",
  setup(api) {
    for (const [name, [params, result, empty]] of Object.entries(ABSENT)) {
      const spec: MethodSpec<TObject, TSchema> = { params, result, scope: "operator.read", description: `Empty state: this gateway has no such feature (see plugins/absent-features/README.md)`, handler: (p) => empty(p as Record<string, unknown>) as never };
      api.registerMethod(name, spec);
    }
  },
});
