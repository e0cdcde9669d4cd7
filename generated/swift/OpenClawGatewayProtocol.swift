// This file was generated from JSON Schema using quicktype, do not modify it directly.
// To parse the JSON, add this file to your project and do:
//
//   let requestFrame = try? JSONDecoder().decode(RequestFrame.self, from: jsonData)
//   let responseFrame = try? JSONDecoder().decode(ResponseFrame.self, from: jsonData)
//   let eventFrame = try? JSONDecoder().decode(EventFrame.self, from: jsonData)
//   let errorShape = try? JSONDecoder().decode(ErrorShape.self, from: jsonData)
//   let connectParams = try? JSONDecoder().decode(ConnectParams.self, from: jsonData)
//   let helloOk = try? JSONDecoder().decode(HelloOk.self, from: jsonData)
//   let agentParams = try? JSONDecoder().decode(AgentParams.self, from: jsonData)
//   let agentResult = try? JSONDecoder().decode(AgentResult.self, from: jsonData)
//   let agentIdentityGetParams = try? JSONDecoder().decode(AgentIdentityGetParams.self, from: jsonData)
//   let agentIdentityGetResult = try? JSONDecoder().decode(AgentIdentityGetResult.self, from: jsonData)
//   let agentWaitParams = try? JSONDecoder().decode(AgentWaitParams.self, from: jsonData)
//   let agentWaitResult = try? JSONDecoder().decode(AgentWaitResult.self, from: jsonData)
//   let agentsListParams = try? JSONDecoder().decode(AgentsListParams.self, from: jsonData)
//   let agentsListResult = try? JSONDecoder().decode(AgentsListResult.self, from: jsonData)
//   let approvalGetParams = try? JSONDecoder().decode(ApprovalGetParams.self, from: jsonData)
//   let approvalGetResult = try? JSONDecoder().decode(ApprovalGetResult.self, from: jsonData)
//   let approvalHistoryParams = try? JSONDecoder().decode(ApprovalHistoryParams.self, from: jsonData)
//   let approvalHistoryResult = try? JSONDecoder().decode(ApprovalHistoryResult.self, from: jsonData)
//   let approvalResolveParams = try? JSONDecoder().decode(ApprovalResolveParams.self, from: jsonData)
//   let approvalResolveResult = try? JSONDecoder().decode(ApprovalResolveResult.self, from: jsonData)
//   let artifactsListParams = try? JSONDecoder().decode(ArtifactsListParams.self, from: jsonData)
//   let artifactsListResult = try? JSONDecoder().decode(ArtifactsListResult.self, from: jsonData)
//   let canvasA2UIPushParams = try? JSONDecoder().decode(CanvasA2UIPushParams.self, from: jsonData)
//   let canvasA2UIPushResult = try? JSONDecoder().decode(CanvasA2UIPushResult.self, from: jsonData)
//   let canvasA2UIResetParams = try? JSONDecoder().decode(CanvasA2UIResetParams.self, from: jsonData)
//   let canvasA2UIResetResult = try? JSONDecoder().decode(CanvasA2UIResetResult.self, from: jsonData)
//   let canvasInfoParams = try? JSONDecoder().decode(CanvasInfoParams.self, from: jsonData)
//   let canvasInfoResult = try? JSONDecoder().decode(CanvasInfoResult.self, from: jsonData)
//   let channelsLogoutParams = try? JSONDecoder().decode(ChannelsLogoutParams.self, from: jsonData)
//   let channelsLogoutResult = try? JSONDecoder().decode(ChannelsLogoutResult.self, from: jsonData)
//   let channelsPairingApproveParams = try? JSONDecoder().decode(ChannelsPairingApproveParams.self, from: jsonData)
//   let channelsPairingApproveResult = try? JSONDecoder().decode(ChannelsPairingApproveResult.self, from: jsonData)
//   let channelsPairingListParams = try? JSONDecoder().decode(ChannelsPairingListParams.self, from: jsonData)
//   let channelsPairingListResult = try? JSONDecoder().decode(ChannelsPairingListResult.self, from: jsonData)
//   let channelsStatusParams = try? JSONDecoder().decode(ChannelsStatusParams.self, from: jsonData)
//   let channelsStatusResult = try? JSONDecoder().decode(ChannelsStatusResult.self, from: jsonData)
//   let chatAbortParams = try? JSONDecoder().decode(ChatAbortParams.self, from: jsonData)
//   let chatAbortResult = try? JSONDecoder().decode(ChatAbortResult.self, from: jsonData)
//   let chatHistoryParams = try? JSONDecoder().decode(ChatHistoryParams.self, from: jsonData)
//   let chatHistoryResult = try? JSONDecoder().decode(ChatHistoryResult.self, from: jsonData)
//   let chatMetadataParams = try? JSONDecoder().decode(ChatMetadataParams.self, from: jsonData)
//   let chatMetadataResult = try? JSONDecoder().decode(ChatMetadataResult.self, from: jsonData)
//   let chatSendParams = try? JSONDecoder().decode(ChatSendParams.self, from: jsonData)
//   let chatSendResult = try? JSONDecoder().decode(ChatSendResult.self, from: jsonData)
//   let chatStartupParams = try? JSONDecoder().decode(ChatStartupParams.self, from: jsonData)
//   let chatStartupResult = try? JSONDecoder().decode(ChatStartupResult.self, from: jsonData)
//   let configApplyParams = try? JSONDecoder().decode(ConfigApplyParams.self, from: jsonData)
//   let configApplyResult = try? JSONDecoder().decode(ConfigApplyResult.self, from: jsonData)
//   let configGetParams = try? JSONDecoder().decode(ConfigGetParams.self, from: jsonData)
//   let configGetResult = try? JSONDecoder().decode(ConfigGetResult.self, from: jsonData)
//   let configPatchParams = try? JSONDecoder().decode(ConfigPatchParams.self, from: jsonData)
//   let configPatchResult = try? JSONDecoder().decode(ConfigPatchResult.self, from: jsonData)
//   let configSchemaParams = try? JSONDecoder().decode(ConfigSchemaParams.self, from: jsonData)
//   let configSchemaResult = try? JSONDecoder().decode(ConfigSchemaResult.self, from: jsonData)
//   let configSchemaLookupParams = try? JSONDecoder().decode(ConfigSchemaLookupParams.self, from: jsonData)
//   let configSchemaLookupResult = try? JSONDecoder().decode(ConfigSchemaLookupResult.self, from: jsonData)
//   let configSetParams = try? JSONDecoder().decode(ConfigSetParams.self, from: jsonData)
//   let configSetResult = try? JSONDecoder().decode(ConfigSetResult.self, from: jsonData)
//   let cronAddParams = try? JSONDecoder().decode(CronAddParams.self, from: jsonData)
//   let cronAddResult = try? JSONDecoder().decode(CronAddResult.self, from: jsonData)
//   let cronGetParams = try? JSONDecoder().decode(CronGetParams.self, from: jsonData)
//   let cronGetResult = try? JSONDecoder().decode(CronGetResult.self, from: jsonData)
//   let cronListParams = try? JSONDecoder().decode(CronListParams.self, from: jsonData)
//   let cronListResult = try? JSONDecoder().decode(CronListResult.self, from: jsonData)
//   let cronRemoveParams = try? JSONDecoder().decode(CronRemoveParams.self, from: jsonData)
//   let cronRemoveResult = try? JSONDecoder().decode(CronRemoveResult.self, from: jsonData)
//   let cronRunParams = try? JSONDecoder().decode(CronRunParams.self, from: jsonData)
//   let cronRunResult = try? JSONDecoder().decode(CronRunResult.self, from: jsonData)
//   let cronRunsParams = try? JSONDecoder().decode(CronRunsParams.self, from: jsonData)
//   let cronRunsResult = try? JSONDecoder().decode(CronRunsResult.self, from: jsonData)
//   let cronStatusParams = try? JSONDecoder().decode(CronStatusParams.self, from: jsonData)
//   let cronStatusResult = try? JSONDecoder().decode(CronStatusResult.self, from: jsonData)
//   let cronUpdateParams = try? JSONDecoder().decode(CronUpdateParams.self, from: jsonData)
//   let cronUpdateResult = try? JSONDecoder().decode(CronUpdateResult.self, from: jsonData)
//   let devicePairApproveParams = try? JSONDecoder().decode(DevicePairApproveParams.self, from: jsonData)
//   let devicePairApproveResult = try? JSONDecoder().decode(DevicePairApproveResult.self, from: jsonData)
//   let devicePairListParams = try? JSONDecoder().decode(DevicePairListParams.self, from: jsonData)
//   let devicePairListResult = try? JSONDecoder().decode(DevicePairListResult.self, from: jsonData)
//   let devicePairRejectParams = try? JSONDecoder().decode(DevicePairRejectParams.self, from: jsonData)
//   let devicePairRejectResult = try? JSONDecoder().decode(DevicePairRejectResult.self, from: jsonData)
//   let devicePairRemoveParams = try? JSONDecoder().decode(DevicePairRemoveParams.self, from: jsonData)
//   let devicePairRemoveResult = try? JSONDecoder().decode(DevicePairRemoveResult.self, from: jsonData)
//   let deviceTokenRevokeParams = try? JSONDecoder().decode(DeviceTokenRevokeParams.self, from: jsonData)
//   let deviceTokenRevokeResult = try? JSONDecoder().decode(DeviceTokenRevokeResult.self, from: jsonData)
//   let deviceTokenRotateParams = try? JSONDecoder().decode(DeviceTokenRotateParams.self, from: jsonData)
//   let deviceTokenRotateResult = try? JSONDecoder().decode(DeviceTokenRotateResult.self, from: jsonData)
//   let diagnosticsLanesParams = try? JSONDecoder().decode(DiagnosticsLanesParams.self, from: jsonData)
//   let diagnosticsLanesResult = try? JSONDecoder().decode(DiagnosticsLanesResult.self, from: jsonData)
//   let doctorMemoryStatusParams = try? JSONDecoder().decode(DoctorMemoryStatusParams.self, from: jsonData)
//   let doctorMemoryStatusResult = try? JSONDecoder().decode(DoctorMemoryStatusResult.self, from: jsonData)
//   let environmentsListParams = try? JSONDecoder().decode(EnvironmentsListParams.self, from: jsonData)
//   let environmentsListResult = try? JSONDecoder().decode(EnvironmentsListResult.self, from: jsonData)
//   let execApprovalGetParams = try? JSONDecoder().decode(ExecApprovalGetParams.self, from: jsonData)
//   let execApprovalGetResult = try? JSONDecoder().decode(ExecApprovalGetResult.self, from: jsonData)
//   let execApprovalGrantsListParams = try? JSONDecoder().decode(ExecApprovalGrantsListParams.self, from: jsonData)
//   let execApprovalGrantsListResult = try? JSONDecoder().decode(ExecApprovalGrantsListResult.self, from: jsonData)
//   let execApprovalListParams = try? JSONDecoder().decode(ExecApprovalListParams.self, from: jsonData)
//   let execApprovalListResult = try? JSONDecoder().decode(ExecApprovalListResult.self, from: jsonData)
//   let execApprovalRequestParams = try? JSONDecoder().decode(ExecApprovalRequestParams.self, from: jsonData)
//   let execApprovalRequestResult = try? JSONDecoder().decode(ExecApprovalRequestResult.self, from: jsonData)
//   let execApprovalResolveParams = try? JSONDecoder().decode(ExecApprovalResolveParams.self, from: jsonData)
//   let execApprovalResolveResult = try? JSONDecoder().decode(ExecApprovalResolveResult.self, from: jsonData)
//   let execApprovalWaitDecisionParams = try? JSONDecoder().decode(ExecApprovalWaitDecisionParams.self, from: jsonData)
//   let execApprovalWaitDecisionResult = try? JSONDecoder().decode(ExecApprovalWaitDecisionResult.self, from: jsonData)
//   let execApprovalsGetParams = try? JSONDecoder().decode(ExecApprovalsGetParams.self, from: jsonData)
//   let execApprovalsGetResult = try? JSONDecoder().decode(ExecApprovalsGetResult.self, from: jsonData)
//   let execApprovalsNodeGetParams = try? JSONDecoder().decode(ExecApprovalsNodeGetParams.self, from: jsonData)
//   let execApprovalsNodeGetResult = try? JSONDecoder().decode(ExecApprovalsNodeGetResult.self, from: jsonData)
//   let execApprovalsNodeSetParams = try? JSONDecoder().decode(ExecApprovalsNodeSetParams.self, from: jsonData)
//   let execApprovalsNodeSetResult = try? JSONDecoder().decode(ExecApprovalsNodeSetResult.self, from: jsonData)
//   let execApprovalsSetParams = try? JSONDecoder().decode(ExecApprovalsSetParams.self, from: jsonData)
//   let execApprovalsSetResult = try? JSONDecoder().decode(ExecApprovalsSetResult.self, from: jsonData)
//   let healthParams = try? JSONDecoder().decode(HealthParams.self, from: jsonData)
//   let healthResult = try? JSONDecoder().decode(HealthResult.self, from: jsonData)
//   let lastHeartbeatParams = try? JSONDecoder().decode(LastHeartbeatParams.self, from: jsonData)
//   let lastHeartbeatResult = try? JSONDecoder().decode(LastHeartbeatResult.self, from: jsonData)
//   let logsTailParams = try? JSONDecoder().decode(LogsTailParams.self, from: jsonData)
//   let logsTailResult = try? JSONDecoder().decode(LogsTailResult.self, from: jsonData)
//   let messageActionParams = try? JSONDecoder().decode(MessageActionParams.self, from: jsonData)
//   let messageActionResult = try? JSONDecoder().decode(MessageActionResult.self, from: jsonData)
//   let modelsAuthStatusParams = try? JSONDecoder().decode(ModelsAuthStatusParams.self, from: jsonData)
//   let modelsAuthStatusResult = try? JSONDecoder().decode(ModelsAuthStatusResult.self, from: jsonData)
//   let modelsListParams = try? JSONDecoder().decode(ModelsListParams.self, from: jsonData)
//   let modelsListResult = try? JSONDecoder().decode(ModelsListResult.self, from: jsonData)
//   let nodeCanvasCapabilityRefreshParams = try? JSONDecoder().decode(NodeCanvasCapabilityRefreshParams.self, from: jsonData)
//   let nodeCanvasCapabilityRefreshResult = try? JSONDecoder().decode(NodeCanvasCapabilityRefreshResult.self, from: jsonData)
//   let nodeDescribeParams = try? JSONDecoder().decode(NodeDescribeParams.self, from: jsonData)
//   let nodeDescribeResult = try? JSONDecoder().decode(NodeDescribeResult.self, from: jsonData)
//   let nodeEventParams = try? JSONDecoder().decode(NodeEventParams.self, from: jsonData)
//   let nodeEventResult = try? JSONDecoder().decode(NodeEventResult.self, from: jsonData)
//   let nodeInvokeParams = try? JSONDecoder().decode(NodeInvokeParams.self, from: jsonData)
//   let nodeInvokeResult = try? JSONDecoder().decode(NodeInvokeResult.self, from: jsonData)
//   let nodeInvokeResultParams = try? JSONDecoder().decode(NodeInvokeResultParams.self, from: jsonData)
//   let nodeInvokeResultResult = try? JSONDecoder().decode(NodeInvokeResultResult.self, from: jsonData)
//   let nodeListParams = try? JSONDecoder().decode(NodeListParams.self, from: jsonData)
//   let nodeListResult = try? JSONDecoder().decode(NodeListResult.self, from: jsonData)
//   let nodePairApproveParams = try? JSONDecoder().decode(NodePairApproveParams.self, from: jsonData)
//   let nodePairApproveResult = try? JSONDecoder().decode(NodePairApproveResult.self, from: jsonData)
//   let nodePairListParams = try? JSONDecoder().decode(NodePairListParams.self, from: jsonData)
//   let nodePairListResult = try? JSONDecoder().decode(NodePairListResult.self, from: jsonData)
//   let nodePairRejectParams = try? JSONDecoder().decode(NodePairRejectParams.self, from: jsonData)
//   let nodePairRejectResult = try? JSONDecoder().decode(NodePairRejectResult.self, from: jsonData)
//   let nodePairRequestParams = try? JSONDecoder().decode(NodePairRequestParams.self, from: jsonData)
//   let nodePairRequestResult = try? JSONDecoder().decode(NodePairRequestResult.self, from: jsonData)
//   let nodePairVerifyParams = try? JSONDecoder().decode(NodePairVerifyParams.self, from: jsonData)
//   let nodePairVerifyResult = try? JSONDecoder().decode(NodePairVerifyResult.self, from: jsonData)
//   let nodeRenameParams = try? JSONDecoder().decode(NodeRenameParams.self, from: jsonData)
//   let nodeRenameResult = try? JSONDecoder().decode(NodeRenameResult.self, from: jsonData)
//   let openclawApprovalListParams = try? JSONDecoder().decode(OpenclawApprovalListParams.self, from: jsonData)
//   let openclawApprovalListResult = try? JSONDecoder().decode(OpenclawApprovalListResult.self, from: jsonData)
//   let pluginApprovalListParams = try? JSONDecoder().decode(PluginApprovalListParams.self, from: jsonData)
//   let pluginApprovalListResult = try? JSONDecoder().decode(PluginApprovalListResult.self, from: jsonData)
//   let pluginSurfaceRefreshParams = try? JSONDecoder().decode(PluginSurfaceRefreshParams.self, from: jsonData)
//   let pluginSurfaceRefreshResult = try? JSONDecoder().decode(PluginSurfaceRefreshResult.self, from: jsonData)
//   let pluginsCatalogBrowseParams = try? JSONDecoder().decode(PluginsCatalogBrowseParams.self, from: jsonData)
//   let pluginsCatalogBrowseResult = try? JSONDecoder().decode(PluginsCatalogBrowseResult.self, from: jsonData)
//   let pluginsControlUIListParams = try? JSONDecoder().decode(PluginsControlUIListParams.self, from: jsonData)
//   let pluginsControlUIListResult = try? JSONDecoder().decode(PluginsControlUIListResult.self, from: jsonData)
//   let pluginsListParams = try? JSONDecoder().decode(PluginsListParams.self, from: jsonData)
//   let pluginsListResult = try? JSONDecoder().decode(PluginsListResult.self, from: jsonData)
//   let progressCardGetParams = try? JSONDecoder().decode(ProgressCardGetParams.self, from: jsonData)
//   let progressCardGetResult = try? JSONDecoder().decode(ProgressCardGetResult.self, from: jsonData)
//   let questionListParams = try? JSONDecoder().decode(QuestionListParams.self, from: jsonData)
//   let questionListResult = try? JSONDecoder().decode(QuestionListResult.self, from: jsonData)
//   let sendParams = try? JSONDecoder().decode(SendParams.self, from: jsonData)
//   let sendResult = try? JSONDecoder().decode(SendResult.self, from: jsonData)
//   let sessionsBranchesListParams = try? JSONDecoder().decode(SessionsBranchesListParams.self, from: jsonData)
//   let sessionsBranchesListResult = try? JSONDecoder().decode(SessionsBranchesListResult.self, from: jsonData)
//   let sessionsCatalogListParams = try? JSONDecoder().decode(SessionsCatalogListParams.self, from: jsonData)
//   let sessionsCatalogListResult = try? JSONDecoder().decode(SessionsCatalogListResult.self, from: jsonData)
//   let sessionsCompactParams = try? JSONDecoder().decode(SessionsCompactParams.self, from: jsonData)
//   let sessionsCompactResult = try? JSONDecoder().decode(SessionsCompactResult.self, from: jsonData)
//   let sessionsCompanionStateParams = try? JSONDecoder().decode(SessionsCompanionStateParams.self, from: jsonData)
//   let sessionsCompanionStateResult = try? JSONDecoder().decode(SessionsCompanionStateResult.self, from: jsonData)
//   let sessionsCreateParams = try? JSONDecoder().decode(SessionsCreateParams.self, from: jsonData)
//   let sessionsCreateResult = try? JSONDecoder().decode(SessionsCreateResult.self, from: jsonData)
//   let sessionsDeleteParams = try? JSONDecoder().decode(SessionsDeleteParams.self, from: jsonData)
//   let sessionsDeleteResult = try? JSONDecoder().decode(SessionsDeleteResult.self, from: jsonData)
//   let sessionsDescribeParams = try? JSONDecoder().decode(SessionsDescribeParams.self, from: jsonData)
//   let sessionsDescribeResult = try? JSONDecoder().decode(SessionsDescribeResult.self, from: jsonData)
//   let sessionsListParams = try? JSONDecoder().decode(SessionsListParams.self, from: jsonData)
//   let sessionsListResult = try? JSONDecoder().decode(SessionsListResult.self, from: jsonData)
//   let sessionsMessagesSubscribeParams = try? JSONDecoder().decode(SessionsMessagesSubscribeParams.self, from: jsonData)
//   let sessionsMessagesSubscribeResult = try? JSONDecoder().decode(SessionsMessagesSubscribeResult.self, from: jsonData)
//   let sessionsMessagesUnsubscribeParams = try? JSONDecoder().decode(SessionsMessagesUnsubscribeParams.self, from: jsonData)
//   let sessionsMessagesUnsubscribeResult = try? JSONDecoder().decode(SessionsMessagesUnsubscribeResult.self, from: jsonData)
//   let sessionsObserverVisibilityParams = try? JSONDecoder().decode(SessionsObserverVisibilityParams.self, from: jsonData)
//   let sessionsObserverVisibilityResult = try? JSONDecoder().decode(SessionsObserverVisibilityResult.self, from: jsonData)
//   let sessionsPatchParams = try? JSONDecoder().decode(SessionsPatchParams.self, from: jsonData)
//   let sessionsPatchResult = try? JSONDecoder().decode(SessionsPatchResult.self, from: jsonData)
//   let sessionsPatchManyParams = try? JSONDecoder().decode(SessionsPatchManyParams.self, from: jsonData)
//   let sessionsPatchManyResult = try? JSONDecoder().decode(SessionsPatchManyResult.self, from: jsonData)
//   let sessionsResetParams = try? JSONDecoder().decode(SessionsResetParams.self, from: jsonData)
//   let sessionsResetResult = try? JSONDecoder().decode(SessionsResetResult.self, from: jsonData)
//   let sessionsSubscribeParams = try? JSONDecoder().decode(SessionsSubscribeParams.self, from: jsonData)
//   let sessionsSubscribeResult = try? JSONDecoder().decode(SessionsSubscribeResult.self, from: jsonData)
//   let sessionsUnsubscribeParams = try? JSONDecoder().decode(SessionsUnsubscribeParams.self, from: jsonData)
//   let sessionsUnsubscribeResult = try? JSONDecoder().decode(SessionsUnsubscribeResult.self, from: jsonData)
//   let sessionsUsageParams = try? JSONDecoder().decode(SessionsUsageParams.self, from: jsonData)
//   let sessionsUsageResult = try? JSONDecoder().decode(SessionsUsageResult.self, from: jsonData)
//   let setHeartbeatsParams = try? JSONDecoder().decode(SetHeartbeatsParams.self, from: jsonData)
//   let setHeartbeatsResult = try? JSONDecoder().decode(SetHeartbeatsResult.self, from: jsonData)
//   let skillsLibraryListParams = try? JSONDecoder().decode(SkillsLibraryListParams.self, from: jsonData)
//   let skillsLibraryListResult = try? JSONDecoder().decode(SkillsLibraryListResult.self, from: jsonData)
//   let skillsSearchParams = try? JSONDecoder().decode(SkillsSearchParams.self, from: jsonData)
//   let skillsSearchResult = try? JSONDecoder().decode(SkillsSearchResult.self, from: jsonData)
//   let skillsStatusParams = try? JSONDecoder().decode(SkillsStatusParams.self, from: jsonData)
//   let skillsStatusResult = try? JSONDecoder().decode(SkillsStatusResult.self, from: jsonData)
//   let statusParams = try? JSONDecoder().decode(StatusParams.self, from: jsonData)
//   let statusResult = try? JSONDecoder().decode(StatusResult.self, from: jsonData)
//   let systemEventParams = try? JSONDecoder().decode(SystemEventParams.self, from: jsonData)
//   let systemEventResult = try? JSONDecoder().decode(SystemEventResult.self, from: jsonData)
//   let systemPresenceParams = try? JSONDecoder().decode(SystemPresenceParams.self, from: jsonData)
//   let systemPresenceResult = try? JSONDecoder().decode(SystemPresenceResult.self, from: jsonData)
//   let systemInfoParams = try? JSONDecoder().decode(SystemInfoParams.self, from: jsonData)
//   let systemInfoResult = try? JSONDecoder().decode(SystemInfoResult.self, from: jsonData)
//   let talkCatalogParams = try? JSONDecoder().decode(TalkCatalogParams.self, from: jsonData)
//   let talkCatalogResult = try? JSONDecoder().decode(TalkCatalogResult.self, from: jsonData)
//   let tasksListParams = try? JSONDecoder().decode(TasksListParams.self, from: jsonData)
//   let tasksListResult = try? JSONDecoder().decode(TasksListResult.self, from: jsonData)
//   let themesGetParams = try? JSONDecoder().decode(ThemesGetParams.self, from: jsonData)
//   let themesGetResult = try? JSONDecoder().decode(ThemesGetResult.self, from: jsonData)
//   let themesListParams = try? JSONDecoder().decode(ThemesListParams.self, from: jsonData)
//   let themesListResult = try? JSONDecoder().decode(ThemesListResult.self, from: jsonData)
//   let themesSetParams = try? JSONDecoder().decode(ThemesSetParams.self, from: jsonData)
//   let themesSetResult = try? JSONDecoder().decode(ThemesSetResult.self, from: jsonData)
//   let toolsGithubStatusParams = try? JSONDecoder().decode(ToolsGithubStatusParams.self, from: jsonData)
//   let toolsGithubStatusResult = try? JSONDecoder().decode(ToolsGithubStatusResult.self, from: jsonData)
//   let updateStatusParams = try? JSONDecoder().decode(UpdateStatusParams.self, from: jsonData)
//   let updateStatusResult = try? JSONDecoder().decode(UpdateStatusResult.self, from: jsonData)
//   let usageCostParams = try? JSONDecoder().decode(UsageCostParams.self, from: jsonData)
//   let usageCostResult = try? JSONDecoder().decode(UsageCostResult.self, from: jsonData)
//   let usageStatusParams = try? JSONDecoder().decode(UsageStatusParams.self, from: jsonData)
//   let usageStatusResult = try? JSONDecoder().decode(UsageStatusResult.self, from: jsonData)
//   let usersPrefsGetParams = try? JSONDecoder().decode(UsersPrefsGetParams.self, from: jsonData)
//   let usersPrefsGetResult = try? JSONDecoder().decode(UsersPrefsGetResult.self, from: jsonData)
//   let usersPrefsSetParams = try? JSONDecoder().decode(UsersPrefsSetParams.self, from: jsonData)
//   let usersPrefsSetResult = try? JSONDecoder().decode(UsersPrefsSetResult.self, from: jsonData)
//   let wakeParams = try? JSONDecoder().decode(WakeParams.self, from: jsonData)
//   let wakeResult = try? JSONDecoder().decode(WakeResult.self, from: jsonData)
//   let webLoginStartParams = try? JSONDecoder().decode(WebLoginStartParams.self, from: jsonData)
//   let webLoginStartResult = try? JSONDecoder().decode(WebLoginStartResult.self, from: jsonData)
//   let webLoginWaitParams = try? JSONDecoder().decode(WebLoginWaitParams.self, from: jsonData)
//   let webLoginWaitResult = try? JSONDecoder().decode(WebLoginWaitResult.self, from: jsonData)
//   let webSearchStatusParams = try? JSONDecoder().decode(WebSearchStatusParams.self, from: jsonData)
//   let webSearchStatusResult = try? JSONDecoder().decode(WebSearchStatusResult.self, from: jsonData)
//   let worktreesListParams = try? JSONDecoder().decode(WorktreesListParams.self, from: jsonData)
//   let worktreesListResult = try? JSONDecoder().decode(WorktreesListResult.self, from: jsonData)
//   let agentEvent = try? JSONDecoder().decode(AgentEvent.self, from: jsonData)
//   let canvasA2UIActionEvent = try? JSONDecoder().decode(CanvasA2UIActionEvent.self, from: jsonData)
//   let chatEvent = try? JSONDecoder().decode(ChatEvent.self, from: jsonData)
//   let connectChallengeEvent = try? JSONDecoder().decode(ConnectChallengeEvent.self, from: jsonData)
//   let cronEvent = try? JSONDecoder().decode(CronEvent.self, from: jsonData)
//   let devicePairRequestedEvent = try? JSONDecoder().decode(DevicePairRequestedEvent.self, from: jsonData)
//   let devicePairResolvedEvent = try? JSONDecoder().decode(DevicePairResolvedEvent.self, from: jsonData)
//   let execApprovalRequestedEvent = try? JSONDecoder().decode(ExecApprovalRequestedEvent.self, from: jsonData)
//   let execApprovalResolvedEvent = try? JSONDecoder().decode(ExecApprovalResolvedEvent.self, from: jsonData)
//   let healthEvent = try? JSONDecoder().decode(HealthEvent.self, from: jsonData)
//   let heartbeatEvent = try? JSONDecoder().decode(HeartbeatEvent.self, from: jsonData)
//   let nodeInvokeRequestEvent = try? JSONDecoder().decode(NodeInvokeRequestEvent.self, from: jsonData)
//   let nodePairRequestedEvent = try? JSONDecoder().decode(NodePairRequestedEvent.self, from: jsonData)
//   let nodePairResolvedEvent = try? JSONDecoder().decode(NodePairResolvedEvent.self, from: jsonData)
//   let presenceEvent = try? JSONDecoder().decode(PresenceEvent.self, from: jsonData)
//   let sessionsChangedEvent = try? JSONDecoder().decode(SessionsChangedEvent.self, from: jsonData)
//   let shutdownEvent = try? JSONDecoder().decode(ShutdownEvent.self, from: jsonData)
//   let tickEvent = try? JSONDecoder().decode(TickEvent.self, from: jsonData)
//   let usersPrefsChangedEvent = try? JSONDecoder().decode(UsersPrefsChangedEvent.self, from: jsonData)

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

import Foundation

// MARK: - RequestFrame
public struct RequestFrame: Codable {
    public let id: String
    public let method: String
    public let params: JSONAny?
    public let type: RequestFrameType

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case method = "method"
        case params = "params"
        case type = "type"
    }

    public init(id: String, method: String, params: JSONAny?, type: RequestFrameType) {
        self.id = id
        self.method = method
        self.params = params
        self.type = type
    }
}

public enum RequestFrameType: String, Codable {
    case req = "req"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ResponseFrame
public struct ResponseFrame: Codable {
    public let error: ResponseFrameError?
    public let id: String
    public let ok: Bool
    public let payload: JSONAny?
    public let type: ResponseFrameType

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case id = "id"
        case ok = "ok"
        case payload = "payload"
        case type = "type"
    }

    public init(error: ResponseFrameError?, id: String, ok: Bool, payload: JSONAny?, type: ResponseFrameType) {
        self.error = error
        self.id = id
        self.ok = ok
        self.payload = payload
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ResponseFrameError
public struct ResponseFrameError: Codable {
    public let code: String
    public let details: JSONAny?
    public let message: String
    public let retryable: Bool?
    public let retryAfterMS: Int?

    public enum CodingKeys: String, CodingKey {
        case code = "code"
        case details = "details"
        case message = "message"
        case retryable = "retryable"
        case retryAfterMS = "retryAfterMs"
    }

    public init(code: String, details: JSONAny?, message: String, retryable: Bool?, retryAfterMS: Int?) {
        self.code = code
        self.details = details
        self.message = message
        self.retryable = retryable
        self.retryAfterMS = retryAfterMS
    }
}

public enum ResponseFrameType: String, Codable {
    case res = "res"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - EventFrame
public struct EventFrame: Codable {
    public let event: String
    public let payload: JSONAny?
    public let seq: Int?
    public let stateVersion: EventFrameStateVersion?
    public let type: EventFrameType

    public enum CodingKeys: String, CodingKey {
        case event = "event"
        case payload = "payload"
        case seq = "seq"
        case stateVersion = "stateVersion"
        case type = "type"
    }

    public init(event: String, payload: JSONAny?, seq: Int?, stateVersion: EventFrameStateVersion?, type: EventFrameType) {
        self.event = event
        self.payload = payload
        self.seq = seq
        self.stateVersion = stateVersion
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - EventFrameStateVersion
public struct EventFrameStateVersion: Codable {
    public let health: Int
    public let presence: Int

    public enum CodingKeys: String, CodingKey {
        case health = "health"
        case presence = "presence"
    }

    public init(health: Int, presence: Int) {
        self.health = health
        self.presence = presence
    }
}

public enum EventFrameType: String, Codable {
    case event = "event"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ErrorShape
public struct ErrorShape: Codable {
    public let code: String
    public let details: JSONAny?
    public let message: String
    public let retryable: Bool?
    public let retryAfterMS: Int?

    public enum CodingKeys: String, CodingKey {
        case code = "code"
        case details = "details"
        case message = "message"
        case retryable = "retryable"
        case retryAfterMS = "retryAfterMs"
    }

    public init(code: String, details: JSONAny?, message: String, retryable: Bool?, retryAfterMS: Int?) {
        self.code = code
        self.details = details
        self.message = message
        self.retryable = retryable
        self.retryAfterMS = retryAfterMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConnectParams
public struct ConnectParams: Codable {
    public let auth: ConnectParamsAuth?
    public let caps: [String]?
    public let client: Client
    public let commands: [String]?
    public let device: ConnectParamsDevice?
    public let locale: String?
    public let maxProtocol: Int
    public let minProtocol: Int
    public let modelCatalog: JSONAny?
    public let pathEnv: String?
    public let permissions: [String: JSONAny]?
    public let role: String?
    public let scopes: [String]?
    public let userAgent: String?

    public enum CodingKeys: String, CodingKey {
        case auth = "auth"
        case caps = "caps"
        case client = "client"
        case commands = "commands"
        case device = "device"
        case locale = "locale"
        case maxProtocol = "maxProtocol"
        case minProtocol = "minProtocol"
        case modelCatalog = "modelCatalog"
        case pathEnv = "pathEnv"
        case permissions = "permissions"
        case role = "role"
        case scopes = "scopes"
        case userAgent = "userAgent"
    }

    public init(auth: ConnectParamsAuth?, caps: [String]?, client: Client, commands: [String]?, device: ConnectParamsDevice?, locale: String?, maxProtocol: Int, minProtocol: Int, modelCatalog: JSONAny?, pathEnv: String?, permissions: [String: JSONAny]?, role: String?, scopes: [String]?, userAgent: String?) {
        self.auth = auth
        self.caps = caps
        self.client = client
        self.commands = commands
        self.device = device
        self.locale = locale
        self.maxProtocol = maxProtocol
        self.minProtocol = minProtocol
        self.modelCatalog = modelCatalog
        self.pathEnv = pathEnv
        self.permissions = permissions
        self.role = role
        self.scopes = scopes
        self.userAgent = userAgent
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConnectParamsAuth
public struct ConnectParamsAuth: Codable {
    public let deviceToken: String?
    public let password: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case deviceToken = "deviceToken"
        case password = "password"
        case token = "token"
    }

    public init(deviceToken: String?, password: String?, token: String?) {
        self.deviceToken = deviceToken
        self.password = password
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Client
public struct Client: Codable {
    public let buildID: String?
    public let deviceFamily: String?
    public let displayName: String?
    public let id: ID
    public let instanceID: String?
    public let mode: ClientMode
    public let modelIdentifier: String?
    public let platform: String
    public let timeZone: String?
    public let version: String

    public enum CodingKeys: String, CodingKey {
        case buildID = "buildId"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case id = "id"
        case instanceID = "instanceId"
        case mode = "mode"
        case modelIdentifier = "modelIdentifier"
        case platform = "platform"
        case timeZone = "timeZone"
        case version = "version"
    }

    public init(buildID: String?, deviceFamily: String?, displayName: String?, id: ID, instanceID: String?, mode: ClientMode, modelIdentifier: String?, platform: String, timeZone: String?, version: String) {
        self.buildID = buildID
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.id = id
        self.instanceID = instanceID
        self.mode = mode
        self.modelIdentifier = modelIdentifier
        self.platform = platform
        self.timeZone = timeZone
        self.version = version
    }
}

public enum ID: String, Codable {
    case cli = "cli"
    case fingerprint = "fingerprint"
    case gatewayClient = "gateway-client"
    case nodeHost = "node-host"
    case openclawAndroid = "openclaw-android"
    case openclawBrowserCopilot = "openclaw-browser-copilot"
    case openclawControlUI = "openclaw-control-ui"
    case openclawIos = "openclaw-ios"
    case openclawLinux = "openclaw-linux"
    case openclawMacos = "openclaw-macos"
    case openclawProbe = "openclaw-probe"
    case openclawTui = "openclaw-tui"
    case openclawWatchos = "openclaw-watchos"
    case openclawWorker = "openclaw-worker"
    case test = "test"
    case webchat = "webchat"
    case webchatUI = "webchat-ui"
}

public enum ClientMode: String, Codable {
    case backend = "backend"
    case cli = "cli"
    case node = "node"
    case probe = "probe"
    case test = "test"
    case ui = "ui"
    case webchat = "webchat"
    case worker = "worker"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConnectParamsDevice
public struct ConnectParamsDevice: Codable {
    public let id: String
    public let nonce: String?
    public let publicKey: String
    public let signature: String
    public let signedAt: Int

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case nonce = "nonce"
        case publicKey = "publicKey"
        case signature = "signature"
        case signedAt = "signedAt"
    }

    public init(id: String, nonce: String?, publicKey: String, signature: String, signedAt: Int) {
        self.id = id
        self.nonce = nonce
        self.publicKey = publicKey
        self.signature = signature
        self.signedAt = signedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HelloOk
public struct HelloOk: Codable {
    public let auth: HelloOkAuth?
    public let canvasHostURL: String?
    public let features: Features
    public let pluginSurfaceUrls: [String: JSONAny]?
    public let policy: Policy
    public let helloOkProtocol: Double
    public let server: Server
    public let snapshot: Snapshot
    public let type: HelloOkType

    public enum CodingKeys: String, CodingKey {
        case auth = "auth"
        case canvasHostURL = "canvasHostUrl"
        case features = "features"
        case pluginSurfaceUrls = "pluginSurfaceUrls"
        case policy = "policy"
        case helloOkProtocol = "protocol"
        case server = "server"
        case snapshot = "snapshot"
        case type = "type"
    }

    public init(auth: HelloOkAuth?, canvasHostURL: String?, features: Features, pluginSurfaceUrls: [String: JSONAny]?, policy: Policy, helloOkProtocol: Double, server: Server, snapshot: Snapshot, type: HelloOkType) {
        self.auth = auth
        self.canvasHostURL = canvasHostURL
        self.features = features
        self.pluginSurfaceUrls = pluginSurfaceUrls
        self.policy = policy
        self.helloOkProtocol = helloOkProtocol
        self.server = server
        self.snapshot = snapshot
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HelloOkAuth
public struct HelloOkAuth: Codable {
    public let deviceToken: String?
    public let issuedAtMS: Int?
    public let role: String
    public let scopes: [String]

    public enum CodingKeys: String, CodingKey {
        case deviceToken = "deviceToken"
        case issuedAtMS = "issuedAtMs"
        case role = "role"
        case scopes = "scopes"
    }

    public init(deviceToken: String?, issuedAtMS: Int?, role: String, scopes: [String]) {
        self.deviceToken = deviceToken
        self.issuedAtMS = issuedAtMS
        self.role = role
        self.scopes = scopes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Features
public struct Features: Codable {
    public let capabilities: [String]?
    public let events: [String]
    public let methods: [String]

    public enum CodingKeys: String, CodingKey {
        case capabilities = "capabilities"
        case events = "events"
        case methods = "methods"
    }

    public init(capabilities: [String]?, events: [String], methods: [String]) {
        self.capabilities = capabilities
        self.events = events
        self.methods = methods
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Policy
public struct Policy: Codable {
    public let maxBufferedBytes: Int
    public let maxPayload: Int
    public let tickIntervalMS: Int

    public enum CodingKeys: String, CodingKey {
        case maxBufferedBytes = "maxBufferedBytes"
        case maxPayload = "maxPayload"
        case tickIntervalMS = "tickIntervalMs"
    }

    public init(maxBufferedBytes: Int, maxPayload: Int, tickIntervalMS: Int) {
        self.maxBufferedBytes = maxBufferedBytes
        self.maxPayload = maxPayload
        self.tickIntervalMS = tickIntervalMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Server
public struct Server: Codable {
    public let commit: String?
    public let connID: String
    public let host: String?
    public let version: String

    public enum CodingKeys: String, CodingKey {
        case commit = "commit"
        case connID = "connId"
        case host = "host"
        case version = "version"
    }

    public init(commit: String?, connID: String, host: String?, version: String) {
        self.commit = commit
        self.connID = connID
        self.host = host
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Snapshot
public struct Snapshot: Codable {
    public let authMode: String?
    public let configPath: String?
    public let health: JSONAny
    public let presence: [JSONAny]
    public let stateDir: String?
    public let stateVersion: SnapshotStateVersion
    public let uptimeMS: Int

    public enum CodingKeys: String, CodingKey {
        case authMode = "authMode"
        case configPath = "configPath"
        case health = "health"
        case presence = "presence"
        case stateDir = "stateDir"
        case stateVersion = "stateVersion"
        case uptimeMS = "uptimeMs"
    }

    public init(authMode: String?, configPath: String?, health: JSONAny, presence: [JSONAny], stateDir: String?, stateVersion: SnapshotStateVersion, uptimeMS: Int) {
        self.authMode = authMode
        self.configPath = configPath
        self.health = health
        self.presence = presence
        self.stateDir = stateDir
        self.stateVersion = stateVersion
        self.uptimeMS = uptimeMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SnapshotStateVersion
public struct SnapshotStateVersion: Codable {
    public let health: Int
    public let presence: Int

    public enum CodingKeys: String, CodingKey {
        case health = "health"
        case presence = "presence"
    }

    public init(health: Int, presence: Int) {
        self.health = health
        self.presence = presence
    }
}

public enum HelloOkType: String, Codable {
    case helloOk = "hello-ok"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentParams
public struct AgentParams: Codable {
    public let accountID: String?
    public let agentID: String?
    public let attachments: [AgentParamsAttachment]?
    public let bestEffortDeliver: Bool?
    public let channel: String?
    public let deliver: Bool?
    public let extraSystemPrompt: String?
    public let groupChannel: String?
    public let groupID: String?
    public let groupSpace: String?
    public let idempotencyKey: String
    public let inputProvenance: JSONAny?
    public let label: String?
    public let lane: String?
    public let message: String
    public let model: String?
    public let promptMode: String?
    public let provider: String?
    public let replyAccountID: String?
    public let replyChannel: String?
    public let replyTo: String?
    public let sessionID: String?
    public let sessionKey: String?
    public let spawnedBy: String?
    public let thinking: String?
    public let threadID: String?
    public let timeout: Int?
    public let to: String?
    public let voiceWakeTrigger: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case agentID = "agentId"
        case attachments = "attachments"
        case bestEffortDeliver = "bestEffortDeliver"
        case channel = "channel"
        case deliver = "deliver"
        case extraSystemPrompt = "extraSystemPrompt"
        case groupChannel = "groupChannel"
        case groupID = "groupId"
        case groupSpace = "groupSpace"
        case idempotencyKey = "idempotencyKey"
        case inputProvenance = "inputProvenance"
        case label = "label"
        case lane = "lane"
        case message = "message"
        case model = "model"
        case promptMode = "promptMode"
        case provider = "provider"
        case replyAccountID = "replyAccountId"
        case replyChannel = "replyChannel"
        case replyTo = "replyTo"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case spawnedBy = "spawnedBy"
        case thinking = "thinking"
        case threadID = "threadId"
        case timeout = "timeout"
        case to = "to"
        case voiceWakeTrigger = "voiceWakeTrigger"
    }

    public init(accountID: String?, agentID: String?, attachments: [AgentParamsAttachment]?, bestEffortDeliver: Bool?, channel: String?, deliver: Bool?, extraSystemPrompt: String?, groupChannel: String?, groupID: String?, groupSpace: String?, idempotencyKey: String, inputProvenance: JSONAny?, label: String?, lane: String?, message: String, model: String?, promptMode: String?, provider: String?, replyAccountID: String?, replyChannel: String?, replyTo: String?, sessionID: String?, sessionKey: String?, spawnedBy: String?, thinking: String?, threadID: String?, timeout: Int?, to: String?, voiceWakeTrigger: String?) {
        self.accountID = accountID
        self.agentID = agentID
        self.attachments = attachments
        self.bestEffortDeliver = bestEffortDeliver
        self.channel = channel
        self.deliver = deliver
        self.extraSystemPrompt = extraSystemPrompt
        self.groupChannel = groupChannel
        self.groupID = groupID
        self.groupSpace = groupSpace
        self.idempotencyKey = idempotencyKey
        self.inputProvenance = inputProvenance
        self.label = label
        self.lane = lane
        self.message = message
        self.model = model
        self.promptMode = promptMode
        self.provider = provider
        self.replyAccountID = replyAccountID
        self.replyChannel = replyChannel
        self.replyTo = replyTo
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.spawnedBy = spawnedBy
        self.thinking = thinking
        self.threadID = threadID
        self.timeout = timeout
        self.to = to
        self.voiceWakeTrigger = voiceWakeTrigger
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentParamsAttachment
public struct AgentParamsAttachment: Codable {
    public let content: String?
    public let fileName: String?
    public let mimeType: String?
    public let type: String?

    public enum CodingKeys: String, CodingKey {
        case content = "content"
        case fileName = "fileName"
        case mimeType = "mimeType"
        case type = "type"
    }

    public init(content: String?, fileName: String?, mimeType: String?, type: String?) {
        self.content = content
        self.fileName = fileName
        self.mimeType = mimeType
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentResult
public struct AgentResult: Codable {
    public let result: Result
    public let runID: String
    public let status: String
    public let summary: String

    public enum CodingKeys: String, CodingKey {
        case result = "result"
        case runID = "runId"
        case status = "status"
        case summary = "summary"
    }

    public init(result: Result, runID: String, status: String, summary: String) {
        self.result = result
        self.runID = runID
        self.status = status
        self.summary = summary
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Result
public struct Result: Codable {
    public let meta: Meta
    public let payloads: [PayloadElement]

    public enum CodingKeys: String, CodingKey {
        case meta = "meta"
        case payloads = "payloads"
    }

    public init(meta: Meta, payloads: [PayloadElement]) {
        self.meta = meta
        self.payloads = payloads
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Meta
public struct Meta: Codable {
    public let agentMeta: AgentMeta
    public let durationMS: Double
    public let stopReason: String?

    public enum CodingKeys: String, CodingKey {
        case agentMeta = "agentMeta"
        case durationMS = "durationMs"
        case stopReason = "stopReason"
    }

    public init(agentMeta: AgentMeta, durationMS: Double, stopReason: String?) {
        self.agentMeta = agentMeta
        self.durationMS = durationMS
        self.stopReason = stopReason
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentMeta
public struct AgentMeta: Codable {
    public let agentID: String
    public let model: String
    public let provider: String?
    public let sessionID: String
    public let sessionKey: String
    public let usage: AgentMetaUsage?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case model = "model"
        case provider = "provider"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case usage = "usage"
    }

    public init(agentID: String, model: String, provider: String?, sessionID: String, sessionKey: String, usage: AgentMetaUsage?) {
        self.agentID = agentID
        self.model = model
        self.provider = provider
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.usage = usage
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentMetaUsage
public struct AgentMetaUsage: Codable {
    public let cacheRead: Double
    public let cacheWrite: Double
    public let cost: Cost?
    public let input: Double
    public let output: Double
    public let total: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheWrite = "cacheWrite"
        case cost = "cost"
        case input = "input"
        case output = "output"
        case total = "total"
    }

    public init(cacheRead: Double, cacheWrite: Double, cost: Cost?, input: Double, output: Double, total: Double) {
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
        self.cost = cost
        self.input = input
        self.output = output
        self.total = total
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Cost
public struct Cost: Codable {
    public let cacheRead: Double
    public let cacheWrite: Double
    public let input: Double
    public let output: Double
    public let total: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheWrite = "cacheWrite"
        case input = "input"
        case output = "output"
        case total = "total"
    }

    public init(cacheRead: Double, cacheWrite: Double, input: Double, output: Double, total: Double) {
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
        self.input = input
        self.output = output
        self.total = total
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PayloadElement
public struct PayloadElement: Codable {
    public let text: String

    public enum CodingKeys: String, CodingKey {
        case text = "text"
    }

    public init(text: String) {
        self.text = text
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentIdentityGetParams
public struct AgentIdentityGetParams: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentIdentityGetResult
public struct AgentIdentityGetResult: Codable {
    public let agentID: String
    public let avatarStatus: AvatarStatus?
    public let name: String?
    public let nameSource: NameSource?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case avatarStatus = "avatarStatus"
        case name = "name"
        case nameSource = "nameSource"
    }

    public init(agentID: String, avatarStatus: AvatarStatus?, name: String?, nameSource: NameSource?) {
        self.agentID = agentID
        self.avatarStatus = avatarStatus
        self.name = name
        self.nameSource = nameSource
    }
}

public enum AvatarStatus: String, Codable {
    case none = "none"
}

public enum NameSource: String, Codable {
    case config = "config"
    case nameSourceDefault = "default"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentWaitParams
public struct AgentWaitParams: Codable {
    public let runID: String
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case runID = "runId"
        case timeoutMS = "timeoutMs"
    }

    public init(runID: String, timeoutMS: Int?) {
        self.runID = runID
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentWaitResult
public struct AgentWaitResult: Codable {
    public let endedAt: Double?
    public let error: String?
    public let runID: String
    public let startedAt: Double?
    public let status: AgentWaitResultStatus

    public enum CodingKeys: String, CodingKey {
        case endedAt = "endedAt"
        case error = "error"
        case runID = "runId"
        case startedAt = "startedAt"
        case status = "status"
    }

    public init(endedAt: Double?, error: String?, runID: String, startedAt: Double?, status: AgentWaitResultStatus) {
        self.endedAt = endedAt
        self.error = error
        self.runID = runID
        self.startedAt = startedAt
        self.status = status
    }
}

public enum AgentWaitResultStatus: String, Codable {
    case error = "error"
    case ok = "ok"
    case running = "running"
    case timeout = "timeout"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentsListParams
public struct AgentsListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentsListResult
public struct AgentsListResult: Codable {
    public let agents: [Agent]
    public let defaultID: String
    public let mainKey: String
    public let scope: AgentsListResultScope

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaultID = "defaultId"
        case mainKey = "mainKey"
        case scope = "scope"
    }

    public init(agents: [Agent], defaultID: String, mainKey: String, scope: AgentsListResultScope) {
        self.agents = agents
        self.defaultID = defaultID
        self.mainKey = mainKey
        self.scope = scope
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Agent
public struct Agent: Codable {
    public let id: String
    public let identity: Identity?
    public let model: AgentModel?
    public let name: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case identity = "identity"
        case model = "model"
        case name = "name"
    }

    public init(id: String, identity: Identity?, model: AgentModel?, name: String?) {
        self.id = id
        self.identity = identity
        self.model = model
        self.name = name
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Identity
public struct Identity: Codable {
    public let name: String?

    public enum CodingKeys: String, CodingKey {
        case name = "name"
    }

    public init(name: String?) {
        self.name = name
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentModel
public struct AgentModel: Codable {
    public let fallbacks: [String]?
    public let primary: String?

    public enum CodingKeys: String, CodingKey {
        case fallbacks = "fallbacks"
        case primary = "primary"
    }

    public init(fallbacks: [String]?, primary: String?) {
        self.fallbacks = fallbacks
        self.primary = primary
    }
}

public enum AgentsListResultScope: String, Codable {
    case global = "global"
    case perSender = "per-sender"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalGetParams
public struct ApprovalGetParams: Codable {
    public let id: String

    public enum CodingKeys: String, CodingKey {
        case id = "id"
    }

    public init(id: String) {
        self.id = id
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalGetResult
public struct ApprovalGetResult: Codable {
    public let approval: ApprovalGetResultApproval

    public enum CodingKeys: String, CodingKey {
        case approval = "approval"
    }

    public init(approval: ApprovalGetResultApproval) {
        self.approval = approval
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalGetResultApproval
public struct ApprovalGetResultApproval: Codable {
    public let createdAtMS: Int
    public let decision: Decision?
    public let expiresAtMS: Int
    public let id: String
    public let presentation: PurplePresentation
    public let reason: ApprovalReason?
    public let resolvedAtMS: Int?
    public let resolver: PurpleResolver?
    public let source: PurpleSource?
    public let status: ApprovalStatus
    public let urlPath: String

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case decision = "decision"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case presentation = "presentation"
        case reason = "reason"
        case resolvedAtMS = "resolvedAtMs"
        case resolver = "resolver"
        case source = "source"
        case status = "status"
        case urlPath = "urlPath"
    }

    public init(createdAtMS: Int, decision: Decision?, expiresAtMS: Int, id: String, presentation: PurplePresentation, reason: ApprovalReason?, resolvedAtMS: Int?, resolver: PurpleResolver?, source: PurpleSource?, status: ApprovalStatus, urlPath: String) {
        self.createdAtMS = createdAtMS
        self.decision = decision
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.presentation = presentation
        self.reason = reason
        self.resolvedAtMS = resolvedAtMS
        self.resolver = resolver
        self.source = source
        self.status = status
        self.urlPath = urlPath
    }
}

public enum Decision: String, Codable {
    case allowAlways = "allow-always"
    case allowOnce = "allow-once"
    case deny = "deny"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurplePresentation
public struct PurplePresentation: Codable {
    public let agentID: String?
    public let allowedDecisions: [Decision]
    public let commandPreview: String?
    public let commandText: String
    public let host: String?
    public let kind: PresentationKind
    public let nodeID: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case allowedDecisions = "allowedDecisions"
        case commandPreview = "commandPreview"
        case commandText = "commandText"
        case host = "host"
        case kind = "kind"
        case nodeID = "nodeId"
    }

    public init(agentID: String?, allowedDecisions: [Decision], commandPreview: String?, commandText: String, host: String?, kind: PresentationKind, nodeID: String?) {
        self.agentID = agentID
        self.allowedDecisions = allowedDecisions
        self.commandPreview = commandPreview
        self.commandText = commandText
        self.host = host
        self.kind = kind
        self.nodeID = nodeID
    }
}

public enum PresentationKind: String, Codable {
    case exec = "exec"
}

public enum ApprovalReason: String, Codable {
    case timeout = "timeout"
    case user = "user"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleResolver
public struct PurpleResolver: Codable {
    public let id: String?
    public let kind: ResolverKind

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case kind = "kind"
    }

    public init(id: String?, kind: ResolverKind) {
        self.id = id
        self.kind = kind
    }
}

public enum ResolverKind: String, Codable {
    case channel = "channel"
    case device = "device"
    case runtime = "runtime"
    case system = "system"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleSource
public struct PurpleSource: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

public enum ApprovalStatus: String, Codable {
    case allowed = "allowed"
    case denied = "denied"
    case expired = "expired"
    case pending = "pending"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalHistoryParams
public struct ApprovalHistoryParams: Codable {
    public let cursor: String?
    public let kind: ApprovalHistoryParamsKind?
    public let limit: Int?

    public enum CodingKeys: String, CodingKey {
        case cursor = "cursor"
        case kind = "kind"
        case limit = "limit"
    }

    public init(cursor: String?, kind: ApprovalHistoryParamsKind?, limit: Int?) {
        self.cursor = cursor
        self.kind = kind
        self.limit = limit
    }
}

public enum ApprovalHistoryParamsKind: String, Codable {
    case exec = "exec"
    case plugin = "plugin"
    case systemAgent = "system-agent"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalHistoryResult
public struct ApprovalHistoryResult: Codable {
    public let items: [Item]
    public let nextCursor: String?

    public enum CodingKeys: String, CodingKey {
        case items = "items"
        case nextCursor = "nextCursor"
    }

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Item
public struct Item: Codable {
    public let createdAtMS: Int
    public let decision: Decision?
    public let expiresAtMS: Int
    public let id: String
    public let presentation: ItemPresentation
    public let reason: ItemReason
    public let resolvedAtMS: Int
    public let resolver: ItemResolver?
    public let source: ItemSource?
    public let status: ItemStatus
    public let urlPath: String

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case decision = "decision"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case presentation = "presentation"
        case reason = "reason"
        case resolvedAtMS = "resolvedAtMs"
        case resolver = "resolver"
        case source = "source"
        case status = "status"
        case urlPath = "urlPath"
    }

    public init(createdAtMS: Int, decision: Decision?, expiresAtMS: Int, id: String, presentation: ItemPresentation, reason: ItemReason, resolvedAtMS: Int, resolver: ItemResolver?, source: ItemSource?, status: ItemStatus, urlPath: String) {
        self.createdAtMS = createdAtMS
        self.decision = decision
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.presentation = presentation
        self.reason = reason
        self.resolvedAtMS = resolvedAtMS
        self.resolver = resolver
        self.source = source
        self.status = status
        self.urlPath = urlPath
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ItemPresentation
public struct ItemPresentation: Codable {
    public let agentID: String?
    public let allowedDecisions: [Decision]
    public let commandText: String
    public let host: String?
    public let kind: PresentationKind
    public let nodeID: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case allowedDecisions = "allowedDecisions"
        case commandText = "commandText"
        case host = "host"
        case kind = "kind"
        case nodeID = "nodeId"
    }

    public init(agentID: String?, allowedDecisions: [Decision], commandText: String, host: String?, kind: PresentationKind, nodeID: String?) {
        self.agentID = agentID
        self.allowedDecisions = allowedDecisions
        self.commandText = commandText
        self.host = host
        self.kind = kind
        self.nodeID = nodeID
    }
}

public enum ItemReason: String, Codable {
    case gatewayRestart = "gateway-restart"
    case timeout = "timeout"
    case user = "user"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ItemResolver
public struct ItemResolver: Codable {
    public let id: String?
    public let kind: ResolverKind

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case kind = "kind"
    }

    public init(id: String?, kind: ResolverKind) {
        self.id = id
        self.kind = kind
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ItemSource
public struct ItemSource: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

public enum ItemStatus: String, Codable {
    case allowed = "allowed"
    case cancelled = "cancelled"
    case denied = "denied"
    case expired = "expired"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalResolveParams
public struct ApprovalResolveParams: Codable {
    public let decision: Decision
    public let grantExpiresInDays: Int?
    public let id: String
    public let kind: ApprovalHistoryParamsKind
    public let reviewer: Reviewer?

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case grantExpiresInDays = "grantExpiresInDays"
        case id = "id"
        case kind = "kind"
        case reviewer = "reviewer"
    }

    public init(decision: Decision, grantExpiresInDays: Int?, id: String, kind: ApprovalHistoryParamsKind, reviewer: Reviewer?) {
        self.decision = decision
        self.grantExpiresInDays = grantExpiresInDays
        self.id = id
        self.kind = kind
        self.reviewer = reviewer
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Reviewer
public struct Reviewer: Codable {
    public let accountID: String
    public let channel: String
    public let senderID: String

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case senderID = "senderId"
    }

    public init(accountID: String, channel: String, senderID: String) {
        self.accountID = accountID
        self.channel = channel
        self.senderID = senderID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalResolveResult
public struct ApprovalResolveResult: Codable {
    public let applied: Bool
    public let approval: ApprovalResolveResultApproval

    public enum CodingKeys: String, CodingKey {
        case applied = "applied"
        case approval = "approval"
    }

    public init(applied: Bool, approval: ApprovalResolveResultApproval) {
        self.applied = applied
        self.approval = approval
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalResolveResultApproval
public struct ApprovalResolveResultApproval: Codable {
    public let createdAtMS: Int
    public let decision: Decision?
    public let expiresAtMS: Int
    public let id: String
    public let presentation: FluffyPresentation
    public let reason: ApprovalReason?
    public let resolvedAtMS: Int?
    public let resolver: FluffyResolver?
    public let source: FluffySource?
    public let status: ApprovalStatus
    public let urlPath: String

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case decision = "decision"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case presentation = "presentation"
        case reason = "reason"
        case resolvedAtMS = "resolvedAtMs"
        case resolver = "resolver"
        case source = "source"
        case status = "status"
        case urlPath = "urlPath"
    }

    public init(createdAtMS: Int, decision: Decision?, expiresAtMS: Int, id: String, presentation: FluffyPresentation, reason: ApprovalReason?, resolvedAtMS: Int?, resolver: FluffyResolver?, source: FluffySource?, status: ApprovalStatus, urlPath: String) {
        self.createdAtMS = createdAtMS
        self.decision = decision
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.presentation = presentation
        self.reason = reason
        self.resolvedAtMS = resolvedAtMS
        self.resolver = resolver
        self.source = source
        self.status = status
        self.urlPath = urlPath
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyPresentation
public struct FluffyPresentation: Codable {
    public let agentID: String?
    public let allowedDecisions: [Decision]
    public let commandPreview: String?
    public let commandText: String
    public let host: String?
    public let kind: PresentationKind
    public let nodeID: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case allowedDecisions = "allowedDecisions"
        case commandPreview = "commandPreview"
        case commandText = "commandText"
        case host = "host"
        case kind = "kind"
        case nodeID = "nodeId"
    }

    public init(agentID: String?, allowedDecisions: [Decision], commandPreview: String?, commandText: String, host: String?, kind: PresentationKind, nodeID: String?) {
        self.agentID = agentID
        self.allowedDecisions = allowedDecisions
        self.commandPreview = commandPreview
        self.commandText = commandText
        self.host = host
        self.kind = kind
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyResolver
public struct FluffyResolver: Codable {
    public let id: String?
    public let kind: ResolverKind

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case kind = "kind"
    }

    public init(id: String?, kind: ResolverKind) {
        self.id = id
        self.kind = kind
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffySource
public struct FluffySource: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ArtifactsListParams
public struct ArtifactsListParams: Codable {
    public let agentID: String?
    public let cursor: String?
    public let limit: Int?
    public let messageRole: MessageRole?
    public let runID: String?
    public let sessionKey: String?
    public let taskID: String?
    public let type: ArtifactsListParamsType?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case cursor = "cursor"
        case limit = "limit"
        case messageRole = "messageRole"
        case runID = "runId"
        case sessionKey = "sessionKey"
        case taskID = "taskId"
        case type = "type"
    }

    public init(agentID: String?, cursor: String?, limit: Int?, messageRole: MessageRole?, runID: String?, sessionKey: String?, taskID: String?, type: ArtifactsListParamsType?) {
        self.agentID = agentID
        self.cursor = cursor
        self.limit = limit
        self.messageRole = messageRole
        self.runID = runID
        self.sessionKey = sessionKey
        self.taskID = taskID
        self.type = type
    }
}

public enum MessageRole: String, Codable {
    case assistant = "assistant"
}

public enum ArtifactsListParamsType: String, Codable {
    case image = "image"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ArtifactsListResult
public struct ArtifactsListResult: Codable {
    public let artifacts: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case artifacts = "artifacts"
    }

    public init(artifacts: [JSONAny]) {
        self.artifacts = artifacts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CanvasA2UIPushParams
public struct CanvasA2UIPushParams: Codable {
    public let jsonl: String?
    public let text: String?

    public enum CodingKeys: String, CodingKey {
        case jsonl = "jsonl"
        case text = "text"
    }

    public init(jsonl: String?, text: String?) {
        self.jsonl = jsonl
        self.text = text
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CanvasA2UIPushResult
public struct CanvasA2UIPushResult: Codable {
    public let delivered: Int
    public let messages: Int
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case delivered = "delivered"
        case messages = "messages"
        case ok = "ok"
    }

    public init(delivered: Int, messages: Int, ok: Bool) {
        self.delivered = delivered
        self.messages = messages
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CanvasA2UIResetResult
public struct CanvasA2UIResetResult: Codable {
    public let delivered: Int
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case delivered = "delivered"
        case ok = "ok"
    }

    public init(delivered: Int, ok: Bool) {
        self.delivered = delivered
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CanvasInfoResult
public struct CanvasInfoResult: Codable {
    public let capabilityTTLMS: Double
    public let gatewayPort: Int
    public let liveReload: Bool
    public let port: Int?
    public let root: String
    public let sockets: Sockets
    public let url: String
    public let watching: Bool

    public enum CodingKeys: String, CodingKey {
        case capabilityTTLMS = "capabilityTtlMs"
        case gatewayPort = "gatewayPort"
        case liveReload = "liveReload"
        case port = "port"
        case root = "root"
        case sockets = "sockets"
        case url = "url"
        case watching = "watching"
    }

    public init(capabilityTTLMS: Double, gatewayPort: Int, liveReload: Bool, port: Int?, root: String, sockets: Sockets, url: String, watching: Bool) {
        self.capabilityTTLMS = capabilityTTLMS
        self.gatewayPort = gatewayPort
        self.liveReload = liveReload
        self.port = port
        self.root = root
        self.sockets = sockets
        self.url = url
        self.watching = watching
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Sockets
public struct Sockets: Codable {
    public let a2UI: Int
    public let reload: Int

    public enum CodingKeys: String, CodingKey {
        case a2UI = "a2ui"
        case reload = "reload"
    }

    public init(a2UI: Int, reload: Int) {
        self.a2UI = a2UI
        self.reload = reload
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsLogoutParams
public struct ChannelsLogoutParams: Codable {
    public let accountID: String?
    public let channel: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
    }

    public init(accountID: String?, channel: String?) {
        self.accountID = accountID
        self.channel = channel
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsLogoutResult
public struct ChannelsLogoutResult: Codable {
    public let accountID: String
    public let channel: String
    public let cleared: Bool

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case cleared = "cleared"
    }

    public init(accountID: String, channel: String, cleared: Bool) {
        self.accountID = accountID
        self.channel = channel
        self.cleared = cleared
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsPairingApproveParams
public struct ChannelsPairingApproveParams: Codable {
    public let channel: String
    public let code: String
    public let notify: Bool?

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case code = "code"
        case notify = "notify"
    }

    public init(channel: String, code: String, notify: Bool?) {
        self.channel = channel
        self.code = code
        self.notify = notify
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsPairingApproveResult
public struct ChannelsPairingApproveResult: Codable {
    public let accountID: String
    public let approved: Bool
    public let channel: String
    public let code: String
    public let id: String
    public let meta: [String: JSONAny]
    public let notified: Bool

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case approved = "approved"
        case channel = "channel"
        case code = "code"
        case id = "id"
        case meta = "meta"
        case notified = "notified"
    }

    public init(accountID: String, approved: Bool, channel: String, code: String, id: String, meta: [String: JSONAny], notified: Bool) {
        self.accountID = accountID
        self.approved = approved
        self.channel = channel
        self.code = code
        self.id = id
        self.meta = meta
        self.notified = notified
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsPairingListParams
public struct ChannelsPairingListParams: Codable {
    public let channel: String?

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
    }

    public init(channel: String?) {
        self.channel = channel
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsPairingListResult
public struct ChannelsPairingListResult: Codable {
    public let allowFrom: [String: JSONAny]
    public let limits: Limits
    public let requests: [RequestElement]

    public enum CodingKeys: String, CodingKey {
        case allowFrom = "allowFrom"
        case limits = "limits"
        case requests = "requests"
    }

    public init(allowFrom: [String: JSONAny], limits: Limits, requests: [RequestElement]) {
        self.allowFrom = allowFrom
        self.limits = limits
        self.requests = requests
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Limits
public struct Limits: Codable {
    public let pendingPerAccount: Int
    public let ttlMS: Int

    public enum CodingKeys: String, CodingKey {
        case pendingPerAccount = "pendingPerAccount"
        case ttlMS = "ttlMs"
    }

    public init(pendingPerAccount: Int, ttlMS: Int) {
        self.pendingPerAccount = pendingPerAccount
        self.ttlMS = ttlMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - RequestElement
public struct RequestElement: Codable {
    public let accountID: String
    public let channel: String
    public let code: String
    public let createdAt: String
    public let id: String
    public let lastSeenAt: String
    public let meta: [String: JSONAny]

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case code = "code"
        case createdAt = "createdAt"
        case id = "id"
        case lastSeenAt = "lastSeenAt"
        case meta = "meta"
    }

    public init(accountID: String, channel: String, code: String, createdAt: String, id: String, lastSeenAt: String, meta: [String: JSONAny]) {
        self.accountID = accountID
        self.channel = channel
        self.code = code
        self.createdAt = createdAt
        self.id = id
        self.lastSeenAt = lastSeenAt
        self.meta = meta
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsStatusParams
public struct ChannelsStatusParams: Codable {
    public let probe: Bool?
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case probe = "probe"
        case timeoutMS = "timeoutMs"
    }

    public init(probe: Bool?, timeoutMS: Int?) {
        self.probe = probe
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChannelsStatusResult
public struct ChannelsStatusResult: Codable {
    public let channelAccounts: [String: JSONAny]
    public let channelDefaultAccountID: [String: JSONAny]
    public let channelLabels: [String: JSONAny]
    public let channelOrder: [String]
    public let channels: [String: JSONAny]
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case channelAccounts = "channelAccounts"
        case channelDefaultAccountID = "channelDefaultAccountId"
        case channelLabels = "channelLabels"
        case channelOrder = "channelOrder"
        case channels = "channels"
        case ts = "ts"
    }

    public init(channelAccounts: [String: JSONAny], channelDefaultAccountID: [String: JSONAny], channelLabels: [String: JSONAny], channelOrder: [String], channels: [String: JSONAny], ts: Double) {
        self.channelAccounts = channelAccounts
        self.channelDefaultAccountID = channelDefaultAccountID
        self.channelLabels = channelLabels
        self.channelOrder = channelOrder
        self.channels = channels
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatAbortParams
public struct ChatAbortParams: Codable {
    public let agentID: String?
    public let runID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case runID = "runId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, runID: String?, sessionKey: String) {
        self.agentID = agentID
        self.runID = runID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatAbortResult
public struct ChatAbortResult: Codable {
    public let aborted: Bool
    public let ok: Bool
    public let runIDS: [String]

    public enum CodingKeys: String, CodingKey {
        case aborted = "aborted"
        case ok = "ok"
        case runIDS = "runIds"
    }

    public init(aborted: Bool, ok: Bool, runIDS: [String]) {
        self.aborted = aborted
        self.ok = ok
        self.runIDS = runIDS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatHistoryParams
public struct ChatHistoryParams: Codable {
    public let agentID: String?
    public let cursor: String?
    public let inputRunIDS: [String]?
    public let limit: Int?
    public let maxBytes: Int?
    public let maxChars: Int?
    public let messageID: String?
    public let offset: Int?
    public let pendingBefore: Int?
    public let sessionID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case cursor = "cursor"
        case inputRunIDS = "inputRunIds"
        case limit = "limit"
        case maxBytes = "maxBytes"
        case maxChars = "maxChars"
        case messageID = "messageId"
        case offset = "offset"
        case pendingBefore = "pendingBefore"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, cursor: String?, inputRunIDS: [String]?, limit: Int?, maxBytes: Int?, maxChars: Int?, messageID: String?, offset: Int?, pendingBefore: Int?, sessionID: String?, sessionKey: String) {
        self.agentID = agentID
        self.cursor = cursor
        self.inputRunIDS = inputRunIDS
        self.limit = limit
        self.maxBytes = maxBytes
        self.maxChars = maxChars
        self.messageID = messageID
        self.offset = offset
        self.pendingBefore = pendingBefore
        self.sessionID = sessionID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatHistoryResult
public struct ChatHistoryResult: Codable {
    public let messages: [ChatHistoryResultMessage]
    public let sessionID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case messages = "messages"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
    }

    public init(messages: [ChatHistoryResultMessage], sessionID: String?, sessionKey: String) {
        self.messages = messages
        self.sessionID = sessionID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatHistoryResultMessage
public struct ChatHistoryResultMessage: Codable {
    public let openclaw: PurpleOpenclaw?
    public let content: StickyContent?
    public let role: String
    public let timestamp: Double?

    public enum CodingKeys: String, CodingKey {
        case openclaw = "__openclaw"
        case content = "content"
        case role = "role"
        case timestamp = "timestamp"
    }

    public init(openclaw: PurpleOpenclaw?, content: StickyContent?, role: String, timestamp: Double?) {
        self.openclaw = openclaw
        self.content = content
        self.role = role
        self.timestamp = timestamp
    }
}

public enum StickyContent: Codable {
    case purpleContentArray([PurpleContent])
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode([PurpleContent].self) {
            self = .purpleContentArray(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(StickyContent.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for StickyContent"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .purpleContentArray(let x):
            try container.encode(x)
        case .string(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleContent
public struct PurpleContent: Codable {
    public let text: String?
    public let type: String

    public enum CodingKeys: String, CodingKey {
        case text = "text"
        case type = "type"
    }

    public init(text: String?, type: String) {
        self.text = text
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleOpenclaw
public struct PurpleOpenclaw: Codable {
    public let idempotencyKey: String?
    public let runID: String?

    public enum CodingKeys: String, CodingKey {
        case idempotencyKey = "idempotencyKey"
        case runID = "runId"
    }

    public init(idempotencyKey: String?, runID: String?) {
        self.idempotencyKey = idempotencyKey
        self.runID = runID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatMetadataParams
public struct ChatMetadataParams: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatMetadataResult
public struct ChatMetadataResult: Codable {
    public let commands: [JSONAny]
    public let swarmEnabled: Bool

    public enum CodingKeys: String, CodingKey {
        case commands = "commands"
        case swarmEnabled = "swarmEnabled"
    }

    public init(commands: [JSONAny], swarmEnabled: Bool) {
        self.commands = commands
        self.swarmEnabled = swarmEnabled
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatSendParams
public struct ChatSendParams: Codable {
    public let agentID: String?
    public let attachments: [ChatSendParamsAttachment]?
    public let deliver: Bool?
    public let idempotencyKey: String
    public let message: String
    public let sessionID: String?
    public let sessionKey: String
    public let thinking: String?
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case attachments = "attachments"
        case deliver = "deliver"
        case idempotencyKey = "idempotencyKey"
        case message = "message"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case thinking = "thinking"
        case timeoutMS = "timeoutMs"
    }

    public init(agentID: String?, attachments: [ChatSendParamsAttachment]?, deliver: Bool?, idempotencyKey: String, message: String, sessionID: String?, sessionKey: String, thinking: String?, timeoutMS: Int?) {
        self.agentID = agentID
        self.attachments = attachments
        self.deliver = deliver
        self.idempotencyKey = idempotencyKey
        self.message = message
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.thinking = thinking
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatSendParamsAttachment
public struct ChatSendParamsAttachment: Codable {
    public let content: String?
    public let fileName: String?
    public let mimeType: String?
    public let type: String?

    public enum CodingKeys: String, CodingKey {
        case content = "content"
        case fileName = "fileName"
        case mimeType = "mimeType"
        case type = "type"
    }

    public init(content: String?, fileName: String?, mimeType: String?, type: String?) {
        self.content = content
        self.fileName = fileName
        self.mimeType = mimeType
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatSendResult
public struct ChatSendResult: Codable {
    public let runID: String?
    public let status: ChatSendResultStatus?
    public let summary: String?
    public let aborted: Bool?
    public let ok: Bool?
    public let runIDS: [String]?

    public enum CodingKeys: String, CodingKey {
        case runID = "runId"
        case status = "status"
        case summary = "summary"
        case aborted = "aborted"
        case ok = "ok"
        case runIDS = "runIds"
    }

    public init(runID: String?, status: ChatSendResultStatus?, summary: String?, aborted: Bool?, ok: Bool?, runIDS: [String]?) {
        self.runID = runID
        self.status = status
        self.summary = summary
        self.aborted = aborted
        self.ok = ok
        self.runIDS = runIDS
    }
}

public enum ChatSendResultStatus: String, Codable {
    case error = "error"
    case inFlight = "in_flight"
    case ok = "ok"
    case started = "started"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatStartupParams
public struct ChatStartupParams: Codable {
    public let agentID: String?
    public let cursor: String?
    public let inputRunIDS: [String]?
    public let limit: Int?
    public let maxBytes: Int?
    public let maxChars: Int?
    public let messageID: String?
    public let offset: Int?
    public let pendingBefore: Int?
    public let sessionID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case cursor = "cursor"
        case inputRunIDS = "inputRunIds"
        case limit = "limit"
        case maxBytes = "maxBytes"
        case maxChars = "maxChars"
        case messageID = "messageId"
        case offset = "offset"
        case pendingBefore = "pendingBefore"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, cursor: String?, inputRunIDS: [String]?, limit: Int?, maxBytes: Int?, maxChars: Int?, messageID: String?, offset: Int?, pendingBefore: Int?, sessionID: String?, sessionKey: String) {
        self.agentID = agentID
        self.cursor = cursor
        self.inputRunIDS = inputRunIDS
        self.limit = limit
        self.maxBytes = maxBytes
        self.maxChars = maxChars
        self.messageID = messageID
        self.offset = offset
        self.pendingBefore = pendingBefore
        self.sessionID = sessionID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatStartupResult
public struct ChatStartupResult: Codable {
    public let messages: [ChatStartupResultMessage]
    public let sessionID: String?
    public let sessionKey: String
    public let defaults: ChatStartupResultDefaults
    public let sessionInfo: SessionInfo?

    public enum CodingKeys: String, CodingKey {
        case messages = "messages"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case defaults = "defaults"
        case sessionInfo = "sessionInfo"
    }

    public init(messages: [ChatStartupResultMessage], sessionID: String?, sessionKey: String, defaults: ChatStartupResultDefaults, sessionInfo: SessionInfo?) {
        self.messages = messages
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.defaults = defaults
        self.sessionInfo = sessionInfo
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatStartupResultDefaults
public struct ChatStartupResultDefaults: Codable {
    public let model: String?
    public let modelProvider: String?

    public enum CodingKeys: String, CodingKey {
        case model = "model"
        case modelProvider = "modelProvider"
    }

    public init(model: String?, modelProvider: String?) {
        self.model = model
        self.modelProvider = modelProvider
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatStartupResultMessage
public struct ChatStartupResultMessage: Codable {
    public let openclaw: FluffyOpenclaw?
    public let content: IndigoContent?
    public let role: String
    public let timestamp: Double?

    public enum CodingKeys: String, CodingKey {
        case openclaw = "__openclaw"
        case content = "content"
        case role = "role"
        case timestamp = "timestamp"
    }

    public init(openclaw: FluffyOpenclaw?, content: IndigoContent?, role: String, timestamp: Double?) {
        self.openclaw = openclaw
        self.content = content
        self.role = role
        self.timestamp = timestamp
    }
}

public enum IndigoContent: Codable {
    case fluffyContentArray([FluffyContent])
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode([FluffyContent].self) {
            self = .fluffyContentArray(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(IndigoContent.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for IndigoContent"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .fluffyContentArray(let x):
            try container.encode(x)
        case .string(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyContent
public struct FluffyContent: Codable {
    public let text: String?
    public let type: String

    public enum CodingKeys: String, CodingKey {
        case text = "text"
        case type = "type"
    }

    public init(text: String?, type: String) {
        self.text = text
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyOpenclaw
public struct FluffyOpenclaw: Codable {
    public let idempotencyKey: String?
    public let runID: String?

    public enum CodingKeys: String, CodingKey {
        case idempotencyKey = "idempotencyKey"
        case runID = "runId"
    }

    public init(idempotencyKey: String?, runID: String?) {
        self.idempotencyKey = idempotencyKey
        self.runID = runID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionInfo
public struct SessionInfo: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigApplyParams
public struct ConfigApplyParams: Codable {
    public let baseHash: String?
    public let note: String?
    public let raw: String
    public let restartDelayMS: Int?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case baseHash = "baseHash"
        case note = "note"
        case raw = "raw"
        case restartDelayMS = "restartDelayMs"
        case sessionKey = "sessionKey"
    }

    public init(baseHash: String?, note: String?, raw: String, restartDelayMS: Int?, sessionKey: String?) {
        self.baseHash = baseHash
        self.note = note
        self.raw = raw
        self.restartDelayMS = restartDelayMS
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigApplyResult
public struct ConfigApplyResult: Codable {
    public let hash: String
    public let ok: Bool
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case hash = "hash"
        case ok = "ok"
        case path = "path"
    }

    public init(hash: String, ok: Bool, path: String) {
        self.hash = hash
        self.ok = ok
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigGetResult
public struct ConfigGetResult: Codable {
    public let config: JSONAny
    public let exists: Bool
    public let hash: String
    public let ignored: [String]?
    public let issues: [Issue]
    public let path: String
    public let raw: String?
    public let valid: Bool
    public let warnings: [String]

    public enum CodingKeys: String, CodingKey {
        case config = "config"
        case exists = "exists"
        case hash = "hash"
        case ignored = "ignored"
        case issues = "issues"
        case path = "path"
        case raw = "raw"
        case valid = "valid"
        case warnings = "warnings"
    }

    public init(config: JSONAny, exists: Bool, hash: String, ignored: [String]?, issues: [Issue], path: String, raw: String?, valid: Bool, warnings: [String]) {
        self.config = config
        self.exists = exists
        self.hash = hash
        self.ignored = ignored
        self.issues = issues
        self.path = path
        self.raw = raw
        self.valid = valid
        self.warnings = warnings
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Issue
public struct Issue: Codable {
    public let message: String
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case message = "message"
        case path = "path"
    }

    public init(message: String, path: String) {
        self.message = message
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigPatchParams
public struct ConfigPatchParams: Codable {
    public let baseHash: String?
    public let note: String?
    public let raw: String
    public let restartDelayMS: Int?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case baseHash = "baseHash"
        case note = "note"
        case raw = "raw"
        case restartDelayMS = "restartDelayMs"
        case sessionKey = "sessionKey"
    }

    public init(baseHash: String?, note: String?, raw: String, restartDelayMS: Int?, sessionKey: String?) {
        self.baseHash = baseHash
        self.note = note
        self.raw = raw
        self.restartDelayMS = restartDelayMS
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigPatchResult
public struct ConfigPatchResult: Codable {
    public let hash: String
    public let ok: Bool
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case hash = "hash"
        case ok = "ok"
        case path = "path"
    }

    public init(hash: String, ok: Bool, path: String) {
        self.hash = hash
        self.ok = ok
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSchemaParams
public struct ConfigSchemaParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSchemaResult
public struct ConfigSchemaResult: Codable {
    public let generatedAt: String
    public let schema: JSONAny
    public let uiHints: [String: JSONAny]
    public let version: String

    public enum CodingKeys: String, CodingKey {
        case generatedAt = "generatedAt"
        case schema = "schema"
        case uiHints = "uiHints"
        case version = "version"
    }

    public init(generatedAt: String, schema: JSONAny, uiHints: [String: JSONAny], version: String) {
        self.generatedAt = generatedAt
        self.schema = schema
        self.uiHints = uiHints
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSchemaLookupParams
public struct ConfigSchemaLookupParams: Codable {
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case path = "path"
    }

    public init(path: String) {
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSchemaLookupResult
public struct ConfigSchemaLookupResult: Codable {
    public let children: [Child]
    public let hint: ConfigSchemaLookupResultHint?
    public let hintPath: String?
    public let path: String
    public let reloadKind: ReloadKind?
    public let schema: JSONAny

    public enum CodingKeys: String, CodingKey {
        case children = "children"
        case hint = "hint"
        case hintPath = "hintPath"
        case path = "path"
        case reloadKind = "reloadKind"
        case schema = "schema"
    }

    public init(children: [Child], hint: ConfigSchemaLookupResultHint?, hintPath: String?, path: String, reloadKind: ReloadKind?, schema: JSONAny) {
        self.children = children
        self.hint = hint
        self.hintPath = hintPath
        self.path = path
        self.reloadKind = reloadKind
        self.schema = schema
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Child
public struct Child: Codable {
    public let hasChildren: Bool
    public let hint: ChildHint?
    public let hintPath: String?
    public let key: String
    public let path: String
    public let reloadKind: ReloadKind?
    public let childRequired: Bool
    public let type: TypeUnion?

    public enum CodingKeys: String, CodingKey {
        case hasChildren = "hasChildren"
        case hint = "hint"
        case hintPath = "hintPath"
        case key = "key"
        case path = "path"
        case reloadKind = "reloadKind"
        case childRequired = "required"
        case type = "type"
    }

    public init(hasChildren: Bool, hint: ChildHint?, hintPath: String?, key: String, path: String, reloadKind: ReloadKind?, childRequired: Bool, type: TypeUnion?) {
        self.hasChildren = hasChildren
        self.hint = hint
        self.hintPath = hintPath
        self.key = key
        self.path = path
        self.reloadKind = reloadKind
        self.childRequired = childRequired
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChildHint
public struct ChildHint: Codable {
    public let advanced: Bool?
    public let help: String?
    public let label: String?
    public let placeholder: String?
    public let sensitive: Bool?

    public enum CodingKeys: String, CodingKey {
        case advanced = "advanced"
        case help = "help"
        case label = "label"
        case placeholder = "placeholder"
        case sensitive = "sensitive"
    }

    public init(advanced: Bool?, help: String?, label: String?, placeholder: String?, sensitive: Bool?) {
        self.advanced = advanced
        self.help = help
        self.label = label
        self.placeholder = placeholder
        self.sensitive = sensitive
    }
}

public enum ReloadKind: String, Codable {
    case hot = "hot"
    case none = "none"
    case restart = "restart"
}

public enum TypeUnion: Codable {
    case string(String)
    case stringArray([String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode([String].self) {
            self = .stringArray(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(TypeUnion.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for TypeUnion"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let x):
            try container.encode(x)
        case .stringArray(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSchemaLookupResultHint
public struct ConfigSchemaLookupResultHint: Codable {
    public let advanced: Bool?
    public let help: String?
    public let label: String?
    public let placeholder: String?
    public let sensitive: Bool?

    public enum CodingKeys: String, CodingKey {
        case advanced = "advanced"
        case help = "help"
        case label = "label"
        case placeholder = "placeholder"
        case sensitive = "sensitive"
    }

    public init(advanced: Bool?, help: String?, label: String?, placeholder: String?, sensitive: Bool?) {
        self.advanced = advanced
        self.help = help
        self.label = label
        self.placeholder = placeholder
        self.sensitive = sensitive
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSetParams
public struct ConfigSetParams: Codable {
    public let baseHash: String?
    public let raw: String

    public enum CodingKeys: String, CodingKey {
        case baseHash = "baseHash"
        case raw = "raw"
    }

    public init(baseHash: String?, raw: String) {
        self.baseHash = baseHash
        self.raw = raw
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConfigSetResult
public struct ConfigSetResult: Codable {
    public let config: JSONAny
    public let hash: String
    public let ok: Bool
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case config = "config"
        case hash = "hash"
        case ok = "ok"
        case path = "path"
    }

    public init(config: JSONAny, hash: String, ok: Bool, path: String) {
        self.config = config
        self.hash = hash
        self.ok = ok
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddParams
public struct CronAddParams: Codable {
    public let agentID: String?
    public let deleteAfterRun: Bool?
    public let delivery: CronAddParamsDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool?
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: CronAddParamsPayload
    public let schedule: CronAddParamsSchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, deleteAfterRun: Bool?, delivery: CronAddParamsDelivery?, description: String?, displayName: String?, enabled: Bool?, missedRuns: MissedRuns?, name: String, payload: CronAddParamsPayload, schedule: CronAddParamsSchedule, sessionKey: String?, sessionTarget: SessionTarget, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddParamsDelivery
public struct CronAddParamsDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

public enum DeliveryMode: String, Codable {
    case announce = "announce"
    case none = "none"
}

public enum ThreadIDUnion: Codable {
    case double(Double)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode(Double.self) {
            self = .double(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(ThreadIDUnion.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for ThreadIDUnion"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .double(let x):
            try container.encode(x)
        case .string(let x):
            try container.encode(x)
        }
    }
}

public enum MissedRuns: String, Codable {
    case runOnce = "run-once"
    case skip = "skip"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddParamsPayload
public struct CronAddParamsPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

public enum PayloadKind: String, Codable {
    case agentTurn = "agentTurn"
    case systemEvent = "systemEvent"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddParamsSchedule
public struct CronAddParamsSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

public enum ScheduleKind: String, Codable {
    case at = "at"
    case cron = "cron"
    case every = "every"
}

public enum SessionTarget: String, Codable {
    case isolated = "isolated"
    case main = "main"
}

public enum WakeModeEnum: String, Codable {
    case nextHeartbeat = "next-heartbeat"
    case now = "now"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddResult
public struct CronAddResult: Codable {
    public let agentID: String?
    public let createdAtMS: Int
    public let deleteAfterRun: Bool?
    public let delivery: CronAddResultDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool
    public let id: String
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: CronAddResultPayload
    public let schedule: CronAddResultSchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let state: CronAddResultState
    public let updatedAtMS: Int
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case createdAtMS = "createdAtMs"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case id = "id"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case state = "state"
        case updatedAtMS = "updatedAtMs"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, createdAtMS: Int, deleteAfterRun: Bool?, delivery: CronAddResultDelivery?, description: String?, displayName: String?, enabled: Bool, id: String, missedRuns: MissedRuns?, name: String, payload: CronAddResultPayload, schedule: CronAddResultSchedule, sessionKey: String?, sessionTarget: SessionTarget, state: CronAddResultState, updatedAtMS: Int, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.createdAtMS = createdAtMS
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.id = id
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.state = state
        self.updatedAtMS = updatedAtMS
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddResultDelivery
public struct CronAddResultDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddResultPayload
public struct CronAddResultPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddResultSchedule
public struct CronAddResultSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronAddResultState
public struct CronAddResultState: Codable {
    public let backoffUntilMS: Int?
    public let consecutiveErrors: Int?
    public let lastDelivered: Bool?
    public let lastDeliveryError: String?
    public let lastDeliveryStatus: DeliveryStatus?
    public let lastDurationMS: Int?
    public let lastError: String?
    public let lastRunAtMS: Int?
    public let lastRunStatus: StatusElement?
    public let lastStatus: StatusElement?
    public let nextRunAtMS: Int?
    public let runningAtMS: Int?

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case lastDelivered = "lastDelivered"
        case lastDeliveryError = "lastDeliveryError"
        case lastDeliveryStatus = "lastDeliveryStatus"
        case lastDurationMS = "lastDurationMs"
        case lastError = "lastError"
        case lastRunAtMS = "lastRunAtMs"
        case lastRunStatus = "lastRunStatus"
        case lastStatus = "lastStatus"
        case nextRunAtMS = "nextRunAtMs"
        case runningAtMS = "runningAtMs"
    }

    public init(backoffUntilMS: Int?, consecutiveErrors: Int?, lastDelivered: Bool?, lastDeliveryError: String?, lastDeliveryStatus: DeliveryStatus?, lastDurationMS: Int?, lastError: String?, lastRunAtMS: Int?, lastRunStatus: StatusElement?, lastStatus: StatusElement?, nextRunAtMS: Int?, runningAtMS: Int?) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.lastDelivered = lastDelivered
        self.lastDeliveryError = lastDeliveryError
        self.lastDeliveryStatus = lastDeliveryStatus
        self.lastDurationMS = lastDurationMS
        self.lastError = lastError
        self.lastRunAtMS = lastRunAtMS
        self.lastRunStatus = lastRunStatus
        self.lastStatus = lastStatus
        self.nextRunAtMS = nextRunAtMS
        self.runningAtMS = runningAtMS
    }
}

public enum DeliveryStatus: String, Codable {
    case delivered = "delivered"
    case notDelivered = "not-delivered"
    case notRequested = "not-requested"
    case unknown = "unknown"
}

public enum StatusElement: String, Codable {
    case error = "error"
    case ok = "ok"
    case skipped = "skipped"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetParams
public struct CronGetParams: Codable {
    public let id: String?
    public let jobID: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case jobID = "jobId"
    }

    public init(id: String?, jobID: String?) {
        self.id = id
        self.jobID = jobID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetResult
public struct CronGetResult: Codable {
    public let agentID: String?
    public let createdAtMS: Int
    public let deleteAfterRun: Bool?
    public let delivery: CronGetResultDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool
    public let id: String
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: CronGetResultPayload
    public let schedule: CronGetResultSchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let state: CronGetResultState
    public let updatedAtMS: Int
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case createdAtMS = "createdAtMs"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case id = "id"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case state = "state"
        case updatedAtMS = "updatedAtMs"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, createdAtMS: Int, deleteAfterRun: Bool?, delivery: CronGetResultDelivery?, description: String?, displayName: String?, enabled: Bool, id: String, missedRuns: MissedRuns?, name: String, payload: CronGetResultPayload, schedule: CronGetResultSchedule, sessionKey: String?, sessionTarget: SessionTarget, state: CronGetResultState, updatedAtMS: Int, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.createdAtMS = createdAtMS
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.id = id
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.state = state
        self.updatedAtMS = updatedAtMS
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetResultDelivery
public struct CronGetResultDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetResultPayload
public struct CronGetResultPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetResultSchedule
public struct CronGetResultSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronGetResultState
public struct CronGetResultState: Codable {
    public let backoffUntilMS: Int?
    public let consecutiveErrors: Int?
    public let lastDelivered: Bool?
    public let lastDeliveryError: String?
    public let lastDeliveryStatus: DeliveryStatus?
    public let lastDurationMS: Int?
    public let lastError: String?
    public let lastRunAtMS: Int?
    public let lastRunStatus: StatusElement?
    public let lastStatus: StatusElement?
    public let nextRunAtMS: Int?
    public let runningAtMS: Int?

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case lastDelivered = "lastDelivered"
        case lastDeliveryError = "lastDeliveryError"
        case lastDeliveryStatus = "lastDeliveryStatus"
        case lastDurationMS = "lastDurationMs"
        case lastError = "lastError"
        case lastRunAtMS = "lastRunAtMs"
        case lastRunStatus = "lastRunStatus"
        case lastStatus = "lastStatus"
        case nextRunAtMS = "nextRunAtMs"
        case runningAtMS = "runningAtMs"
    }

    public init(backoffUntilMS: Int?, consecutiveErrors: Int?, lastDelivered: Bool?, lastDeliveryError: String?, lastDeliveryStatus: DeliveryStatus?, lastDurationMS: Int?, lastError: String?, lastRunAtMS: Int?, lastRunStatus: StatusElement?, lastStatus: StatusElement?, nextRunAtMS: Int?, runningAtMS: Int?) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.lastDelivered = lastDelivered
        self.lastDeliveryError = lastDeliveryError
        self.lastDeliveryStatus = lastDeliveryStatus
        self.lastDurationMS = lastDurationMS
        self.lastError = lastError
        self.lastRunAtMS = lastRunAtMS
        self.lastRunStatus = lastRunStatus
        self.lastStatus = lastStatus
        self.nextRunAtMS = nextRunAtMS
        self.runningAtMS = runningAtMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronListParams
public struct CronListParams: Codable {
    public let agentID: String?
    public let compact: Bool?
    public let enabled: Enabled?
    public let includeDeliveryPreviews: Bool?
    public let includeDisabled: Bool?
    public let lastRunStatus: LastRunStatus?
    public let limit: Int?
    public let offset: Int?
    public let query: String?
    public let scheduleKind: ScheduleKindEnum?
    public let sessionAgentID: String?
    public let sessionKey: String?
    public let sortBy: CronListParamsSortBy?
    public let sortDir: SortDir?
    public let trigger: Trigger?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case compact = "compact"
        case enabled = "enabled"
        case includeDeliveryPreviews = "includeDeliveryPreviews"
        case includeDisabled = "includeDisabled"
        case lastRunStatus = "lastRunStatus"
        case limit = "limit"
        case offset = "offset"
        case query = "query"
        case scheduleKind = "scheduleKind"
        case sessionAgentID = "sessionAgentId"
        case sessionKey = "sessionKey"
        case sortBy = "sortBy"
        case sortDir = "sortDir"
        case trigger = "trigger"
    }

    public init(agentID: String?, compact: Bool?, enabled: Enabled?, includeDeliveryPreviews: Bool?, includeDisabled: Bool?, lastRunStatus: LastRunStatus?, limit: Int?, offset: Int?, query: String?, scheduleKind: ScheduleKindEnum?, sessionAgentID: String?, sessionKey: String?, sortBy: CronListParamsSortBy?, sortDir: SortDir?, trigger: Trigger?) {
        self.agentID = agentID
        self.compact = compact
        self.enabled = enabled
        self.includeDeliveryPreviews = includeDeliveryPreviews
        self.includeDisabled = includeDisabled
        self.lastRunStatus = lastRunStatus
        self.limit = limit
        self.offset = offset
        self.query = query
        self.scheduleKind = scheduleKind
        self.sessionAgentID = sessionAgentID
        self.sessionKey = sessionKey
        self.sortBy = sortBy
        self.sortDir = sortDir
        self.trigger = trigger
    }
}

public enum Enabled: String, Codable {
    case all = "all"
    case disabled = "disabled"
    case enabled = "enabled"
}

public enum LastRunStatus: String, Codable {
    case all = "all"
    case error = "error"
    case ok = "ok"
    case skipped = "skipped"
    case unknown = "unknown"
}

public enum ScheduleKindEnum: String, Codable {
    case all = "all"
    case at = "at"
    case cron = "cron"
    case every = "every"
    case onExit = "on-exit"
    case stream = "stream"
}

public enum CronListParamsSortBy: String, Codable {
    case name = "name"
    case nextRunAtMS = "nextRunAtMs"
    case updatedAtMS = "updatedAtMs"
}

public enum SortDir: String, Codable {
    case asc = "asc"
    case desc = "desc"
}

public enum Trigger: String, Codable {
    case all = "all"
    case conditional = "conditional"
    case unconditional = "unconditional"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronListResult
public struct CronListResult: Codable {
    public let hasMore: Bool
    public let jobs: [JobElement]
    public let limit: Int
    public let nextOffset: Int?
    public let offset: Int
    public let snapshotRevision: String
    public let total: Int

    public enum CodingKeys: String, CodingKey {
        case hasMore = "hasMore"
        case jobs = "jobs"
        case limit = "limit"
        case nextOffset = "nextOffset"
        case offset = "offset"
        case snapshotRevision = "snapshotRevision"
        case total = "total"
    }

    public init(hasMore: Bool, jobs: [JobElement], limit: Int, nextOffset: Int?, offset: Int, snapshotRevision: String, total: Int) {
        self.hasMore = hasMore
        self.jobs = jobs
        self.limit = limit
        self.nextOffset = nextOffset
        self.offset = offset
        self.snapshotRevision = snapshotRevision
        self.total = total
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - JobElement
public struct JobElement: Codable {
    public let agentID: String?
    public let createdAtMS: Int
    public let deleteAfterRun: Bool?
    public let delivery: PurpleDelivery?
    public let description: String?
    public let displayName: String?
    public let effectiveAgentID: String?
    public let enabled: Bool
    public let id: String
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: PurplePayload
    public let schedule: PurpleSchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let state: PurpleState
    public let updatedAtMS: Int
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case createdAtMS = "createdAtMs"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case effectiveAgentID = "effectiveAgentId"
        case enabled = "enabled"
        case id = "id"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case state = "state"
        case updatedAtMS = "updatedAtMs"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, createdAtMS: Int, deleteAfterRun: Bool?, delivery: PurpleDelivery?, description: String?, displayName: String?, effectiveAgentID: String?, enabled: Bool, id: String, missedRuns: MissedRuns?, name: String, payload: PurplePayload, schedule: PurpleSchedule, sessionKey: String?, sessionTarget: SessionTarget, state: PurpleState, updatedAtMS: Int, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.createdAtMS = createdAtMS
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.effectiveAgentID = effectiveAgentID
        self.enabled = enabled
        self.id = id
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.state = state
        self.updatedAtMS = updatedAtMS
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleDelivery
public struct PurpleDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurplePayload
public struct PurplePayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleSchedule
public struct PurpleSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleState
public struct PurpleState: Codable {
    public let backoffUntilMS: Int?
    public let consecutiveErrors: Int?
    public let lastDelivered: Bool?
    public let lastDeliveryError: String?
    public let lastDeliveryStatus: DeliveryStatus?
    public let lastDurationMS: Int?
    public let lastError: String?
    public let lastRunAtMS: Int?
    public let lastRunStatus: StatusElement?
    public let lastStatus: StatusElement?
    public let nextRunAtMS: Int?
    public let runningAtMS: Int?

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case lastDelivered = "lastDelivered"
        case lastDeliveryError = "lastDeliveryError"
        case lastDeliveryStatus = "lastDeliveryStatus"
        case lastDurationMS = "lastDurationMs"
        case lastError = "lastError"
        case lastRunAtMS = "lastRunAtMs"
        case lastRunStatus = "lastRunStatus"
        case lastStatus = "lastStatus"
        case nextRunAtMS = "nextRunAtMs"
        case runningAtMS = "runningAtMs"
    }

    public init(backoffUntilMS: Int?, consecutiveErrors: Int?, lastDelivered: Bool?, lastDeliveryError: String?, lastDeliveryStatus: DeliveryStatus?, lastDurationMS: Int?, lastError: String?, lastRunAtMS: Int?, lastRunStatus: StatusElement?, lastStatus: StatusElement?, nextRunAtMS: Int?, runningAtMS: Int?) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.lastDelivered = lastDelivered
        self.lastDeliveryError = lastDeliveryError
        self.lastDeliveryStatus = lastDeliveryStatus
        self.lastDurationMS = lastDurationMS
        self.lastError = lastError
        self.lastRunAtMS = lastRunAtMS
        self.lastRunStatus = lastRunStatus
        self.lastStatus = lastStatus
        self.nextRunAtMS = nextRunAtMS
        self.runningAtMS = runningAtMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRemoveParams
public struct CronRemoveParams: Codable {
    public let id: String?
    public let jobID: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case jobID = "jobId"
    }

    public init(id: String?, jobID: String?) {
        self.id = id
        self.jobID = jobID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRemoveResult
public struct CronRemoveResult: Codable {
    public let ok: Bool
    public let removed: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case removed = "removed"
    }

    public init(ok: Bool, removed: Bool) {
        self.ok = ok
        self.removed = removed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRunParams
public struct CronRunParams: Codable {
    public let id: String?
    public let mode: CronRunParamsMode?
    public let jobID: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case mode = "mode"
        case jobID = "jobId"
    }

    public init(id: String?, mode: CronRunParamsMode?, jobID: String?) {
        self.id = id
        self.mode = mode
        self.jobID = jobID
    }
}

public enum CronRunParamsMode: String, Codable {
    case due = "due"
    case force = "force"
    case ifEnabled = "if-enabled"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRunResult
public struct CronRunResult: Codable {
    public let enqueued: Bool?
    public let ok: Bool
    public let runID: String?
    public let ran: Bool?
    public let reason: CronRunResultReason?

    public enum CodingKeys: String, CodingKey {
        case enqueued = "enqueued"
        case ok = "ok"
        case runID = "runId"
        case ran = "ran"
        case reason = "reason"
    }

    public init(enqueued: Bool?, ok: Bool, runID: String?, ran: Bool?, reason: CronRunResultReason?) {
        self.enqueued = enqueued
        self.ok = ok
        self.runID = runID
        self.ran = ran
        self.reason = reason
    }
}

public enum CronRunResultReason: String, Codable {
    case alreadyRunning = "already-running"
    case disabled = "disabled"
    case notDue = "not-due"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRunsParams
public struct CronRunsParams: Codable {
    public let agentID: String?
    public let deliveryStatus: DeliveryStatus?
    public let deliveryStatuses: [DeliveryStatus]?
    public let id: String?
    public let jobID: String?
    public let limit: Int?
    public let offset: Int?
    public let query: String?
    public let runID: String?
    public let scope: CronRunsParamsScope?
    public let sortDir: SortDir?
    public let status: PurpleStatus?
    public let statuses: [StatusElement]?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case deliveryStatus = "deliveryStatus"
        case deliveryStatuses = "deliveryStatuses"
        case id = "id"
        case jobID = "jobId"
        case limit = "limit"
        case offset = "offset"
        case query = "query"
        case runID = "runId"
        case scope = "scope"
        case sortDir = "sortDir"
        case status = "status"
        case statuses = "statuses"
    }

    public init(agentID: String?, deliveryStatus: DeliveryStatus?, deliveryStatuses: [DeliveryStatus]?, id: String?, jobID: String?, limit: Int?, offset: Int?, query: String?, runID: String?, scope: CronRunsParamsScope?, sortDir: SortDir?, status: PurpleStatus?, statuses: [StatusElement]?) {
        self.agentID = agentID
        self.deliveryStatus = deliveryStatus
        self.deliveryStatuses = deliveryStatuses
        self.id = id
        self.jobID = jobID
        self.limit = limit
        self.offset = offset
        self.query = query
        self.runID = runID
        self.scope = scope
        self.sortDir = sortDir
        self.status = status
        self.statuses = statuses
    }
}

public enum CronRunsParamsScope: String, Codable {
    case all = "all"
    case job = "job"
}

public enum PurpleStatus: String, Codable {
    case all = "all"
    case error = "error"
    case ok = "ok"
    case skipped = "skipped"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronRunsResult
public struct CronRunsResult: Codable {
    public let entries: [EntryElement]
    public let hasMore: Bool
    public let limit: Int
    public let nextOffset: Int?
    public let offset: Int
    public let total: Int

    public enum CodingKeys: String, CodingKey {
        case entries = "entries"
        case hasMore = "hasMore"
        case limit = "limit"
        case nextOffset = "nextOffset"
        case offset = "offset"
        case total = "total"
    }

    public init(entries: [EntryElement], hasMore: Bool, limit: Int, nextOffset: Int?, offset: Int, total: Int) {
        self.entries = entries
        self.hasMore = hasMore
        self.limit = limit
        self.nextOffset = nextOffset
        self.offset = offset
        self.total = total
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - EntryElement
public struct EntryElement: Codable {
    public let action: EntryAction
    public let delivered: Bool?
    public let deliveryError: String?
    public let deliveryStatus: DeliveryStatus?
    public let durationMS: Int?
    public let error: String?
    public let jobID: String
    public let jobName: String?
    public let model: String?
    public let nextRunAtMS: Int?
    public let runAtMS: Int?
    public let runID: String?
    public let sessionID: String?
    public let sessionKey: String?
    public let status: StatusElement?
    public let summary: String?
    public let ts: Int

    public enum CodingKeys: String, CodingKey {
        case action = "action"
        case delivered = "delivered"
        case deliveryError = "deliveryError"
        case deliveryStatus = "deliveryStatus"
        case durationMS = "durationMs"
        case error = "error"
        case jobID = "jobId"
        case jobName = "jobName"
        case model = "model"
        case nextRunAtMS = "nextRunAtMs"
        case runAtMS = "runAtMs"
        case runID = "runId"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case status = "status"
        case summary = "summary"
        case ts = "ts"
    }

    public init(action: EntryAction, delivered: Bool?, deliveryError: String?, deliveryStatus: DeliveryStatus?, durationMS: Int?, error: String?, jobID: String, jobName: String?, model: String?, nextRunAtMS: Int?, runAtMS: Int?, runID: String?, sessionID: String?, sessionKey: String?, status: StatusElement?, summary: String?, ts: Int) {
        self.action = action
        self.delivered = delivered
        self.deliveryError = deliveryError
        self.deliveryStatus = deliveryStatus
        self.durationMS = durationMS
        self.error = error
        self.jobID = jobID
        self.jobName = jobName
        self.model = model
        self.nextRunAtMS = nextRunAtMS
        self.runAtMS = runAtMS
        self.runID = runID
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.status = status
        self.summary = summary
        self.ts = ts
    }
}

public enum EntryAction: String, Codable {
    case finished = "finished"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronStatusParams
public struct CronStatusParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronStatusResult
public struct CronStatusResult: Codable {
    public let backingOff: [BackingOff]
    public let enabled: Bool
    public let jobs: Int
    public let maxConcurrentRuns: Int
    public let nextWakeAtMS: Int?
    public let running: Int
    public let storePath: String

    public enum CodingKeys: String, CodingKey {
        case backingOff = "backingOff"
        case enabled = "enabled"
        case jobs = "jobs"
        case maxConcurrentRuns = "maxConcurrentRuns"
        case nextWakeAtMS = "nextWakeAtMs"
        case running = "running"
        case storePath = "storePath"
    }

    public init(backingOff: [BackingOff], enabled: Bool, jobs: Int, maxConcurrentRuns: Int, nextWakeAtMS: Int?, running: Int, storePath: String) {
        self.backingOff = backingOff
        self.enabled = enabled
        self.jobs = jobs
        self.maxConcurrentRuns = maxConcurrentRuns
        self.nextWakeAtMS = nextWakeAtMS
        self.running = running
        self.storePath = storePath
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - BackingOff
public struct BackingOff: Codable {
    public let backoffUntilMS: Int
    public let consecutiveErrors: Int
    public let id: String
    public let lastError: String?
    public let name: String

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case id = "id"
        case lastError = "lastError"
        case name = "name"
    }

    public init(backoffUntilMS: Int, consecutiveErrors: Int, id: String, lastError: String?, name: String) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.id = id
        self.lastError = lastError
        self.name = name
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateParams
public struct CronUpdateParams: Codable {
    public let expectedConfigRevision: String?
    public let id: String?
    public let patch: CronUpdateParamsPatch
    public let jobID: String?

    public enum CodingKeys: String, CodingKey {
        case expectedConfigRevision = "expectedConfigRevision"
        case id = "id"
        case patch = "patch"
        case jobID = "jobId"
    }

    public init(expectedConfigRevision: String?, id: String?, patch: CronUpdateParamsPatch, jobID: String?) {
        self.expectedConfigRevision = expectedConfigRevision
        self.id = id
        self.patch = patch
        self.jobID = jobID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateParamsPatch
public struct CronUpdateParamsPatch: Codable {
    public let agentID: String?
    public let deleteAfterRun: Bool?
    public let delivery: PatchDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool?
    public let missedRuns: MissedRuns?
    public let name: String?
    public let payload: PatchPayload?
    public let schedule: PatchSchedule?
    public let sessionKey: String?
    public let sessionTarget: SessionTarget?
    public let wakeMode: WakeModeEnum?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, deleteAfterRun: Bool?, delivery: PatchDelivery?, description: String?, displayName: String?, enabled: Bool?, missedRuns: MissedRuns?, name: String?, payload: PatchPayload?, schedule: PatchSchedule?, sessionKey: String?, sessionTarget: SessionTarget?, wakeMode: WakeModeEnum?) {
        self.agentID = agentID
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PatchDelivery
public struct PatchDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode?
    public let threadID: DeliveryThreadID?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode?, threadID: DeliveryThreadID?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

public enum DeliveryThreadID: Codable {
    case double(Double)
    case string(String)
    case null

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode(Double.self) {
            self = .double(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        if container.decodeNil() {
            self = .null
            return
        }
        throw DecodingError.typeMismatch(DeliveryThreadID.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for DeliveryThreadID"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .double(let x):
            try container.encode(x)
        case .string(let x):
            try container.encode(x)
        case .null:
            try container.encodeNil()
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PatchPayload
public struct PatchPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PatchSchedule
public struct PatchSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateResult
public struct CronUpdateResult: Codable {
    public let agentID: String?
    public let createdAtMS: Int
    public let deleteAfterRun: Bool?
    public let delivery: CronUpdateResultDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool
    public let id: String
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: CronUpdateResultPayload
    public let schedule: CronUpdateResultSchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let state: CronUpdateResultState
    public let updatedAtMS: Int
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case createdAtMS = "createdAtMs"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case id = "id"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case state = "state"
        case updatedAtMS = "updatedAtMs"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, createdAtMS: Int, deleteAfterRun: Bool?, delivery: CronUpdateResultDelivery?, description: String?, displayName: String?, enabled: Bool, id: String, missedRuns: MissedRuns?, name: String, payload: CronUpdateResultPayload, schedule: CronUpdateResultSchedule, sessionKey: String?, sessionTarget: SessionTarget, state: CronUpdateResultState, updatedAtMS: Int, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.createdAtMS = createdAtMS
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.id = id
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.state = state
        self.updatedAtMS = updatedAtMS
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateResultDelivery
public struct CronUpdateResultDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateResultPayload
public struct CronUpdateResultPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateResultSchedule
public struct CronUpdateResultSchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronUpdateResultState
public struct CronUpdateResultState: Codable {
    public let backoffUntilMS: Int?
    public let consecutiveErrors: Int?
    public let lastDelivered: Bool?
    public let lastDeliveryError: String?
    public let lastDeliveryStatus: DeliveryStatus?
    public let lastDurationMS: Int?
    public let lastError: String?
    public let lastRunAtMS: Int?
    public let lastRunStatus: StatusElement?
    public let lastStatus: StatusElement?
    public let nextRunAtMS: Int?
    public let runningAtMS: Int?

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case lastDelivered = "lastDelivered"
        case lastDeliveryError = "lastDeliveryError"
        case lastDeliveryStatus = "lastDeliveryStatus"
        case lastDurationMS = "lastDurationMs"
        case lastError = "lastError"
        case lastRunAtMS = "lastRunAtMs"
        case lastRunStatus = "lastRunStatus"
        case lastStatus = "lastStatus"
        case nextRunAtMS = "nextRunAtMs"
        case runningAtMS = "runningAtMs"
    }

    public init(backoffUntilMS: Int?, consecutiveErrors: Int?, lastDelivered: Bool?, lastDeliveryError: String?, lastDeliveryStatus: DeliveryStatus?, lastDurationMS: Int?, lastError: String?, lastRunAtMS: Int?, lastRunStatus: StatusElement?, lastStatus: StatusElement?, nextRunAtMS: Int?, runningAtMS: Int?) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.lastDelivered = lastDelivered
        self.lastDeliveryError = lastDeliveryError
        self.lastDeliveryStatus = lastDeliveryStatus
        self.lastDurationMS = lastDurationMS
        self.lastError = lastError
        self.lastRunAtMS = lastRunAtMS
        self.lastRunStatus = lastRunStatus
        self.lastStatus = lastStatus
        self.nextRunAtMS = nextRunAtMS
        self.runningAtMS = runningAtMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairApproveParams
public struct DevicePairApproveParams: Codable {
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case requestID = "requestId"
    }

    public init(requestID: String) {
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairApproveResult
public struct DevicePairApproveResult: Codable {
    public let device: DevicePairApproveResultDevice
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case device = "device"
        case requestID = "requestId"
    }

    public init(device: DevicePairApproveResultDevice, requestID: String) {
        self.device = device
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairApproveResultDevice
public struct DevicePairApproveResultDevice: Codable {
    public let approvedAtMS: Double
    public let clientID: String?
    public let clientMode: String?
    public let createdAtMS: Double
    public let deviceFamily: String?
    public let deviceID: String
    public let displayName: String?
    public let platform: String?
    public let publicKey: String
    public let remoteIP: String?
    public let role: String?
    public let roles: [String]
    public let scopes: [String]
    public let tokens: [DeviceToken]

    public enum CodingKeys: String, CodingKey {
        case approvedAtMS = "approvedAtMs"
        case clientID = "clientId"
        case clientMode = "clientMode"
        case createdAtMS = "createdAtMs"
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case displayName = "displayName"
        case platform = "platform"
        case publicKey = "publicKey"
        case remoteIP = "remoteIp"
        case role = "role"
        case roles = "roles"
        case scopes = "scopes"
        case tokens = "tokens"
    }

    public init(approvedAtMS: Double, clientID: String?, clientMode: String?, createdAtMS: Double, deviceFamily: String?, deviceID: String, displayName: String?, platform: String?, publicKey: String, remoteIP: String?, role: String?, roles: [String], scopes: [String], tokens: [DeviceToken]) {
        self.approvedAtMS = approvedAtMS
        self.clientID = clientID
        self.clientMode = clientMode
        self.createdAtMS = createdAtMS
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.displayName = displayName
        self.platform = platform
        self.publicKey = publicKey
        self.remoteIP = remoteIP
        self.role = role
        self.roles = roles
        self.scopes = scopes
        self.tokens = tokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DeviceToken
public struct DeviceToken: Codable {
    public let createdAtMS: Double
    public let lastUsedAtMS: Double?
    public let revokedAtMS: Double?
    public let role: String
    public let rotatedAtMS: Double?
    public let scopes: [String]

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case lastUsedAtMS = "lastUsedAtMs"
        case revokedAtMS = "revokedAtMs"
        case role = "role"
        case rotatedAtMS = "rotatedAtMs"
        case scopes = "scopes"
    }

    public init(createdAtMS: Double, lastUsedAtMS: Double?, revokedAtMS: Double?, role: String, rotatedAtMS: Double?, scopes: [String]) {
        self.createdAtMS = createdAtMS
        self.lastUsedAtMS = lastUsedAtMS
        self.revokedAtMS = revokedAtMS
        self.role = role
        self.rotatedAtMS = rotatedAtMS
        self.scopes = scopes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairListParams
public struct DevicePairListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairListResult
public struct DevicePairListResult: Codable {
    public let paired: [DevicePairListResultPaired]
    public let pending: [DevicePairListResultPending]

    public enum CodingKeys: String, CodingKey {
        case paired = "paired"
        case pending = "pending"
    }

    public init(paired: [DevicePairListResultPaired], pending: [DevicePairListResultPending]) {
        self.paired = paired
        self.pending = pending
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairListResultPaired
public struct DevicePairListResultPaired: Codable {
    public let approvedAtMS: Double
    public let clientID: String?
    public let clientMode: String?
    public let connected: Bool
    public let createdAtMS: Double
    public let deviceFamily: String?
    public let deviceID: String
    public let displayName: String?
    public let platform: String?
    public let publicKey: String
    public let remoteIP: String?
    public let role: String?
    public let roles: [String]
    public let scopes: [String]
    public let tokens: [PairedToken]

    public enum CodingKeys: String, CodingKey {
        case approvedAtMS = "approvedAtMs"
        case clientID = "clientId"
        case clientMode = "clientMode"
        case connected = "connected"
        case createdAtMS = "createdAtMs"
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case displayName = "displayName"
        case platform = "platform"
        case publicKey = "publicKey"
        case remoteIP = "remoteIp"
        case role = "role"
        case roles = "roles"
        case scopes = "scopes"
        case tokens = "tokens"
    }

    public init(approvedAtMS: Double, clientID: String?, clientMode: String?, connected: Bool, createdAtMS: Double, deviceFamily: String?, deviceID: String, displayName: String?, platform: String?, publicKey: String, remoteIP: String?, role: String?, roles: [String], scopes: [String], tokens: [PairedToken]) {
        self.approvedAtMS = approvedAtMS
        self.clientID = clientID
        self.clientMode = clientMode
        self.connected = connected
        self.createdAtMS = createdAtMS
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.displayName = displayName
        self.platform = platform
        self.publicKey = publicKey
        self.remoteIP = remoteIP
        self.role = role
        self.roles = roles
        self.scopes = scopes
        self.tokens = tokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PairedToken
public struct PairedToken: Codable {
    public let createdAtMS: Double
    public let lastUsedAtMS: Double?
    public let revokedAtMS: Double?
    public let role: String
    public let rotatedAtMS: Double?
    public let scopes: [String]

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case lastUsedAtMS = "lastUsedAtMs"
        case revokedAtMS = "revokedAtMs"
        case role = "role"
        case rotatedAtMS = "rotatedAtMs"
        case scopes = "scopes"
    }

    public init(createdAtMS: Double, lastUsedAtMS: Double?, revokedAtMS: Double?, role: String, rotatedAtMS: Double?, scopes: [String]) {
        self.createdAtMS = createdAtMS
        self.lastUsedAtMS = lastUsedAtMS
        self.revokedAtMS = revokedAtMS
        self.role = role
        self.rotatedAtMS = rotatedAtMS
        self.scopes = scopes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairListResultPending
public struct DevicePairListResultPending: Codable {
    public let clientID: String?
    public let clientMode: String?
    public let deviceFamily: String?
    public let deviceID: String
    public let displayName: String?
    public let isRepair: Bool
    public let platform: String?
    public let publicKey: String
    public let reason: PendingReason
    public let remoteIP: String?
    public let requestID: String
    public let role: String
    public let roles: [String]
    public let scopes: [String]
    public let silent: Bool
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case clientID = "clientId"
        case clientMode = "clientMode"
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case displayName = "displayName"
        case isRepair = "isRepair"
        case platform = "platform"
        case publicKey = "publicKey"
        case reason = "reason"
        case remoteIP = "remoteIp"
        case requestID = "requestId"
        case role = "role"
        case roles = "roles"
        case scopes = "scopes"
        case silent = "silent"
        case ts = "ts"
    }

    public init(clientID: String?, clientMode: String?, deviceFamily: String?, deviceID: String, displayName: String?, isRepair: Bool, platform: String?, publicKey: String, reason: PendingReason, remoteIP: String?, requestID: String, role: String, roles: [String], scopes: [String], silent: Bool, ts: Double) {
        self.clientID = clientID
        self.clientMode = clientMode
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.displayName = displayName
        self.isRepair = isRepair
        self.platform = platform
        self.publicKey = publicKey
        self.reason = reason
        self.remoteIP = remoteIP
        self.requestID = requestID
        self.role = role
        self.roles = roles
        self.scopes = scopes
        self.silent = silent
        self.ts = ts
    }
}

public enum PendingReason: String, Codable {
    case notPaired = "not-paired"
    case roleUpgrade = "role-upgrade"
    case scopeUpgrade = "scope-upgrade"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairRejectParams
public struct DevicePairRejectParams: Codable {
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case requestID = "requestId"
    }

    public init(requestID: String) {
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairRejectResult
public struct DevicePairRejectResult: Codable {
    public let deviceID: String
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
        case requestID = "requestId"
    }

    public init(deviceID: String, requestID: String) {
        self.deviceID = deviceID
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairRemoveParams
public struct DevicePairRemoveParams: Codable {
    public let deviceID: String

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
    }

    public init(deviceID: String) {
        self.deviceID = deviceID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairRemoveResult
public struct DevicePairRemoveResult: Codable {
    public let closedConnections: Int
    public let deviceID: String
    public let removed: Bool

    public enum CodingKeys: String, CodingKey {
        case closedConnections = "closedConnections"
        case deviceID = "deviceId"
        case removed = "removed"
    }

    public init(closedConnections: Int, deviceID: String, removed: Bool) {
        self.closedConnections = closedConnections
        self.deviceID = deviceID
        self.removed = removed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DeviceTokenRevokeParams
public struct DeviceTokenRevokeParams: Codable {
    public let deviceID: String
    public let role: Role

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
        case role = "role"
    }

    public init(deviceID: String, role: Role) {
        self.deviceID = deviceID
        self.role = role
    }
}

public enum Role: String, Codable {
    case node = "node"
    case roleOperator = "operator"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DeviceTokenRevokeResult
public struct DeviceTokenRevokeResult: Codable {
    public let deviceID: String
    public let revokedAtMS: Double
    public let role: String

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
        case revokedAtMS = "revokedAtMs"
        case role = "role"
    }

    public init(deviceID: String, revokedAtMS: Double, role: String) {
        self.deviceID = deviceID
        self.revokedAtMS = revokedAtMS
        self.role = role
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DeviceTokenRotateParams
public struct DeviceTokenRotateParams: Codable {
    public let deviceID: String
    public let role: Role
    public let scopes: [String]?

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
        case role = "role"
        case scopes = "scopes"
    }

    public init(deviceID: String, role: Role, scopes: [String]?) {
        self.deviceID = deviceID
        self.role = role
        self.scopes = scopes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DeviceTokenRotateResult
public struct DeviceTokenRotateResult: Codable {
    public let deviceID: String
    public let role: String
    public let rotatedAtMS: Double
    public let scopes: [String]
    public let token: String

    public enum CodingKeys: String, CodingKey {
        case deviceID = "deviceId"
        case role = "role"
        case rotatedAtMS = "rotatedAtMs"
        case scopes = "scopes"
        case token = "token"
    }

    public init(deviceID: String, role: String, rotatedAtMS: Double, scopes: [String], token: String) {
        self.deviceID = deviceID
        self.role = role
        self.rotatedAtMS = rotatedAtMS
        self.scopes = scopes
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DiagnosticsLanesParams
public struct DiagnosticsLanesParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DiagnosticsLanesResult
public struct DiagnosticsLanesResult: Codable {
    public let diagnosticsLanesResultDynamic: JSONNull?
    public let lanes: [JSONAny]
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case diagnosticsLanesResultDynamic = "dynamic"
        case lanes = "lanes"
        case ts = "ts"
    }

    public init(diagnosticsLanesResultDynamic: JSONNull?, lanes: [JSONAny], ts: Double) {
        self.diagnosticsLanesResultDynamic = diagnosticsLanesResultDynamic
        self.lanes = lanes
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DoctorMemoryStatusParams
public struct DoctorMemoryStatusParams: Codable {
    public let agentID: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
    }

    public init(agentID: String?) {
        self.agentID = agentID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DoctorMemoryStatusResult
public struct DoctorMemoryStatusResult: Codable {
    public let agentID: String?
    public let embedding: Embedding
    public let searchRuntimeRegistered: Bool

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case embedding = "embedding"
        case searchRuntimeRegistered = "searchRuntimeRegistered"
    }

    public init(agentID: String?, embedding: Embedding, searchRuntimeRegistered: Bool) {
        self.agentID = agentID
        self.embedding = embedding
        self.searchRuntimeRegistered = searchRuntimeRegistered
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Embedding
public struct Embedding: Codable {
    public let error: String
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case ok = "ok"
    }

    public init(error: String, ok: Bool) {
        self.error = error
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - EnvironmentsListParams
public struct EnvironmentsListParams: Codable {
    public let includeDesktopSetup: Bool?
    public let projection: Projection?
    public let runtimeID: String?

    public enum CodingKeys: String, CodingKey {
        case includeDesktopSetup = "includeDesktopSetup"
        case projection = "projection"
        case runtimeID = "runtimeId"
    }

    public init(includeDesktopSetup: Bool?, projection: Projection?, runtimeID: String?) {
        self.includeDesktopSetup = includeDesktopSetup
        self.projection = projection
        self.runtimeID = runtimeID
    }
}

public enum Projection: String, Codable {
    case profiles = "profiles"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - EnvironmentsListResult
public struct EnvironmentsListResult: Codable {
    public let environments: [JSONAny]
    public let profiles: [JSONAny]?

    public enum CodingKeys: String, CodingKey {
        case environments = "environments"
        case profiles = "profiles"
    }

    public init(environments: [JSONAny], profiles: [JSONAny]?) {
        self.environments = environments
        self.profiles = profiles
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalGetParams
public struct ExecApprovalGetParams: Codable {
    public let id: String

    public enum CodingKeys: String, CodingKey {
        case id = "id"
    }

    public init(id: String) {
        self.id = id
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalGetResult
public struct ExecApprovalGetResult: Codable {
    public let createdAtMS: Int
    public let decision: Decision?
    public let expiresAtMS: Int
    public let id: String
    public let request: ExecApprovalGetResultRequest
    public let resolvedAtMS: Int?
    public let resolvedBy: String?
    public let status: ApprovalStatus

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case decision = "decision"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case request = "request"
        case resolvedAtMS = "resolvedAtMs"
        case resolvedBy = "resolvedBy"
        case status = "status"
    }

    public init(createdAtMS: Int, decision: Decision?, expiresAtMS: Int, id: String, request: ExecApprovalGetResultRequest, resolvedAtMS: Int?, resolvedBy: String?, status: ApprovalStatus) {
        self.createdAtMS = createdAtMS
        self.decision = decision
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.request = request
        self.resolvedAtMS = resolvedAtMS
        self.resolvedBy = resolvedBy
        self.status = status
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalGetResultRequest
public struct ExecApprovalGetResultRequest: Codable {
    public let agentID: String?
    public let ask: Ask?
    public let command: String
    public let commandArgv: [String]?
    public let cwd: String?
    public let envKeys: [String]?
    public let host: String?
    public let nodeID: String?
    public let resolvedPath: String?
    public let security: AskFallback?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case ask = "ask"
        case command = "command"
        case commandArgv = "commandArgv"
        case cwd = "cwd"
        case envKeys = "envKeys"
        case host = "host"
        case nodeID = "nodeId"
        case resolvedPath = "resolvedPath"
        case security = "security"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, ask: Ask?, command: String, commandArgv: [String]?, cwd: String?, envKeys: [String]?, host: String?, nodeID: String?, resolvedPath: String?, security: AskFallback?, sessionKey: String?) {
        self.agentID = agentID
        self.ask = ask
        self.command = command
        self.commandArgv = commandArgv
        self.cwd = cwd
        self.envKeys = envKeys
        self.host = host
        self.nodeID = nodeID
        self.resolvedPath = resolvedPath
        self.security = security
        self.sessionKey = sessionKey
    }
}

public enum Ask: String, Codable {
    case always = "always"
    case off = "off"
    case onMiss = "on-miss"
}

public enum AskFallback: String, Codable {
    case allowlist = "allowlist"
    case deny = "deny"
    case full = "full"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalGrantsListParams
public struct ExecApprovalGrantsListParams: Codable {
    public let limit: Int?

    public enum CodingKeys: String, CodingKey {
        case limit = "limit"
    }

    public init(limit: Int?) {
        self.limit = limit
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalGrantsListResult
public struct ExecApprovalGrantsListResult: Codable {
    public let grants: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case grants = "grants"
    }

    public init(grants: [JSONAny]) {
        self.grants = grants
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalListParams
public struct ExecApprovalListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalListResultElement
public struct ExecApprovalListResultElement: Codable {
    public let createdAtMS: Int
    public let expiresAtMS: Int
    public let id: String
    public let request: ExecApprovalListResultRequest

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case request = "request"
    }

    public init(createdAtMS: Int, expiresAtMS: Int, id: String, request: ExecApprovalListResultRequest) {
        self.createdAtMS = createdAtMS
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.request = request
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalListResultRequest
public struct ExecApprovalListResultRequest: Codable {
    public let agentID: String?
    public let ask: Ask?
    public let command: String
    public let commandArgv: [String]?
    public let cwd: String?
    public let envKeys: [String]?
    public let host: String?
    public let nodeID: String?
    public let resolvedPath: String?
    public let security: AskFallback?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case ask = "ask"
        case command = "command"
        case commandArgv = "commandArgv"
        case cwd = "cwd"
        case envKeys = "envKeys"
        case host = "host"
        case nodeID = "nodeId"
        case resolvedPath = "resolvedPath"
        case security = "security"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, ask: Ask?, command: String, commandArgv: [String]?, cwd: String?, envKeys: [String]?, host: String?, nodeID: String?, resolvedPath: String?, security: AskFallback?, sessionKey: String?) {
        self.agentID = agentID
        self.ask = ask
        self.command = command
        self.commandArgv = commandArgv
        self.cwd = cwd
        self.envKeys = envKeys
        self.host = host
        self.nodeID = nodeID
        self.resolvedPath = resolvedPath
        self.security = security
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalRequestParams
public struct ExecApprovalRequestParams: Codable {
    public let agentID: String?
    public let ask: Ask?
    public let command: String
    public let commandArgv: [String]?
    public let cwd: String?
    public let env: [String: JSONAny]?
    public let host: String?
    public let id: String?
    public let nodeID: String?
    public let resolvedPath: String?
    public let security: AskFallback?
    public let sessionKey: String?
    public let systemRunPlan: JSONAny?
    public let timeoutMS: Int?
    public let twoPhase: Bool?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case ask = "ask"
        case command = "command"
        case commandArgv = "commandArgv"
        case cwd = "cwd"
        case env = "env"
        case host = "host"
        case id = "id"
        case nodeID = "nodeId"
        case resolvedPath = "resolvedPath"
        case security = "security"
        case sessionKey = "sessionKey"
        case systemRunPlan = "systemRunPlan"
        case timeoutMS = "timeoutMs"
        case twoPhase = "twoPhase"
    }

    public init(agentID: String?, ask: Ask?, command: String, commandArgv: [String]?, cwd: String?, env: [String: JSONAny]?, host: String?, id: String?, nodeID: String?, resolvedPath: String?, security: AskFallback?, sessionKey: String?, systemRunPlan: JSONAny?, timeoutMS: Int?, twoPhase: Bool?) {
        self.agentID = agentID
        self.ask = ask
        self.command = command
        self.commandArgv = commandArgv
        self.cwd = cwd
        self.env = env
        self.host = host
        self.id = id
        self.nodeID = nodeID
        self.resolvedPath = resolvedPath
        self.security = security
        self.sessionKey = sessionKey
        self.systemRunPlan = systemRunPlan
        self.timeoutMS = timeoutMS
        self.twoPhase = twoPhase
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalRequestResult
public struct ExecApprovalRequestResult: Codable {
    public let createdAtMS: Int
    public let expiresAtMS: Int
    public let id: String
    public let status: ExecApprovalRequestResultStatus?
    public let decision: Decision?

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case status = "status"
        case decision = "decision"
    }

    public init(createdAtMS: Int, expiresAtMS: Int, id: String, status: ExecApprovalRequestResultStatus?, decision: Decision?) {
        self.createdAtMS = createdAtMS
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.status = status
        self.decision = decision
    }
}

public enum ExecApprovalRequestResultStatus: String, Codable {
    case accepted = "accepted"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalResolveParams
public struct ExecApprovalResolveParams: Codable {
    public let decision: Decision
    public let id: String
    public let reason: String?

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case id = "id"
        case reason = "reason"
    }

    public init(decision: Decision, id: String, reason: String?) {
        self.decision = decision
        self.id = id
        self.reason = reason
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalResolveResult
public struct ExecApprovalResolveResult: Codable {
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(ok: Bool) {
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalWaitDecisionParams
public struct ExecApprovalWaitDecisionParams: Codable {
    public let id: String
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case timeoutMS = "timeoutMs"
    }

    public init(id: String, timeoutMS: Int?) {
        self.id = id
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalWaitDecisionResult
public struct ExecApprovalWaitDecisionResult: Codable {
    public let decision: Decision?
    public let id: String
    public let status: String

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case id = "id"
        case status = "status"
    }

    public init(decision: Decision?, id: String, status: String) {
        self.decision = decision
        self.id = id
        self.status = status
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsGetParams
public struct ExecApprovalsGetParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsGetResult
public struct ExecApprovalsGetResult: Codable {
    public let exists: Bool
    public let file: ExecApprovalsGetResultFile
    public let hash: String
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case exists = "exists"
        case file = "file"
        case hash = "hash"
        case path = "path"
    }

    public init(exists: Bool, file: ExecApprovalsGetResultFile, hash: String, path: String) {
        self.exists = exists
        self.file = file
        self.hash = hash
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsGetResultFile
public struct ExecApprovalsGetResultFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: PurpleDefaults?
    public let socket: PurpleSocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: PurpleDefaults?, socket: PurpleSocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleDefaults
public struct PurpleDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleSocket
public struct PurpleSocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeGetParams
public struct ExecApprovalsNodeGetParams: Codable {
    public let nodeID: String

    public enum CodingKeys: String, CodingKey {
        case nodeID = "nodeId"
    }

    public init(nodeID: String) {
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeGetResult
public struct ExecApprovalsNodeGetResult: Codable {
    public let exists: Bool
    public let file: ExecApprovalsNodeGetResultFile
    public let hash: String
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case exists = "exists"
        case file = "file"
        case hash = "hash"
        case path = "path"
    }

    public init(exists: Bool, file: ExecApprovalsNodeGetResultFile, hash: String, path: String) {
        self.exists = exists
        self.file = file
        self.hash = hash
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeGetResultFile
public struct ExecApprovalsNodeGetResultFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: FluffyDefaults?
    public let socket: FluffySocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: FluffyDefaults?, socket: FluffySocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyDefaults
public struct FluffyDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffySocket
public struct FluffySocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeSetParams
public struct ExecApprovalsNodeSetParams: Codable {
    public let baseHash: String?
    public let file: ExecApprovalsNodeSetParamsFile
    public let nodeID: String

    public enum CodingKeys: String, CodingKey {
        case baseHash = "baseHash"
        case file = "file"
        case nodeID = "nodeId"
    }

    public init(baseHash: String?, file: ExecApprovalsNodeSetParamsFile, nodeID: String) {
        self.baseHash = baseHash
        self.file = file
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeSetParamsFile
public struct ExecApprovalsNodeSetParamsFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: TentacledDefaults?
    public let socket: TentacledSocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: TentacledDefaults?, socket: TentacledSocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledDefaults
public struct TentacledDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledSocket
public struct TentacledSocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeSetResult
public struct ExecApprovalsNodeSetResult: Codable {
    public let exists: Bool
    public let file: ExecApprovalsNodeSetResultFile
    public let hash: String
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case exists = "exists"
        case file = "file"
        case hash = "hash"
        case path = "path"
    }

    public init(exists: Bool, file: ExecApprovalsNodeSetResultFile, hash: String, path: String) {
        self.exists = exists
        self.file = file
        self.hash = hash
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsNodeSetResultFile
public struct ExecApprovalsNodeSetResultFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: StickyDefaults?
    public let socket: StickySocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: StickyDefaults?, socket: StickySocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StickyDefaults
public struct StickyDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StickySocket
public struct StickySocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsSetParams
public struct ExecApprovalsSetParams: Codable {
    public let baseHash: String?
    public let file: ExecApprovalsSetParamsFile

    public enum CodingKeys: String, CodingKey {
        case baseHash = "baseHash"
        case file = "file"
    }

    public init(baseHash: String?, file: ExecApprovalsSetParamsFile) {
        self.baseHash = baseHash
        self.file = file
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsSetParamsFile
public struct ExecApprovalsSetParamsFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: IndigoDefaults?
    public let socket: IndigoSocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: IndigoDefaults?, socket: IndigoSocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - IndigoDefaults
public struct IndigoDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - IndigoSocket
public struct IndigoSocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsSetResult
public struct ExecApprovalsSetResult: Codable {
    public let exists: Bool
    public let file: ExecApprovalsSetResultFile
    public let hash: String
    public let path: String

    public enum CodingKeys: String, CodingKey {
        case exists = "exists"
        case file = "file"
        case hash = "hash"
        case path = "path"
    }

    public init(exists: Bool, file: ExecApprovalsSetResultFile, hash: String, path: String) {
        self.exists = exists
        self.file = file
        self.hash = hash
        self.path = path
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalsSetResultFile
public struct ExecApprovalsSetResultFile: Codable {
    public let agents: [String: JSONAny]?
    public let defaults: IndecentDefaults?
    public let socket: IndecentSocket?
    public let version: Double

    public enum CodingKeys: String, CodingKey {
        case agents = "agents"
        case defaults = "defaults"
        case socket = "socket"
        case version = "version"
    }

    public init(agents: [String: JSONAny]?, defaults: IndecentDefaults?, socket: IndecentSocket?, version: Double) {
        self.agents = agents
        self.defaults = defaults
        self.socket = socket
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - IndecentDefaults
public struct IndecentDefaults: Codable {
    public let ask: Ask?
    public let askFallback: AskFallback?
    public let autoAllowSkills: Bool?
    public let security: AskFallback?

    public enum CodingKeys: String, CodingKey {
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case security = "security"
    }

    public init(ask: Ask?, askFallback: AskFallback?, autoAllowSkills: Bool?, security: AskFallback?) {
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.security = security
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - IndecentSocket
public struct IndecentSocket: Codable {
    public let path: String?
    public let token: String?

    public enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(path: String?, token: String?) {
        self.path = path
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HealthParams
public struct HealthParams: Codable {
    public let probe: Bool?

    public enum CodingKeys: String, CodingKey {
        case probe = "probe"
    }

    public init(probe: Bool?) {
        self.probe = probe
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HealthResult
public struct HealthResult: Codable {
    public let channelLabels: [String: JSONAny]
    public let channelOrder: [String]
    public let channels: [String: JSONAny]
    public let degraded: Bool
    public let durationMS: Double
    public let ok: Bool
    public let plugins: HealthResultPlugins
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case channelLabels = "channelLabels"
        case channelOrder = "channelOrder"
        case channels = "channels"
        case degraded = "degraded"
        case durationMS = "durationMs"
        case ok = "ok"
        case plugins = "plugins"
        case ts = "ts"
    }

    public init(channelLabels: [String: JSONAny], channelOrder: [String], channels: [String: JSONAny], degraded: Bool, durationMS: Double, ok: Bool, plugins: HealthResultPlugins, ts: Double) {
        self.channelLabels = channelLabels
        self.channelOrder = channelOrder
        self.channels = channels
        self.degraded = degraded
        self.durationMS = durationMS
        self.ok = ok
        self.plugins = plugins
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HealthResultPlugins
public struct HealthResultPlugins: Codable {
    public let disabled: [String]
    public let failed: [PurpleFailed]
    public let loaded: [String]

    public enum CodingKeys: String, CodingKey {
        case disabled = "disabled"
        case failed = "failed"
        case loaded = "loaded"
    }

    public init(disabled: [String], failed: [PurpleFailed], loaded: [String]) {
        self.disabled = disabled
        self.failed = failed
        self.loaded = loaded
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleFailed
public struct PurpleFailed: Codable {
    public let error: String?
    public let name: String
    public let state: String

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case name = "name"
        case state = "state"
    }

    public init(error: String?, name: String, state: String) {
        self.error = error
        self.name = name
        self.state = state
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - LastHeartbeatParams
public struct LastHeartbeatParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - LastHeartbeatResult
public struct LastHeartbeatResult: Codable {
    public let channel: String?
    public let durationMS: Int?
    public let preview: String?
    public let reason: String?
    public let status: LastHeartbeatResultStatus
    public let to: String?
    public let ts: Int

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case durationMS = "durationMs"
        case preview = "preview"
        case reason = "reason"
        case status = "status"
        case to = "to"
        case ts = "ts"
    }

    public init(channel: String?, durationMS: Int?, preview: String?, reason: String?, status: LastHeartbeatResultStatus, to: String?, ts: Int) {
        self.channel = channel
        self.durationMS = durationMS
        self.preview = preview
        self.reason = reason
        self.status = status
        self.to = to
        self.ts = ts
    }
}

public enum LastHeartbeatResultStatus: String, Codable {
    case failed = "failed"
    case okEmpty = "ok-empty"
    case okToken = "ok-token"
    case sent = "sent"
    case skipped = "skipped"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - LogsTailParams
public struct LogsTailParams: Codable {
    public let cursor: Int?
    public let limit: Int?
    public let maxBytes: Int?

    public enum CodingKeys: String, CodingKey {
        case cursor = "cursor"
        case limit = "limit"
        case maxBytes = "maxBytes"
    }

    public init(cursor: Int?, limit: Int?, maxBytes: Int?) {
        self.cursor = cursor
        self.limit = limit
        self.maxBytes = maxBytes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - LogsTailResult
public struct LogsTailResult: Codable {
    public let cursor: Int
    public let file: String
    public let lines: [String]
    public let reset: Bool?
    public let size: Int
    public let truncated: Bool?

    public enum CodingKeys: String, CodingKey {
        case cursor = "cursor"
        case file = "file"
        case lines = "lines"
        case reset = "reset"
        case size = "size"
        case truncated = "truncated"
    }

    public init(cursor: Int, file: String, lines: [String], reset: Bool?, size: Int, truncated: Bool?) {
        self.cursor = cursor
        self.file = file
        self.lines = lines
        self.reset = reset
        self.size = size
        self.truncated = truncated
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - MessageActionParams
public struct MessageActionParams: Codable {
    public let accountID: String?
    public let action: String
    public let agentID: String?
    public let channel: String
    public let conversationReadOrigin: ConversationReadOrigin?
    public let idempotencyKey: String
    public let inboundTurnKind: InboundTurnKind?
    public let params: [String: JSONAny]
    public let reply: Reply?
    public let requesterAccountID: String?
    public let requesterSenderID: String?
    public let senderIsOwner: Bool?
    public let sessionID: String?
    public let sessionKey: String?
    public let toolContext: ToolContext?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case action = "action"
        case agentID = "agentId"
        case channel = "channel"
        case conversationReadOrigin = "conversationReadOrigin"
        case idempotencyKey = "idempotencyKey"
        case inboundTurnKind = "inboundTurnKind"
        case params = "params"
        case reply = "reply"
        case requesterAccountID = "requesterAccountId"
        case requesterSenderID = "requesterSenderId"
        case senderIsOwner = "senderIsOwner"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case toolContext = "toolContext"
    }

    public init(accountID: String?, action: String, agentID: String?, channel: String, conversationReadOrigin: ConversationReadOrigin?, idempotencyKey: String, inboundTurnKind: InboundTurnKind?, params: [String: JSONAny], reply: Reply?, requesterAccountID: String?, requesterSenderID: String?, senderIsOwner: Bool?, sessionID: String?, sessionKey: String?, toolContext: ToolContext?) {
        self.accountID = accountID
        self.action = action
        self.agentID = agentID
        self.channel = channel
        self.conversationReadOrigin = conversationReadOrigin
        self.idempotencyKey = idempotencyKey
        self.inboundTurnKind = inboundTurnKind
        self.params = params
        self.reply = reply
        self.requesterAccountID = requesterAccountID
        self.requesterSenderID = requesterSenderID
        self.senderIsOwner = senderIsOwner
        self.sessionID = sessionID
        self.sessionKey = sessionKey
        self.toolContext = toolContext
    }
}

public enum ConversationReadOrigin: String, Codable {
    case directOperator = "direct-operator"
}

public enum InboundTurnKind: String, Codable {
    case roomEvent = "room_event"
    case userRequest = "user_request"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Reply
public struct Reply: Codable {
    public let replyToID: String
    public let source: ReplySource
    public let mode: ReplyMode?

    public enum CodingKeys: String, CodingKey {
        case replyToID = "replyToId"
        case source = "source"
        case mode = "mode"
    }

    public init(replyToID: String, source: ReplySource, mode: ReplyMode?) {
        self.replyToID = replyToID
        self.source = source
        self.mode = mode
    }
}

public enum ReplyMode: String, Codable {
    case all = "all"
    case first = "first"
}

public enum ReplySource: String, Codable {
    case explicit = "explicit"
    case implicit = "implicit"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ToolContext
public struct ToolContext: Codable {
    public let currentChannelID: String?
    public let currentChannelProvider: String?
    public let currentGraphChannelID: String?
    public let currentMessageID: ThreadIDUnion?
    public let currentMessagingTarget: String?
    public let currentThreadTs: String?
    public let hasRepliedRef: HasRepliedRef?
    public let replyToMode: ReplyToMode?
    public let sameChannelThreadRequired: Bool?
    public let skipCrossContextDecoration: Bool?

    public enum CodingKeys: String, CodingKey {
        case currentChannelID = "currentChannelId"
        case currentChannelProvider = "currentChannelProvider"
        case currentGraphChannelID = "currentGraphChannelId"
        case currentMessageID = "currentMessageId"
        case currentMessagingTarget = "currentMessagingTarget"
        case currentThreadTs = "currentThreadTs"
        case hasRepliedRef = "hasRepliedRef"
        case replyToMode = "replyToMode"
        case sameChannelThreadRequired = "sameChannelThreadRequired"
        case skipCrossContextDecoration = "skipCrossContextDecoration"
    }

    public init(currentChannelID: String?, currentChannelProvider: String?, currentGraphChannelID: String?, currentMessageID: ThreadIDUnion?, currentMessagingTarget: String?, currentThreadTs: String?, hasRepliedRef: HasRepliedRef?, replyToMode: ReplyToMode?, sameChannelThreadRequired: Bool?, skipCrossContextDecoration: Bool?) {
        self.currentChannelID = currentChannelID
        self.currentChannelProvider = currentChannelProvider
        self.currentGraphChannelID = currentGraphChannelID
        self.currentMessageID = currentMessageID
        self.currentMessagingTarget = currentMessagingTarget
        self.currentThreadTs = currentThreadTs
        self.hasRepliedRef = hasRepliedRef
        self.replyToMode = replyToMode
        self.sameChannelThreadRequired = sameChannelThreadRequired
        self.skipCrossContextDecoration = skipCrossContextDecoration
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HasRepliedRef
public struct HasRepliedRef: Codable {
    public let value: Bool

    public enum CodingKeys: String, CodingKey {
        case value = "value"
    }

    public init(value: Bool) {
        self.value = value
    }
}

public enum ReplyToMode: String, Codable {
    case all = "all"
    case batched = "batched"
    case first = "first"
    case off = "off"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - MessageActionResult
public struct MessageActionResult: Codable {
    public let accountID: String
    public let action: String
    public let channel: String
    public let chatID: String
    public let deliveryStatus: MessageActionResultDeliveryStatus
    public let messageID: String
    public let messageIDS: [String]?
    public let ok: Bool
    public let runID: String
    public let to: String

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case action = "action"
        case channel = "channel"
        case chatID = "chatId"
        case deliveryStatus = "deliveryStatus"
        case messageID = "messageId"
        case messageIDS = "messageIds"
        case ok = "ok"
        case runID = "runId"
        case to = "to"
    }

    public init(accountID: String, action: String, channel: String, chatID: String, deliveryStatus: MessageActionResultDeliveryStatus, messageID: String, messageIDS: [String]?, ok: Bool, runID: String, to: String) {
        self.accountID = accountID
        self.action = action
        self.channel = channel
        self.chatID = chatID
        self.deliveryStatus = deliveryStatus
        self.messageID = messageID
        self.messageIDS = messageIDS
        self.ok = ok
        self.runID = runID
        self.to = to
    }
}

public enum MessageActionResultDeliveryStatus: String, Codable {
    case sent = "sent"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelsAuthStatusParams
public struct ModelsAuthStatusParams: Codable {
    public let agentID: String?
    public let refresh: Bool?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case refresh = "refresh"
    }

    public init(agentID: String?, refresh: Bool?) {
        self.agentID = agentID
        self.refresh = refresh
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelsAuthStatusResult
public struct ModelsAuthStatusResult: Codable {
    public let providers: [ModelsAuthStatusResultProvider]
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case providers = "providers"
        case ts = "ts"
    }

    public init(providers: [ModelsAuthStatusResultProvider], ts: Double) {
        self.providers = providers
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelsAuthStatusResultProvider
public struct ModelsAuthStatusResultProvider: Codable {
    public let authProvider: String
    public let displayName: String
    public let profiles: [JSONAny]
    public let provider: String
    public let status: ProviderStatus

    public enum CodingKeys: String, CodingKey {
        case authProvider = "authProvider"
        case displayName = "displayName"
        case profiles = "profiles"
        case provider = "provider"
        case status = "status"
    }

    public init(authProvider: String, displayName: String, profiles: [JSONAny], provider: String, status: ProviderStatus) {
        self.authProvider = authProvider
        self.displayName = displayName
        self.profiles = profiles
        self.provider = provider
        self.status = status
    }
}

public enum ProviderStatus: String, Codable {
    case missing = "missing"
    case statusStatic = "static"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelsListParams
public struct ModelsListParams: Codable {
    public let agentID: String?
    public let authProfileID: String?
    public let includeDefaultModels: Bool?
    public let includeDetails: Bool?
    public let includeProviderCapabilities: Bool?
    public let preparedOnly: Bool?
    public let provider: String?
    public let refresh: Bool?
    public let sessionKey: String?
    public let view: View?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case authProfileID = "authProfileId"
        case includeDefaultModels = "includeDefaultModels"
        case includeDetails = "includeDetails"
        case includeProviderCapabilities = "includeProviderCapabilities"
        case preparedOnly = "preparedOnly"
        case provider = "provider"
        case refresh = "refresh"
        case sessionKey = "sessionKey"
        case view = "view"
    }

    public init(agentID: String?, authProfileID: String?, includeDefaultModels: Bool?, includeDetails: Bool?, includeProviderCapabilities: Bool?, preparedOnly: Bool?, provider: String?, refresh: Bool?, sessionKey: String?, view: View?) {
        self.agentID = agentID
        self.authProfileID = authProfileID
        self.includeDefaultModels = includeDefaultModels
        self.includeDetails = includeDetails
        self.includeProviderCapabilities = includeProviderCapabilities
        self.preparedOnly = preparedOnly
        self.provider = provider
        self.refresh = refresh
        self.sessionKey = sessionKey
        self.view = view
    }
}

public enum View: String, Codable {
    case all = "all"
    case configured = "configured"
    case providerConfig = "provider-config"
    case viewDefault = "default"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelsListResult
public struct ModelsListResult: Codable {
    public let defaultModels: DefaultModels?
    public let models: [ModelElement]
    public let providerOutcomes: [ProviderOutcome]?
    public let refreshFailed: Bool?

    public enum CodingKeys: String, CodingKey {
        case defaultModels = "defaultModels"
        case models = "models"
        case providerOutcomes = "providerOutcomes"
        case refreshFailed = "refreshFailed"
    }

    public init(defaultModels: DefaultModels?, models: [ModelElement], providerOutcomes: [ProviderOutcome]?, refreshFailed: Bool?) {
        self.defaultModels = defaultModels
        self.models = models
        self.providerOutcomes = providerOutcomes
        self.refreshFailed = refreshFailed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DefaultModels
public struct DefaultModels: Codable {
    public let automaticUtilityModel: String?

    public enum CodingKeys: String, CodingKey {
        case automaticUtilityModel = "automaticUtilityModel"
    }

    public init(automaticUtilityModel: String?) {
        self.automaticUtilityModel = automaticUtilityModel
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ModelElement
public struct ModelElement: Codable {
    public let available: Bool?
    public let contextWindow: Int?
    public let id: String
    public let input: [Input]?
    public let local: Bool?
    public let name: String
    public let provider: String
    public let reasoning: Bool?
    public let supportsTools: Bool?
    public let tags: [String]?
    public let unavailableReason: UnavailableReason?

    public enum CodingKeys: String, CodingKey {
        case available = "available"
        case contextWindow = "contextWindow"
        case id = "id"
        case input = "input"
        case local = "local"
        case name = "name"
        case provider = "provider"
        case reasoning = "reasoning"
        case supportsTools = "supportsTools"
        case tags = "tags"
        case unavailableReason = "unavailableReason"
    }

    public init(available: Bool?, contextWindow: Int?, id: String, input: [Input]?, local: Bool?, name: String, provider: String, reasoning: Bool?, supportsTools: Bool?, tags: [String]?, unavailableReason: UnavailableReason?) {
        self.available = available
        self.contextWindow = contextWindow
        self.id = id
        self.input = input
        self.local = local
        self.name = name
        self.provider = provider
        self.reasoning = reasoning
        self.supportsTools = supportsTools
        self.tags = tags
        self.unavailableReason = unavailableReason
    }
}

public enum Input: String, Codable {
    case audio = "audio"
    case document = "document"
    case image = "image"
    case text = "text"
    case video = "video"
}

public enum UnavailableReason: String, Codable {
    case missingAuth = "missing-auth"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ProviderOutcome
public struct ProviderOutcome: Codable {
    public let provider: String
    public let status: ProviderOutcomeStatus

    public enum CodingKeys: String, CodingKey {
        case provider = "provider"
        case status = "status"
    }

    public init(provider: String, status: ProviderOutcomeStatus) {
        self.provider = provider
        self.status = status
    }
}

public enum ProviderOutcomeStatus: String, Codable {
    case authRejected = "auth-rejected"
    case ready = "ready"
    case unavailable = "unavailable"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeCanvasCapabilityRefreshResult
public struct NodeCanvasCapabilityRefreshResult: Codable {
    public let canvasCapability: String
    public let canvasCapabilityExpiresAtMS: Double
    public let canvasHostURL: String

    public enum CodingKeys: String, CodingKey {
        case canvasCapability = "canvasCapability"
        case canvasCapabilityExpiresAtMS = "canvasCapabilityExpiresAtMs"
        case canvasHostURL = "canvasHostUrl"
    }

    public init(canvasCapability: String, canvasCapabilityExpiresAtMS: Double, canvasHostURL: String) {
        self.canvasCapability = canvasCapability
        self.canvasCapabilityExpiresAtMS = canvasCapabilityExpiresAtMS
        self.canvasHostURL = canvasHostURL
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeDescribeParams
public struct NodeDescribeParams: Codable {
    public let nodeID: String

    public enum CodingKeys: String, CodingKey {
        case nodeID = "nodeId"
    }

    public init(nodeID: String) {
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeDescribeResult
public struct NodeDescribeResult: Codable {
    public let caps: [String]
    public let commands: [String]
    public let connected: Bool
    public let connectedAtMS: Double?
    public let deviceFamily: String?
    public let displayName: String?
    public let modelIdentifier: String?
    public let nodeID: String
    public let paired: Bool
    public let pathEnv: String?
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let ts: Double
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case connected = "connected"
        case connectedAtMS = "connectedAtMs"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case paired = "paired"
        case pathEnv = "pathEnv"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case ts = "ts"
        case version = "version"
    }

    public init(caps: [String], commands: [String], connected: Bool, connectedAtMS: Double?, deviceFamily: String?, displayName: String?, modelIdentifier: String?, nodeID: String, paired: Bool, pathEnv: String?, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, ts: Double, version: String?) {
        self.caps = caps
        self.commands = commands
        self.connected = connected
        self.connectedAtMS = connectedAtMS
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.paired = paired
        self.pathEnv = pathEnv
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.ts = ts
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeEventParams
public struct NodeEventParams: Codable {
    public let event: String
    public let payload: JSONAny?
    public let payloadJSON: String?

    public enum CodingKeys: String, CodingKey {
        case event = "event"
        case payload = "payload"
        case payloadJSON = "payloadJSON"
    }

    public init(event: String, payload: JSONAny?, payloadJSON: String?) {
        self.event = event
        self.payload = payload
        self.payloadJSON = payloadJSON
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeEventResult
public struct NodeEventResult: Codable {
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(ok: Bool) {
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeParams
public struct NodeInvokeParams: Codable {
    public let command: String
    public let idempotencyKey: String
    public let nodeID: String
    public let params: JSONAny?
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case command = "command"
        case idempotencyKey = "idempotencyKey"
        case nodeID = "nodeId"
        case params = "params"
        case timeoutMS = "timeoutMs"
    }

    public init(command: String, idempotencyKey: String, nodeID: String, params: JSONAny?, timeoutMS: Int?) {
        self.command = command
        self.idempotencyKey = idempotencyKey
        self.nodeID = nodeID
        self.params = params
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeResult
public struct NodeInvokeResult: Codable {
    public let command: String
    public let nodeID: String
    public let ok: Bool
    public let payload: JSONAny
    public let payloadJSON: String?

    public enum CodingKeys: String, CodingKey {
        case command = "command"
        case nodeID = "nodeId"
        case ok = "ok"
        case payload = "payload"
        case payloadJSON = "payloadJSON"
    }

    public init(command: String, nodeID: String, ok: Bool, payload: JSONAny, payloadJSON: String?) {
        self.command = command
        self.nodeID = nodeID
        self.ok = ok
        self.payload = payload
        self.payloadJSON = payloadJSON
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeResultParams
public struct NodeInvokeResultParams: Codable {
    public let error: NodeInvokeResultParamsError?
    public let id: String
    public let nodeID: String
    public let ok: Bool
    public let payload: JSONAny?
    public let payloadJSON: String?

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case id = "id"
        case nodeID = "nodeId"
        case ok = "ok"
        case payload = "payload"
        case payloadJSON = "payloadJSON"
    }

    public init(error: NodeInvokeResultParamsError?, id: String, nodeID: String, ok: Bool, payload: JSONAny?, payloadJSON: String?) {
        self.error = error
        self.id = id
        self.nodeID = nodeID
        self.ok = ok
        self.payload = payload
        self.payloadJSON = payloadJSON
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeResultParamsError
public struct NodeInvokeResultParamsError: Codable {
    public let code: String?
    public let message: String?

    public enum CodingKeys: String, CodingKey {
        case code = "code"
        case message = "message"
    }

    public init(code: String?, message: String?) {
        self.code = code
        self.message = message
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeResultResult
public struct NodeInvokeResultResult: Codable {
    public let ignored: Bool?
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ignored = "ignored"
        case ok = "ok"
    }

    public init(ignored: Bool?, ok: Bool) {
        self.ignored = ignored
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeListParams
public struct NodeListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeListResult
public struct NodeListResult: Codable {
    public let nodes: [NodeElement]
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case nodes = "nodes"
        case ts = "ts"
    }

    public init(nodes: [NodeElement], ts: Double) {
        self.nodes = nodes
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeElement
public struct NodeElement: Codable {
    public let caps: [String]
    public let commands: [String]
    public let connected: Bool
    public let connectedAtMS: Double?
    public let deviceFamily: String?
    public let displayName: String?
    public let modelIdentifier: String?
    public let nodeID: String
    public let paired: Bool
    public let pathEnv: String?
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case connected = "connected"
        case connectedAtMS = "connectedAtMs"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case paired = "paired"
        case pathEnv = "pathEnv"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case version = "version"
    }

    public init(caps: [String], commands: [String], connected: Bool, connectedAtMS: Double?, deviceFamily: String?, displayName: String?, modelIdentifier: String?, nodeID: String, paired: Bool, pathEnv: String?, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, version: String?) {
        self.caps = caps
        self.commands = commands
        self.connected = connected
        self.connectedAtMS = connectedAtMS
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.paired = paired
        self.pathEnv = pathEnv
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairApproveParams
public struct NodePairApproveParams: Codable {
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case requestID = "requestId"
    }

    public init(requestID: String) {
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairApproveResult
public struct NodePairApproveResult: Codable {
    public let node: NodePairApproveResultNode
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case node = "node"
        case requestID = "requestId"
    }

    public init(node: NodePairApproveResultNode, requestID: String) {
        self.node = node
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairApproveResultNode
public struct NodePairApproveResultNode: Codable {
    public let approvedAtMS: Double
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let createdAtMS: Double
    public let deviceFamily: String?
    public let displayName: String?
    public let lastConnectedAtMS: Double?
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let token: String
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case approvedAtMS = "approvedAtMs"
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case createdAtMS = "createdAtMs"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case lastConnectedAtMS = "lastConnectedAtMs"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case token = "token"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(approvedAtMS: Double, caps: [String]?, commands: [String]?, coreVersion: String?, createdAtMS: Double, deviceFamily: String?, displayName: String?, lastConnectedAtMS: Double?, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, token: String, uiVersion: String?, version: String?) {
        self.approvedAtMS = approvedAtMS
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.createdAtMS = createdAtMS
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.lastConnectedAtMS = lastConnectedAtMS
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.token = token
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairListParams
public struct NodePairListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairListResult
public struct NodePairListResult: Codable {
    public let paired: [NodePairListResultPaired]
    public let pending: [NodePairListResultPending]

    public enum CodingKeys: String, CodingKey {
        case paired = "paired"
        case pending = "pending"
    }

    public init(paired: [NodePairListResultPaired], pending: [NodePairListResultPending]) {
        self.paired = paired
        self.pending = pending
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairListResultPaired
public struct NodePairListResultPaired: Codable {
    public let approvedAtMS: Double
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let createdAtMS: Double
    public let deviceFamily: String?
    public let displayName: String?
    public let lastConnectedAtMS: Double?
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case approvedAtMS = "approvedAtMs"
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case createdAtMS = "createdAtMs"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case lastConnectedAtMS = "lastConnectedAtMs"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(approvedAtMS: Double, caps: [String]?, commands: [String]?, coreVersion: String?, createdAtMS: Double, deviceFamily: String?, displayName: String?, lastConnectedAtMS: Double?, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, uiVersion: String?, version: String?) {
        self.approvedAtMS = approvedAtMS
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.createdAtMS = createdAtMS
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.lastConnectedAtMS = lastConnectedAtMS
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairListResultPending
public struct NodePairListResultPending: Codable {
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let deviceFamily: String?
    public let displayName: String?
    public let isRepair: Bool
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let requestID: String
    public let silent: Bool?
    public let ts: Double
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case isRepair = "isRepair"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case requestID = "requestId"
        case silent = "silent"
        case ts = "ts"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(caps: [String]?, commands: [String]?, coreVersion: String?, deviceFamily: String?, displayName: String?, isRepair: Bool, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, requestID: String, silent: Bool?, ts: Double, uiVersion: String?, version: String?) {
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.isRepair = isRepair
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.requestID = requestID
        self.silent = silent
        self.ts = ts
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRejectParams
public struct NodePairRejectParams: Codable {
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case requestID = "requestId"
    }

    public init(requestID: String) {
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRejectResult
public struct NodePairRejectResult: Codable {
    public let nodeID: String
    public let requestID: String

    public enum CodingKeys: String, CodingKey {
        case nodeID = "nodeId"
        case requestID = "requestId"
    }

    public init(nodeID: String, requestID: String) {
        self.nodeID = nodeID
        self.requestID = requestID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRequestParams
public struct NodePairRequestParams: Codable {
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let deviceFamily: String?
    public let displayName: String?
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let silent: Bool?
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case silent = "silent"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(caps: [String]?, commands: [String]?, coreVersion: String?, deviceFamily: String?, displayName: String?, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, silent: Bool?, uiVersion: String?, version: String?) {
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.silent = silent
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRequestResult
public struct NodePairRequestResult: Codable {
    public let created: Bool
    public let request: NodePairRequestResultRequest
    public let status: NodePairRequestResultStatus

    public enum CodingKeys: String, CodingKey {
        case created = "created"
        case request = "request"
        case status = "status"
    }

    public init(created: Bool, request: NodePairRequestResultRequest, status: NodePairRequestResultStatus) {
        self.created = created
        self.request = request
        self.status = status
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRequestResultRequest
public struct NodePairRequestResultRequest: Codable {
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let deviceFamily: String?
    public let displayName: String?
    public let isRepair: Bool
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let requestID: String
    public let silent: Bool?
    public let ts: Double
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case isRepair = "isRepair"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case requestID = "requestId"
        case silent = "silent"
        case ts = "ts"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(caps: [String]?, commands: [String]?, coreVersion: String?, deviceFamily: String?, displayName: String?, isRepair: Bool, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, requestID: String, silent: Bool?, ts: Double, uiVersion: String?, version: String?) {
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.isRepair = isRepair
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.requestID = requestID
        self.silent = silent
        self.ts = ts
        self.uiVersion = uiVersion
        self.version = version
    }
}

public enum NodePairRequestResultStatus: String, Codable {
    case pending = "pending"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairVerifyParams
public struct NodePairVerifyParams: Codable {
    public let nodeID: String
    public let token: String

    public enum CodingKeys: String, CodingKey {
        case nodeID = "nodeId"
        case token = "token"
    }

    public init(nodeID: String, token: String) {
        self.nodeID = nodeID
        self.token = token
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairVerifyResult
public struct NodePairVerifyResult: Codable {
    public let node: NodePairVerifyResultNode?
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case node = "node"
        case ok = "ok"
    }

    public init(node: NodePairVerifyResultNode?, ok: Bool) {
        self.node = node
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairVerifyResultNode
public struct NodePairVerifyResultNode: Codable {
    public let approvedAtMS: Double
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let createdAtMS: Double
    public let deviceFamily: String?
    public let displayName: String?
    public let lastConnectedAtMS: Double?
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case approvedAtMS = "approvedAtMs"
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case createdAtMS = "createdAtMs"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case lastConnectedAtMS = "lastConnectedAtMs"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(approvedAtMS: Double, caps: [String]?, commands: [String]?, coreVersion: String?, createdAtMS: Double, deviceFamily: String?, displayName: String?, lastConnectedAtMS: Double?, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, uiVersion: String?, version: String?) {
        self.approvedAtMS = approvedAtMS
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.createdAtMS = createdAtMS
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.lastConnectedAtMS = lastConnectedAtMS
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeRenameParams
public struct NodeRenameParams: Codable {
    public let displayName: String
    public let nodeID: String

    public enum CodingKeys: String, CodingKey {
        case displayName = "displayName"
        case nodeID = "nodeId"
    }

    public init(displayName: String, nodeID: String) {
        self.displayName = displayName
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeRenameResult
public struct NodeRenameResult: Codable {
    public let displayName: String
    public let nodeID: String

    public enum CodingKeys: String, CodingKey {
        case displayName = "displayName"
        case nodeID = "nodeId"
    }

    public init(displayName: String, nodeID: String) {
        self.displayName = displayName
        self.nodeID = nodeID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - OpenclawApprovalListParams
public struct OpenclawApprovalListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginApprovalListParams
public struct PluginApprovalListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginSurfaceRefreshParams
public struct PluginSurfaceRefreshParams: Codable {
    /// the URL the client holds now
    public let observedURL: String?
    /// the surface, as keyed in hello-ok pluginSurfaceUrls (here only "canvas")
    public let surface: String

    public enum CodingKeys: String, CodingKey {
        case observedURL = "observedUrl"
        case surface = "surface"
    }

    public init(observedURL: String?, surface: String) {
        self.observedURL = observedURL
        self.surface = surface
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginSurfaceRefreshResult
public struct PluginSurfaceRefreshResult: Codable {
    public let expiresAtMS: Double?
    public let pluginSurfaceUrls: [String: JSONAny]
    public let surface: String

    public enum CodingKeys: String, CodingKey {
        case expiresAtMS = "expiresAtMs"
        case pluginSurfaceUrls = "pluginSurfaceUrls"
        case surface = "surface"
    }

    public init(expiresAtMS: Double?, pluginSurfaceUrls: [String: JSONAny], surface: String) {
        self.expiresAtMS = expiresAtMS
        self.pluginSurfaceUrls = pluginSurfaceUrls
        self.surface = surface
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginsCatalogBrowseParams
public struct PluginsCatalogBrowseParams: Codable {
    public let category: String?
    public let cursor: String?
    public let intent: String?
    public let pageSize: Int?
    public let query: String?
    public let searchSource: SearchSource?

    public enum CodingKeys: String, CodingKey {
        case category = "category"
        case cursor = "cursor"
        case intent = "intent"
        case pageSize = "pageSize"
        case query = "query"
        case searchSource = "searchSource"
    }

    public init(category: String?, cursor: String?, intent: String?, pageSize: Int?, query: String?, searchSource: SearchSource?) {
        self.category = category
        self.cursor = cursor
        self.intent = intent
        self.pageSize = pageSize
        self.query = query
        self.searchSource = searchSource
    }
}

public enum SearchSource: String, Codable {
    case openclawControlUI = "openclaw-control-ui"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginsCatalogBrowseResult
public struct PluginsCatalogBrowseResult: Codable {
    public let categories: [JSONAny]?
    public let items: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case categories = "categories"
        case items = "items"
    }

    public init(categories: [JSONAny]?, items: [JSONAny]) {
        self.categories = categories
        self.items = items
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginsControlUIListParams
public struct PluginsControlUIListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginsControlUIListResult
public struct PluginsControlUIListResult: Codable {
    public let diagnostics: [JSONAny]
    public let plugins: [JSONAny]
    public let revision: String

    public enum CodingKeys: String, CodingKey {
        case diagnostics = "diagnostics"
        case plugins = "plugins"
        case revision = "revision"
    }

    public init(diagnostics: [JSONAny], plugins: [JSONAny], revision: String) {
        self.diagnostics = diagnostics
        self.plugins = plugins
        self.revision = revision
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PluginsListResult
public struct PluginsListResult: Codable {
    public let plugins: [Plugin]

    public enum CodingKeys: String, CodingKey {
        case plugins = "plugins"
    }

    public init(plugins: [Plugin]) {
        self.plugins = plugins
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Plugin
public struct Plugin: Codable {
    public let apiVersion: String?
    public let configPaths: [String]
    public let description: String?
    public let error: String?
    public let errorCode: String?
    public let methods: [String]
    public let name: String
    public let origin: Origin
    public let provides: [String]
    public let requires: [String]
    public let routes: [String]
    public let setupMS: Double?
    public let source: String
    public let state: PluginState
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case apiVersion = "apiVersion"
        case configPaths = "configPaths"
        case description = "description"
        case error = "error"
        case errorCode = "errorCode"
        case methods = "methods"
        case name = "name"
        case origin = "origin"
        case provides = "provides"
        case requires = "requires"
        case routes = "routes"
        case setupMS = "setupMs"
        case source = "source"
        case state = "state"
        case version = "version"
    }

    public init(apiVersion: String?, configPaths: [String], description: String?, error: String?, errorCode: String?, methods: [String], name: String, origin: Origin, provides: [String], requires: [String], routes: [String], setupMS: Double?, source: String, state: PluginState, version: String?) {
        self.apiVersion = apiVersion
        self.configPaths = configPaths
        self.description = description
        self.error = error
        self.errorCode = errorCode
        self.methods = methods
        self.name = name
        self.origin = origin
        self.provides = provides
        self.requires = requires
        self.routes = routes
        self.setupMS = setupMS
        self.source = source
        self.state = state
        self.version = version
    }
}

public enum Origin: String, Codable {
    case builtin = "builtin"
    case installed = "installed"
    case path = "path"
}

public enum PluginState: String, Codable {
    case active = "active"
    case disabled = "disabled"
    case failed = "failed"
    case skipped = "skipped"
    case stopped = "stopped"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ProgressCardGetParams
public struct ProgressCardGetParams: Codable {
    public let agentID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ProgressCardGetResult
public struct ProgressCardGetResult: Codable {
    public let card: JSONNull?

    public enum CodingKeys: String, CodingKey {
        case card = "card"
    }

    public init(card: JSONNull?) {
        self.card = card
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - QuestionListParams
public struct QuestionListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - QuestionListResult
public struct QuestionListResult: Codable {
    public let questions: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case questions = "questions"
    }

    public init(questions: [JSONAny]) {
        self.questions = questions
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SendParams
public struct SendParams: Codable {
    public let accountID: String?
    public let agentID: String?
    public let channel: String?
    public let gifPlayback: Bool?
    public let idempotencyKey: String
    public let mediaURL: String?
    public let mediaUrls: [String]?
    public let message: String?
    public let sessionKey: String?
    public let threadID: SendParamsThreadID?
    public let to: String

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case agentID = "agentId"
        case channel = "channel"
        case gifPlayback = "gifPlayback"
        case idempotencyKey = "idempotencyKey"
        case mediaURL = "mediaUrl"
        case mediaUrls = "mediaUrls"
        case message = "message"
        case sessionKey = "sessionKey"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, agentID: String?, channel: String?, gifPlayback: Bool?, idempotencyKey: String, mediaURL: String?, mediaUrls: [String]?, message: String?, sessionKey: String?, threadID: SendParamsThreadID?, to: String) {
        self.accountID = accountID
        self.agentID = agentID
        self.channel = channel
        self.gifPlayback = gifPlayback
        self.idempotencyKey = idempotencyKey
        self.mediaURL = mediaURL
        self.mediaUrls = mediaUrls
        self.message = message
        self.sessionKey = sessionKey
        self.threadID = threadID
        self.to = to
    }
}

public enum SendParamsThreadID: Codable {
    case integer(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode(Int.self) {
            self = .integer(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(SendParamsThreadID.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for SendParamsThreadID"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let x):
            try container.encode(x)
        case .string(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SendResult
public struct SendResult: Codable {
    public let accountID: String
    public let channel: String
    public let chatID: String
    public let messageID: String
    public let messageIDS: [String]?
    public let runID: String

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case chatID = "chatId"
        case messageID = "messageId"
        case messageIDS = "messageIds"
        case runID = "runId"
    }

    public init(accountID: String, channel: String, chatID: String, messageID: String, messageIDS: [String]?, runID: String) {
        self.accountID = accountID
        self.channel = channel
        self.chatID = chatID
        self.messageID = messageID
        self.messageIDS = messageIDS
        self.runID = runID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsBranchesListParams
public struct SessionsBranchesListParams: Codable {
    public let agentID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsBranchesListResult
public struct SessionsBranchesListResult: Codable {
    public let branches: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case branches = "branches"
    }

    public init(branches: [JSONAny]) {
        self.branches = branches
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCatalogListParams
public struct SessionsCatalogListParams: Codable {
    public let catalogID: String?
    public let cursors: [String: JSONAny]?
    public let metadataOnly: Bool?

    public enum CodingKeys: String, CodingKey {
        case catalogID = "catalogId"
        case cursors = "cursors"
        case metadataOnly = "metadataOnly"
    }

    public init(catalogID: String?, cursors: [String: JSONAny]?, metadataOnly: Bool?) {
        self.catalogID = catalogID
        self.cursors = cursors
        self.metadataOnly = metadataOnly
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCatalogListResult
public struct SessionsCatalogListResult: Codable {
    public let catalogs: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case catalogs = "catalogs"
    }

    public init(catalogs: [JSONAny]) {
        self.catalogs = catalogs
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCompactParams
public struct SessionsCompactParams: Codable {
    public let agentID: String?
    public let key: String
    public let maxLines: Int?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case key = "key"
        case maxLines = "maxLines"
    }

    public init(agentID: String?, key: String, maxLines: Int?) {
        self.agentID = agentID
        self.key = key
        self.maxLines = maxLines
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCompactResult
public struct SessionsCompactResult: Codable {
    public let compacted: Bool
    public let key: String
    public let ok: Bool
    public let reason: String?

    public enum CodingKeys: String, CodingKey {
        case compacted = "compacted"
        case key = "key"
        case ok = "ok"
        case reason = "reason"
    }

    public init(compacted: Bool, key: String, ok: Bool, reason: String?) {
        self.compacted = compacted
        self.key = key
        self.ok = ok
        self.reason = reason
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCompanionStateParams
public struct SessionsCompanionStateParams: Codable {
    public let agentID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCompanionStateResult
public struct SessionsCompanionStateResult: Codable {
    public let exchanges: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case exchanges = "exchanges"
    }

    public init(exchanges: [JSONAny]) {
        self.exchanges = exchanges
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCreateParams
public struct SessionsCreateParams: Codable {
    public let agentID: String?
    public let key: String?
    public let label: String?
    public let model: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case key = "key"
        case label = "label"
        case model = "model"
    }

    public init(agentID: String?, key: String?, label: String?, model: String?) {
        self.agentID = agentID
        self.key = key
        self.label = label
        self.model = model
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCreateResult
public struct SessionsCreateResult: Codable {
    public let entry: SessionsCreateResultEntry
    public let key: String
    public let ok: Bool
    public let sessionID: String

    public enum CodingKeys: String, CodingKey {
        case entry = "entry"
        case key = "key"
        case ok = "ok"
        case sessionID = "sessionId"
    }

    public init(entry: SessionsCreateResultEntry, key: String, ok: Bool, sessionID: String) {
        self.entry = entry
        self.key = key
        self.ok = ok
        self.sessionID = sessionID
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsCreateResultEntry
public struct SessionsCreateResultEntry: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsDeleteParams
public struct SessionsDeleteParams: Codable {
    public let agentID: String?
    public let deleteTranscript: Bool?
    public let key: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case deleteTranscript = "deleteTranscript"
        case key = "key"
    }

    public init(agentID: String?, deleteTranscript: Bool?, key: String) {
        self.agentID = agentID
        self.deleteTranscript = deleteTranscript
        self.key = key
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsDeleteResult
public struct SessionsDeleteResult: Codable {
    public let deleted: Bool
    public let key: String
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case deleted = "deleted"
        case key = "key"
        case ok = "ok"
    }

    public init(deleted: Bool, key: String, ok: Bool) {
        self.deleted = deleted
        self.key = key
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsDescribeParams
public struct SessionsDescribeParams: Codable {
    public let agentID: String?
    public let includeDerivedTitles: Bool?
    public let includeLastMessage: Bool?
    public let key: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case includeDerivedTitles = "includeDerivedTitles"
        case includeLastMessage = "includeLastMessage"
        case key = "key"
    }

    public init(agentID: String?, includeDerivedTitles: Bool?, includeLastMessage: Bool?, key: String) {
        self.agentID = agentID
        self.includeDerivedTitles = includeDerivedTitles
        self.includeLastMessage = includeLastMessage
        self.key = key
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsDescribeResult
public struct SessionsDescribeResult: Codable {
    public let session: SessionsDescribeResultSession?

    public enum CodingKeys: String, CodingKey {
        case session = "session"
    }

    public init(session: SessionsDescribeResultSession?) {
        self.session = session
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsDescribeResultSession
public struct SessionsDescribeResultSession: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsListParams
public struct SessionsListParams: Codable {
    public let activeMinutes: Int?
    public let activeOnly: Bool?
    public let agentID: String?
    public let archived: Archived?
    public let boardFace: BoardFace?
    public let configuredAgentsOnly: Bool?
    public let creatorID: String?
    public let excludeCron: Bool?
    public let excludeSubagents: Bool?
    public let excludeSystem: Bool?
    public let group: String?
    public let hasBoard: Bool?
    public let includeActivitySummary: Bool?
    public let includeDerivedTitles: Bool?
    public let includeGlobal: Bool?
    public let includeLastMessage: Bool?
    public let includePeople: Bool?
    public let includeUnknown: Bool?
    public let involvingMe: Bool?
    public let involvingProfileID: String?
    public let label: String?
    public let limit: Int?
    public let offset: Int?
    public let ownerFirst: Bool?
    public let ownerID: String?
    public let pinned: Bool?
    public let projectID: String?
    public let requireLastInteraction: Bool?
    public let search: String?
    public let sortBy: SessionsListParamsSortBy?
    public let spawnedBy: String?
    public let workspaceDir: String?

    public enum CodingKeys: String, CodingKey {
        case activeMinutes = "activeMinutes"
        case activeOnly = "activeOnly"
        case agentID = "agentId"
        case archived = "archived"
        case boardFace = "boardFace"
        case configuredAgentsOnly = "configuredAgentsOnly"
        case creatorID = "creatorId"
        case excludeCron = "excludeCron"
        case excludeSubagents = "excludeSubagents"
        case excludeSystem = "excludeSystem"
        case group = "group"
        case hasBoard = "hasBoard"
        case includeActivitySummary = "includeActivitySummary"
        case includeDerivedTitles = "includeDerivedTitles"
        case includeGlobal = "includeGlobal"
        case includeLastMessage = "includeLastMessage"
        case includePeople = "includePeople"
        case includeUnknown = "includeUnknown"
        case involvingMe = "involvingMe"
        case involvingProfileID = "involvingProfileId"
        case label = "label"
        case limit = "limit"
        case offset = "offset"
        case ownerFirst = "ownerFirst"
        case ownerID = "ownerId"
        case pinned = "pinned"
        case projectID = "projectId"
        case requireLastInteraction = "requireLastInteraction"
        case search = "search"
        case sortBy = "sortBy"
        case spawnedBy = "spawnedBy"
        case workspaceDir = "workspaceDir"
    }

    public init(activeMinutes: Int?, activeOnly: Bool?, agentID: String?, archived: Archived?, boardFace: BoardFace?, configuredAgentsOnly: Bool?, creatorID: String?, excludeCron: Bool?, excludeSubagents: Bool?, excludeSystem: Bool?, group: String?, hasBoard: Bool?, includeActivitySummary: Bool?, includeDerivedTitles: Bool?, includeGlobal: Bool?, includeLastMessage: Bool?, includePeople: Bool?, includeUnknown: Bool?, involvingMe: Bool?, involvingProfileID: String?, label: String?, limit: Int?, offset: Int?, ownerFirst: Bool?, ownerID: String?, pinned: Bool?, projectID: String?, requireLastInteraction: Bool?, search: String?, sortBy: SessionsListParamsSortBy?, spawnedBy: String?, workspaceDir: String?) {
        self.activeMinutes = activeMinutes
        self.activeOnly = activeOnly
        self.agentID = agentID
        self.archived = archived
        self.boardFace = boardFace
        self.configuredAgentsOnly = configuredAgentsOnly
        self.creatorID = creatorID
        self.excludeCron = excludeCron
        self.excludeSubagents = excludeSubagents
        self.excludeSystem = excludeSystem
        self.group = group
        self.hasBoard = hasBoard
        self.includeActivitySummary = includeActivitySummary
        self.includeDerivedTitles = includeDerivedTitles
        self.includeGlobal = includeGlobal
        self.includeLastMessage = includeLastMessage
        self.includePeople = includePeople
        self.includeUnknown = includeUnknown
        self.involvingMe = involvingMe
        self.involvingProfileID = involvingProfileID
        self.label = label
        self.limit = limit
        self.offset = offset
        self.ownerFirst = ownerFirst
        self.ownerID = ownerID
        self.pinned = pinned
        self.projectID = projectID
        self.requireLastInteraction = requireLastInteraction
        self.search = search
        self.sortBy = sortBy
        self.spawnedBy = spawnedBy
        self.workspaceDir = workspaceDir
    }
}

public enum Archived: Codable {
    case bool(Bool)
    case enumeration(AgentScope)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode(Bool.self) {
            self = .bool(x)
            return
        }
        if let x = try? container.decode(AgentScope.self) {
            self = .enumeration(x)
            return
        }
        throw DecodingError.typeMismatch(Archived.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for Archived"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .bool(let x):
            try container.encode(x)
        case .enumeration(let x):
            try container.encode(x)
        }
    }
}

public enum AgentScope: String, Codable {
    case all = "all"
}

public enum BoardFace: String, Codable {
    case chat = "chat"
    case dashboard = "dashboard"
}

public enum SessionsListParamsSortBy: String, Codable {
    case activity = "activity"
    case lastInteractionAt = "lastInteractionAt"
    case updatedAt = "updatedAt"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsListResult
public struct SessionsListResult: Codable {
    public let count: Int
    public let defaults: SessionsListResultDefaults
    public let hasMore: Bool
    public let nextOffset: Int?
    public let sessions: [SessionsListResultSession]
    public let total: Int
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case count = "count"
        case defaults = "defaults"
        case hasMore = "hasMore"
        case nextOffset = "nextOffset"
        case sessions = "sessions"
        case total = "total"
        case ts = "ts"
    }

    public init(count: Int, defaults: SessionsListResultDefaults, hasMore: Bool, nextOffset: Int?, sessions: [SessionsListResultSession], total: Int, ts: Double) {
        self.count = count
        self.defaults = defaults
        self.hasMore = hasMore
        self.nextOffset = nextOffset
        self.sessions = sessions
        self.total = total
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsListResultDefaults
public struct SessionsListResultDefaults: Codable {
    public let model: String?
    public let modelProvider: String?

    public enum CodingKeys: String, CodingKey {
        case model = "model"
        case modelProvider = "modelProvider"
    }

    public init(model: String?, modelProvider: String?) {
        self.model = model
        self.modelProvider = modelProvider
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsListResultSession
public struct SessionsListResultSession: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsMessagesSubscribeParams
public struct SessionsMessagesSubscribeParams: Codable {
    public let agentID: String?
    public let includeApprovals: Bool?
    public let key: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case includeApprovals = "includeApprovals"
        case key = "key"
    }

    public init(agentID: String?, includeApprovals: Bool?, key: String) {
        self.agentID = agentID
        self.includeApprovals = includeApprovals
        self.key = key
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsMessagesSubscribeResult
public struct SessionsMessagesSubscribeResult: Codable {
    public let key: String
    public let subscribed: Bool

    public enum CodingKeys: String, CodingKey {
        case key = "key"
        case subscribed = "subscribed"
    }

    public init(key: String, subscribed: Bool) {
        self.key = key
        self.subscribed = subscribed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsMessagesUnsubscribeParams
public struct SessionsMessagesUnsubscribeParams: Codable {
    public let agentID: String?
    public let key: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case key = "key"
    }

    public init(agentID: String?, key: String) {
        self.agentID = agentID
        self.key = key
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsMessagesUnsubscribeResult
public struct SessionsMessagesUnsubscribeResult: Codable {
    public let key: String
    public let subscribed: Bool

    public enum CodingKeys: String, CodingKey {
        case key = "key"
        case subscribed = "subscribed"
    }

    public init(key: String, subscribed: Bool) {
        self.key = key
        self.subscribed = subscribed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsObserverVisibilityParams
public struct SessionsObserverVisibilityParams: Codable {
    public let visible: Bool

    public enum CodingKeys: String, CodingKey {
        case visible = "visible"
    }

    public init(visible: Bool) {
        self.visible = visible
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsObserverVisibilityResult
public struct SessionsObserverVisibilityResult: Codable {
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(ok: Bool) {
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchParams
public struct SessionsPatchParams: Codable {
    public let agentID: String?
    public let archived: Bool?
    public let key: String
    public let label: String?
    public let model: String?
    public let pinned: Bool?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case key = "key"
        case label = "label"
        case model = "model"
        case pinned = "pinned"
    }

    public init(agentID: String?, archived: Bool?, key: String, label: String?, model: String?, pinned: Bool?) {
        self.agentID = agentID
        self.archived = archived
        self.key = key
        self.label = label
        self.model = model
        self.pinned = pinned
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchResult
public struct SessionsPatchResult: Codable {
    public let entry: SessionsPatchResultEntry
    public let key: String
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case entry = "entry"
        case key = "key"
        case ok = "ok"
    }

    public init(entry: SessionsPatchResultEntry, key: String, ok: Bool) {
        self.entry = entry
        self.key = key
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchResultEntry
public struct SessionsPatchResultEntry: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchManyParams
public struct SessionsPatchManyParams: Codable {
    public let patch: SessionsPatchManyParamsPatch
    public let targets: [Target]

    public enum CodingKeys: String, CodingKey {
        case patch = "patch"
        case targets = "targets"
    }

    public init(patch: SessionsPatchManyParamsPatch, targets: [Target]) {
        self.patch = patch
        self.targets = targets
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchManyParamsPatch
public struct SessionsPatchManyParamsPatch: Codable {
    public let archived: Bool?
    public let label: String?
    public let model: String?
    public let pinned: Bool?

    public enum CodingKeys: String, CodingKey {
        case archived = "archived"
        case label = "label"
        case model = "model"
        case pinned = "pinned"
    }

    public init(archived: Bool?, label: String?, model: String?, pinned: Bool?) {
        self.archived = archived
        self.label = label
        self.model = model
        self.pinned = pinned
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Target
public struct Target: Codable {
    public let agentID: String?
    public let key: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case key = "key"
    }

    public init(agentID: String?, key: String) {
        self.agentID = agentID
        self.key = key
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsPatchManyResult
public struct SessionsPatchManyResult: Codable {
    public let outcomes: [Outcome]

    public enum CodingKeys: String, CodingKey {
        case outcomes = "outcomes"
    }

    public init(outcomes: [Outcome]) {
        self.outcomes = outcomes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Outcome
public struct Outcome: Codable {
    public let error: String?
    public let key: String
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case key = "key"
        case ok = "ok"
    }

    public init(error: String?, key: String, ok: Bool) {
        self.error = error
        self.key = key
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsResetParams
public struct SessionsResetParams: Codable {
    public let agentID: String?
    public let expectedSessionID: String?
    public let key: String
    public let reason: SessionsResetParamsReason?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case expectedSessionID = "expectedSessionId"
        case key = "key"
        case reason = "reason"
    }

    public init(agentID: String?, expectedSessionID: String?, key: String, reason: SessionsResetParamsReason?) {
        self.agentID = agentID
        self.expectedSessionID = expectedSessionID
        self.key = key
        self.reason = reason
    }
}

public enum SessionsResetParamsReason: String, Codable {
    case new = "new"
    case reset = "reset"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsResetResult
public struct SessionsResetResult: Codable {
    public let entry: SessionsResetResultEntry
    public let key: String
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case entry = "entry"
        case key = "key"
        case ok = "ok"
    }

    public init(entry: SessionsResetResultEntry, key: String, ok: Bool) {
        self.entry = entry
        self.key = key
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsResetResultEntry
public struct SessionsResetResultEntry: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsSubscribeParams
public struct SessionsSubscribeParams: Codable {
    public let activeMinutes: Int?
    public let activeOnly: Bool?
    public let agentID: String?
    public let archived: Archived?
    public let boardFace: BoardFace?
    public let configuredAgentsOnly: Bool?
    public let creatorID: String?
    public let excludeCron: Bool?
    public let excludeSubagents: Bool?
    public let excludeSystem: Bool?
    public let group: String?
    public let hasBoard: Bool?
    public let includeActivitySummary: Bool?
    public let includeDerivedTitles: Bool?
    public let includeGlobal: Bool?
    public let includeLastMessage: Bool?
    public let includePeople: Bool?
    public let includeUnknown: Bool?
    public let involvingMe: Bool?
    public let involvingProfileID: String?
    public let label: String?
    public let limit: Int?
    public let offset: Int?
    public let ownerFirst: Bool?
    public let ownerID: String?
    public let pinned: Bool?
    public let projectID: String?
    public let requireLastInteraction: Bool?
    public let search: String?
    public let sortBy: SessionsListParamsSortBy?
    public let spawnedBy: String?
    public let workspaceDir: String?

    public enum CodingKeys: String, CodingKey {
        case activeMinutes = "activeMinutes"
        case activeOnly = "activeOnly"
        case agentID = "agentId"
        case archived = "archived"
        case boardFace = "boardFace"
        case configuredAgentsOnly = "configuredAgentsOnly"
        case creatorID = "creatorId"
        case excludeCron = "excludeCron"
        case excludeSubagents = "excludeSubagents"
        case excludeSystem = "excludeSystem"
        case group = "group"
        case hasBoard = "hasBoard"
        case includeActivitySummary = "includeActivitySummary"
        case includeDerivedTitles = "includeDerivedTitles"
        case includeGlobal = "includeGlobal"
        case includeLastMessage = "includeLastMessage"
        case includePeople = "includePeople"
        case includeUnknown = "includeUnknown"
        case involvingMe = "involvingMe"
        case involvingProfileID = "involvingProfileId"
        case label = "label"
        case limit = "limit"
        case offset = "offset"
        case ownerFirst = "ownerFirst"
        case ownerID = "ownerId"
        case pinned = "pinned"
        case projectID = "projectId"
        case requireLastInteraction = "requireLastInteraction"
        case search = "search"
        case sortBy = "sortBy"
        case spawnedBy = "spawnedBy"
        case workspaceDir = "workspaceDir"
    }

    public init(activeMinutes: Int?, activeOnly: Bool?, agentID: String?, archived: Archived?, boardFace: BoardFace?, configuredAgentsOnly: Bool?, creatorID: String?, excludeCron: Bool?, excludeSubagents: Bool?, excludeSystem: Bool?, group: String?, hasBoard: Bool?, includeActivitySummary: Bool?, includeDerivedTitles: Bool?, includeGlobal: Bool?, includeLastMessage: Bool?, includePeople: Bool?, includeUnknown: Bool?, involvingMe: Bool?, involvingProfileID: String?, label: String?, limit: Int?, offset: Int?, ownerFirst: Bool?, ownerID: String?, pinned: Bool?, projectID: String?, requireLastInteraction: Bool?, search: String?, sortBy: SessionsListParamsSortBy?, spawnedBy: String?, workspaceDir: String?) {
        self.activeMinutes = activeMinutes
        self.activeOnly = activeOnly
        self.agentID = agentID
        self.archived = archived
        self.boardFace = boardFace
        self.configuredAgentsOnly = configuredAgentsOnly
        self.creatorID = creatorID
        self.excludeCron = excludeCron
        self.excludeSubagents = excludeSubagents
        self.excludeSystem = excludeSystem
        self.group = group
        self.hasBoard = hasBoard
        self.includeActivitySummary = includeActivitySummary
        self.includeDerivedTitles = includeDerivedTitles
        self.includeGlobal = includeGlobal
        self.includeLastMessage = includeLastMessage
        self.includePeople = includePeople
        self.includeUnknown = includeUnknown
        self.involvingMe = involvingMe
        self.involvingProfileID = involvingProfileID
        self.label = label
        self.limit = limit
        self.offset = offset
        self.ownerFirst = ownerFirst
        self.ownerID = ownerID
        self.pinned = pinned
        self.projectID = projectID
        self.requireLastInteraction = requireLastInteraction
        self.search = search
        self.sortBy = sortBy
        self.spawnedBy = spawnedBy
        self.workspaceDir = workspaceDir
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsSubscribeResult
public struct SessionsSubscribeResult: Codable {
    public let list: List?
    public let subscribed: Bool

    public enum CodingKeys: String, CodingKey {
        case list = "list"
        case subscribed = "subscribed"
    }

    public init(list: List?, subscribed: Bool) {
        self.list = list
        self.subscribed = subscribed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - List
public struct List: Codable {
    public let count: Int
    public let defaults: ListDefaults
    public let hasMore: Bool
    public let nextOffset: Int?
    public let sessions: [ListSession]
    public let total: Int
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case count = "count"
        case defaults = "defaults"
        case hasMore = "hasMore"
        case nextOffset = "nextOffset"
        case sessions = "sessions"
        case total = "total"
        case ts = "ts"
    }

    public init(count: Int, defaults: ListDefaults, hasMore: Bool, nextOffset: Int?, sessions: [ListSession], total: Int, ts: Double) {
        self.count = count
        self.defaults = defaults
        self.hasMore = hasMore
        self.nextOffset = nextOffset
        self.sessions = sessions
        self.total = total
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ListDefaults
public struct ListDefaults: Codable {
    public let model: String?
    public let modelProvider: String?

    public enum CodingKeys: String, CodingKey {
        case model = "model"
        case modelProvider = "modelProvider"
    }

    public init(model: String?, modelProvider: String?) {
        self.model = model
        self.modelProvider = modelProvider
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ListSession
public struct ListSession: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUnsubscribeParams
public struct SessionsUnsubscribeParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUnsubscribeResult
public struct SessionsUnsubscribeResult: Codable {
    public let subscribed: Bool

    public enum CodingKeys: String, CodingKey {
        case subscribed = "subscribed"
    }

    public init(subscribed: Bool) {
        self.subscribed = subscribed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUsageParams
public struct SessionsUsageParams: Codable {
    public let agentID: String?
    public let agentScope: AgentScope?
    public let creatorKey: String?
    public let endDate: String?
    public let groupBy: GroupBy?
    public let includeContextWeight: Bool?
    public let includeHistorical: Bool?
    public let key: String?
    public let limit: Int?
    public let mode: SessionsUsageParamsMode?
    public let range: Range?
    public let startDate: String?
    public let timeZone: String?
    public let utcOffset: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case agentScope = "agentScope"
        case creatorKey = "creatorKey"
        case endDate = "endDate"
        case groupBy = "groupBy"
        case includeContextWeight = "includeContextWeight"
        case includeHistorical = "includeHistorical"
        case key = "key"
        case limit = "limit"
        case mode = "mode"
        case range = "range"
        case startDate = "startDate"
        case timeZone = "timeZone"
        case utcOffset = "utcOffset"
    }

    public init(agentID: String?, agentScope: AgentScope?, creatorKey: String?, endDate: String?, groupBy: GroupBy?, includeContextWeight: Bool?, includeHistorical: Bool?, key: String?, limit: Int?, mode: SessionsUsageParamsMode?, range: Range?, startDate: String?, timeZone: String?, utcOffset: String?) {
        self.agentID = agentID
        self.agentScope = agentScope
        self.creatorKey = creatorKey
        self.endDate = endDate
        self.groupBy = groupBy
        self.includeContextWeight = includeContextWeight
        self.includeHistorical = includeHistorical
        self.key = key
        self.limit = limit
        self.mode = mode
        self.range = range
        self.startDate = startDate
        self.timeZone = timeZone
        self.utcOffset = utcOffset
    }
}

public enum GroupBy: String, Codable {
    case family = "family"
    case instance = "instance"
}

public enum SessionsUsageParamsMode: String, Codable {
    case gateway = "gateway"
    case specific = "specific"
    case utc = "utc"
}

public enum Range: String, Codable {
    case all = "all"
    case the1Y = "1y"
    case the30D = "30d"
    case the7D = "7d"
    case the90D = "90d"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUsageResult
public struct SessionsUsageResult: Codable {
    public let aggregates: Aggregates
    public let endDate: String
    public let sessions: [SessionsUsageResultSession]
    public let startDate: String
    public let totals: SessionsUsageResultTotals
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case aggregates = "aggregates"
        case endDate = "endDate"
        case sessions = "sessions"
        case startDate = "startDate"
        case totals = "totals"
        case updatedAt = "updatedAt"
    }

    public init(aggregates: Aggregates, endDate: String, sessions: [SessionsUsageResultSession], startDate: String, totals: SessionsUsageResultTotals, updatedAt: Double) {
        self.aggregates = aggregates
        self.endDate = endDate
        self.sessions = sessions
        self.startDate = startDate
        self.totals = totals
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Aggregates
public struct Aggregates: Codable {
    public let byAgent: [ByAgent]
    public let byChannel: [ByChannel]
    public let byModel: [ByModel]
    public let byProvider: [ByProvider]
    public let daily: [AggregatesDaily]
    public let messages: Messages
    public let sessionCount: Int
    public let tools: Tools

    public enum CodingKeys: String, CodingKey {
        case byAgent = "byAgent"
        case byChannel = "byChannel"
        case byModel = "byModel"
        case byProvider = "byProvider"
        case daily = "daily"
        case messages = "messages"
        case sessionCount = "sessionCount"
        case tools = "tools"
    }

    public init(byAgent: [ByAgent], byChannel: [ByChannel], byModel: [ByModel], byProvider: [ByProvider], daily: [AggregatesDaily], messages: Messages, sessionCount: Int, tools: Tools) {
        self.byAgent = byAgent
        self.byChannel = byChannel
        self.byModel = byModel
        self.byProvider = byProvider
        self.daily = daily
        self.messages = messages
        self.sessionCount = sessionCount
        self.tools = tools
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByAgent
public struct ByAgent: Codable {
    public let agentID: String
    public let count: Int
    public let totals: ByAgentTotals

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case count = "count"
        case totals = "totals"
    }

    public init(agentID: String, count: Int, totals: ByAgentTotals) {
        self.agentID = agentID
        self.count = count
        self.totals = totals
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByAgentTotals
public struct ByAgentTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByChannel
public struct ByChannel: Codable {
    public let channel: String
    public let totals: ByChannelTotals

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case totals = "totals"
    }

    public init(channel: String, totals: ByChannelTotals) {
        self.channel = channel
        self.totals = totals
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByChannelTotals
public struct ByChannelTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByModel
public struct ByModel: Codable {
    public let count: Int
    public let model: String
    public let provider: String
    public let totals: ByModelTotals

    public enum CodingKeys: String, CodingKey {
        case count = "count"
        case model = "model"
        case provider = "provider"
        case totals = "totals"
    }

    public init(count: Int, model: String, provider: String, totals: ByModelTotals) {
        self.count = count
        self.model = model
        self.provider = provider
        self.totals = totals
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByModelTotals
public struct ByModelTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByProvider
public struct ByProvider: Codable {
    public let count: Int
    public let provider: String
    public let totals: ByProviderTotals

    public enum CodingKeys: String, CodingKey {
        case count = "count"
        case provider = "provider"
        case totals = "totals"
    }

    public init(count: Int, provider: String, totals: ByProviderTotals) {
        self.count = count
        self.provider = provider
        self.totals = totals
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ByProviderTotals
public struct ByProviderTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AggregatesDaily
public struct AggregatesDaily: Codable {
    public let calls: Int
    public let cost: Double
    public let date: String
    public let tokens: Double

    public enum CodingKeys: String, CodingKey {
        case calls = "calls"
        case cost = "cost"
        case date = "date"
        case tokens = "tokens"
    }

    public init(calls: Int, cost: Double, date: String, tokens: Double) {
        self.calls = calls
        self.cost = cost
        self.date = date
        self.tokens = tokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Messages
public struct Messages: Codable {
    public let assistant: Int
    public let errors: Int
    public let toolCalls: Int
    public let toolResults: Int
    public let total: Int
    public let user: Int

    public enum CodingKeys: String, CodingKey {
        case assistant = "assistant"
        case errors = "errors"
        case toolCalls = "toolCalls"
        case toolResults = "toolResults"
        case total = "total"
        case user = "user"
    }

    public init(assistant: Int, errors: Int, toolCalls: Int, toolResults: Int, total: Int, user: Int) {
        self.assistant = assistant
        self.errors = errors
        self.toolCalls = toolCalls
        self.toolResults = toolResults
        self.total = total
        self.user = user
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Tools
public struct Tools: Codable {
    public let tools: [Tool]
    public let totalCalls: Int
    public let uniqueTools: Int

    public enum CodingKeys: String, CodingKey {
        case tools = "tools"
        case totalCalls = "totalCalls"
        case uniqueTools = "uniqueTools"
    }

    public init(tools: [Tool], totalCalls: Int, uniqueTools: Int) {
        self.tools = tools
        self.totalCalls = totalCalls
        self.uniqueTools = uniqueTools
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Tool
public struct Tool: Codable {
    public let count: Int
    public let name: String

    public enum CodingKeys: String, CodingKey {
        case count = "count"
        case name = "name"
    }

    public init(count: Int, name: String) {
        self.count = count
        self.name = name
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUsageResultSession
public struct SessionsUsageResultSession: Codable {
    public let agentID: String
    public let channel: String?
    public let key: String
    public let model: String?
    public let modelProvider: String?
    public let sessionID: String?
    public let updatedAt: Double?
    public let usage: SessionUsage?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case channel = "channel"
        case key = "key"
        case model = "model"
        case modelProvider = "modelProvider"
        case sessionID = "sessionId"
        case updatedAt = "updatedAt"
        case usage = "usage"
    }

    public init(agentID: String, channel: String?, key: String, model: String?, modelProvider: String?, sessionID: String?, updatedAt: Double?, usage: SessionUsage?) {
        self.agentID = agentID
        self.channel = channel
        self.key = key
        self.model = model
        self.modelProvider = modelProvider
        self.sessionID = sessionID
        self.updatedAt = updatedAt
        self.usage = usage
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionUsage
public struct SessionUsage: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsUsageResultTotals
public struct SessionsUsageResultTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SetHeartbeatsParams
public struct SetHeartbeatsParams: Codable {
    public let enabled: Bool

    public enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(enabled: Bool) {
        self.enabled = enabled
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SetHeartbeatsResult
public struct SetHeartbeatsResult: Codable {
    public let enabled: Bool
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case ok = "ok"
    }

    public init(enabled: Bool, ok: Bool) {
        self.enabled = enabled
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsLibraryListParams
public struct SkillsLibraryListParams: Codable {
    public let scope: SkillsLibraryListParamsScope?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case scope = "scope"
        case sessionKey = "sessionKey"
    }

    public init(scope: SkillsLibraryListParamsScope?, sessionKey: String?) {
        self.scope = scope
        self.sessionKey = sessionKey
    }
}

public enum SkillsLibraryListParamsScope: String, Codable {
    case all = "all"
    case mine = "mine"
    case team = "team"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsLibraryListResult
public struct SkillsLibraryListResult: Codable {
    public let entries: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case entries = "entries"
    }

    public init(entries: [JSONAny]) {
        self.entries = entries
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsSearchParams
public struct SkillsSearchParams: Codable {
    public let limit: Int?
    public let query: String?

    public enum CodingKeys: String, CodingKey {
        case limit = "limit"
        case query = "query"
    }

    public init(limit: Int?, query: String?) {
        self.limit = limit
        self.query = query
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsSearchResult
public struct SkillsSearchResult: Codable {
    public let results: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case results = "results"
    }

    public init(results: [JSONAny]) {
        self.results = results
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsStatusParams
public struct SkillsStatusParams: Codable {
    public let agentID: String?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, sessionKey: String?) {
        self.agentID = agentID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SkillsStatusResult
public struct SkillsStatusResult: Codable {
    public let agentID: String?
    public let skills: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case skills = "skills"
    }

    public init(agentID: String?, skills: [JSONAny]) {
        self.agentID = agentID
        self.skills = skills
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StatusParams
public struct StatusParams: Codable {
    public let includeChannelSummary: Bool?

    public enum CodingKeys: String, CodingKey {
        case includeChannelSummary = "includeChannelSummary"
    }

    public init(includeChannelSummary: Bool?) {
        self.includeChannelSummary = includeChannelSummary
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StatusResult
public struct StatusResult: Codable {
    public let channelSummary: [String]
    public let configPath: String
    public let connections: Connections
    public let gateway: Gateway
    public let heartbeat: [String: JSONAny]
    public let host: String
    public let lastError: LastError?
    public let pid: Int
    public let plugins: StatusResultPlugins
    public let processMemory: StatusResultProcessMemory
    public let queuedSystemEvents: [JSONAny]
    public let runtimeVersion: String
    public let sessions: [String: JSONAny]
    public let stateDir: String
    public let uptimeMS: Double

    public enum CodingKeys: String, CodingKey {
        case channelSummary = "channelSummary"
        case configPath = "configPath"
        case connections = "connections"
        case gateway = "gateway"
        case heartbeat = "heartbeat"
        case host = "host"
        case lastError = "lastError"
        case pid = "pid"
        case plugins = "plugins"
        case processMemory = "processMemory"
        case queuedSystemEvents = "queuedSystemEvents"
        case runtimeVersion = "runtimeVersion"
        case sessions = "sessions"
        case stateDir = "stateDir"
        case uptimeMS = "uptimeMs"
    }

    public init(channelSummary: [String], configPath: String, connections: Connections, gateway: Gateway, heartbeat: [String: JSONAny], host: String, lastError: LastError?, pid: Int, plugins: StatusResultPlugins, processMemory: StatusResultProcessMemory, queuedSystemEvents: [JSONAny], runtimeVersion: String, sessions: [String: JSONAny], stateDir: String, uptimeMS: Double) {
        self.channelSummary = channelSummary
        self.configPath = configPath
        self.connections = connections
        self.gateway = gateway
        self.heartbeat = heartbeat
        self.host = host
        self.lastError = lastError
        self.pid = pid
        self.plugins = plugins
        self.processMemory = processMemory
        self.queuedSystemEvents = queuedSystemEvents
        self.runtimeVersion = runtimeVersion
        self.sessions = sessions
        self.stateDir = stateDir
        self.uptimeMS = uptimeMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Connections
public struct Connections: Codable {
    public let nodes: Int
    public let operators: Int

    public enum CodingKeys: String, CodingKey {
        case nodes = "nodes"
        case operators = "operators"
    }

    public init(nodes: Int, operators: Int) {
        self.nodes = nodes
        self.operators = operators
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Gateway
public struct Gateway: Codable {
    public let authMode: String
    public let bindHost: String
    public let port: Int
    public let protocols: [Int]
    public let url: String

    public enum CodingKeys: String, CodingKey {
        case authMode = "authMode"
        case bindHost = "bindHost"
        case port = "port"
        case protocols = "protocols"
        case url = "url"
    }

    public init(authMode: String, bindHost: String, port: Int, protocols: [Int], url: String) {
        self.authMode = authMode
        self.bindHost = bindHost
        self.port = port
        self.protocols = protocols
        self.url = url
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - LastError
public struct LastError: Codable {
    public let message: String
    public let subsystem: String
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case message = "message"
        case subsystem = "subsystem"
        case ts = "ts"
    }

    public init(message: String, subsystem: String, ts: Double) {
        self.message = message
        self.subsystem = subsystem
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StatusResultPlugins
public struct StatusResultPlugins: Codable {
    public let active: [String]
    public let failed: [FluffyFailed]

    public enum CodingKeys: String, CodingKey {
        case active = "active"
        case failed = "failed"
    }

    public init(active: [String], failed: [FluffyFailed]) {
        self.active = active
        self.failed = failed
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyFailed
public struct FluffyFailed: Codable {
    public let error: String?
    public let name: String

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case name = "name"
    }

    public init(error: String?, name: String) {
        self.error = error
        self.name = name
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - StatusResultProcessMemory
public struct StatusResultProcessMemory: Codable {
    public let heapUsedBytes: Double
    public let rssBytes: Double

    public enum CodingKeys: String, CodingKey {
        case heapUsedBytes = "heapUsedBytes"
        case rssBytes = "rssBytes"
    }

    public init(heapUsedBytes: Double, rssBytes: Double) {
        self.heapUsedBytes = heapUsedBytes
        self.rssBytes = rssBytes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemEventParams
public struct SystemEventParams: Codable {
    public let deviceFamily: String?
    public let deviceID: String?
    public let host: String?
    public let instanceID: String?
    public let ip: String?
    public let lastInputSeconds: Int?
    public let mode: String?
    public let modelIdentifier: String?
    public let platform: String?
    public let reason: String?
    public let roles: [String]?
    public let scopes: [String]?
    public let tags: [String]?
    public let text: String
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case host = "host"
        case instanceID = "instanceId"
        case ip = "ip"
        case lastInputSeconds = "lastInputSeconds"
        case mode = "mode"
        case modelIdentifier = "modelIdentifier"
        case platform = "platform"
        case reason = "reason"
        case roles = "roles"
        case scopes = "scopes"
        case tags = "tags"
        case text = "text"
        case version = "version"
    }

    public init(deviceFamily: String?, deviceID: String?, host: String?, instanceID: String?, ip: String?, lastInputSeconds: Int?, mode: String?, modelIdentifier: String?, platform: String?, reason: String?, roles: [String]?, scopes: [String]?, tags: [String]?, text: String, version: String?) {
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.host = host
        self.instanceID = instanceID
        self.ip = ip
        self.lastInputSeconds = lastInputSeconds
        self.mode = mode
        self.modelIdentifier = modelIdentifier
        self.platform = platform
        self.reason = reason
        self.roles = roles
        self.scopes = scopes
        self.tags = tags
        self.text = text
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemEventResult
public struct SystemEventResult: Codable {
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(ok: Bool) {
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemPresenceResultElement
public struct SystemPresenceResultElement: Codable {
    public let deviceFamily: String?
    public let deviceID: String?
    public let host: String?
    public let instanceID: String?
    public let ip: String?
    public let lastInputSeconds: Int?
    public let mode: String?
    public let modelIdentifier: String?
    public let platform: String?
    public let reason: String?
    public let roles: [String]?
    public let scopes: [String]?
    public let tags: [String]?
    public let text: String?
    public let ts: Double
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case host = "host"
        case instanceID = "instanceId"
        case ip = "ip"
        case lastInputSeconds = "lastInputSeconds"
        case mode = "mode"
        case modelIdentifier = "modelIdentifier"
        case platform = "platform"
        case reason = "reason"
        case roles = "roles"
        case scopes = "scopes"
        case tags = "tags"
        case text = "text"
        case ts = "ts"
        case version = "version"
    }

    public init(deviceFamily: String?, deviceID: String?, host: String?, instanceID: String?, ip: String?, lastInputSeconds: Int?, mode: String?, modelIdentifier: String?, platform: String?, reason: String?, roles: [String]?, scopes: [String]?, tags: [String]?, text: String?, ts: Double, version: String?) {
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.host = host
        self.instanceID = instanceID
        self.ip = ip
        self.lastInputSeconds = lastInputSeconds
        self.mode = mode
        self.modelIdentifier = modelIdentifier
        self.platform = platform
        self.reason = reason
        self.roles = roles
        self.scopes = scopes
        self.tags = tags
        self.text = text
        self.ts = ts
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemInfoParams
public struct SystemInfoParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemInfoResult
public struct SystemInfoResult: Codable {
    public let arch: String
    public let cpuCount: Int
    public let cpuModel: String?
    public let diskAvailableBytes: Int?
    public let diskPath: String?
    public let diskTotalBytes: Int?
    public let hostname: String
    public let loadAverage: [Double]?
    public let machineName: String
    public let memoryFreeBytes: Int
    public let memoryTotalBytes: Int
    public let nodeVersion: String
    public let osLabel: String
    public let pid: Int
    public let platform: String
    public let port: Int?
    public let processMemory: SystemInfoResultProcessMemory?
    public let release: String
    public let uptimeMS: Int

    public enum CodingKeys: String, CodingKey {
        case arch = "arch"
        case cpuCount = "cpuCount"
        case cpuModel = "cpuModel"
        case diskAvailableBytes = "diskAvailableBytes"
        case diskPath = "diskPath"
        case diskTotalBytes = "diskTotalBytes"
        case hostname = "hostname"
        case loadAverage = "loadAverage"
        case machineName = "machineName"
        case memoryFreeBytes = "memoryFreeBytes"
        case memoryTotalBytes = "memoryTotalBytes"
        case nodeVersion = "nodeVersion"
        case osLabel = "osLabel"
        case pid = "pid"
        case platform = "platform"
        case port = "port"
        case processMemory = "processMemory"
        case release = "release"
        case uptimeMS = "uptimeMs"
    }

    public init(arch: String, cpuCount: Int, cpuModel: String?, diskAvailableBytes: Int?, diskPath: String?, diskTotalBytes: Int?, hostname: String, loadAverage: [Double]?, machineName: String, memoryFreeBytes: Int, memoryTotalBytes: Int, nodeVersion: String, osLabel: String, pid: Int, platform: String, port: Int?, processMemory: SystemInfoResultProcessMemory?, release: String, uptimeMS: Int) {
        self.arch = arch
        self.cpuCount = cpuCount
        self.cpuModel = cpuModel
        self.diskAvailableBytes = diskAvailableBytes
        self.diskPath = diskPath
        self.diskTotalBytes = diskTotalBytes
        self.hostname = hostname
        self.loadAverage = loadAverage
        self.machineName = machineName
        self.memoryFreeBytes = memoryFreeBytes
        self.memoryTotalBytes = memoryTotalBytes
        self.nodeVersion = nodeVersion
        self.osLabel = osLabel
        self.pid = pid
        self.platform = platform
        self.port = port
        self.processMemory = processMemory
        self.release = release
        self.uptimeMS = uptimeMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SystemInfoResultProcessMemory
public struct SystemInfoResultProcessMemory: Codable {
    public let heapTotal: Int
    public let heapUsed: Int
    public let rss: Int

    public enum CodingKeys: String, CodingKey {
        case heapTotal = "heapTotal"
        case heapUsed = "heapUsed"
        case rss = "rss"
    }

    public init(heapTotal: Int, heapUsed: Int, rss: Int) {
        self.heapTotal = heapTotal
        self.heapUsed = heapUsed
        self.rss = rss
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TalkCatalogParams
public struct TalkCatalogParams: Codable {
    public let model: String?
    public let provider: String?

    public enum CodingKeys: String, CodingKey {
        case model = "model"
        case provider = "provider"
    }

    public init(model: String?, provider: String?) {
        self.model = model
        self.provider = provider
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TalkCatalogResult
public struct TalkCatalogResult: Codable {
    public let brains: [JSONAny]
    public let modes: [JSONAny]
    public let realtime: Realtime
    public let speech: Speech
    public let transcription: Transcription
    public let transports: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case brains = "brains"
        case modes = "modes"
        case realtime = "realtime"
        case speech = "speech"
        case transcription = "transcription"
        case transports = "transports"
    }

    public init(brains: [JSONAny], modes: [JSONAny], realtime: Realtime, speech: Speech, transcription: Transcription, transports: [JSONAny]) {
        self.brains = brains
        self.modes = modes
        self.realtime = realtime
        self.speech = speech
        self.transcription = transcription
        self.transports = transports
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Realtime
public struct Realtime: Codable {
    public let providers: [JSONAny]
    public let ready: Bool?

    public enum CodingKeys: String, CodingKey {
        case providers = "providers"
        case ready = "ready"
    }

    public init(providers: [JSONAny], ready: Bool?) {
        self.providers = providers
        self.ready = ready
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Speech
public struct Speech: Codable {
    public let providers: [JSONAny]
    public let ready: Bool?

    public enum CodingKeys: String, CodingKey {
        case providers = "providers"
        case ready = "ready"
    }

    public init(providers: [JSONAny], ready: Bool?) {
        self.providers = providers
        self.ready = ready
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Transcription
public struct Transcription: Codable {
    public let providers: [JSONAny]
    public let ready: Bool?

    public enum CodingKeys: String, CodingKey {
        case providers = "providers"
        case ready = "ready"
    }

    public init(providers: [JSONAny], ready: Bool?) {
        self.providers = providers
        self.ready = ready
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TasksListParams
public struct TasksListParams: Codable {
    public let agentID: String?
    public let cursor: String?
    public let limit: Int?
    public let sessionKey: String?
    public let sortBy: String?
    public let status: StatusUnion?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case cursor = "cursor"
        case limit = "limit"
        case sessionKey = "sessionKey"
        case sortBy = "sortBy"
        case status = "status"
    }

    public init(agentID: String?, cursor: String?, limit: Int?, sessionKey: String?, sortBy: String?, status: StatusUnion?) {
        self.agentID = agentID
        self.cursor = cursor
        self.limit = limit
        self.sessionKey = sessionKey
        self.sortBy = sortBy
        self.status = status
    }
}

public enum StatusUnion: Codable {
    case string(String)
    case stringArray([String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode([String].self) {
            self = .stringArray(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(StatusUnion.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for StatusUnion"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let x):
            try container.encode(x)
        case .stringArray(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TasksListResult
public struct TasksListResult: Codable {
    public let tasks: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case tasks = "tasks"
    }

    public init(tasks: [JSONAny]) {
        self.tasks = tasks
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesGetParams
public struct ThemesGetParams: Codable {
    public let id: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
    }

    public init(id: String?) {
        self.id = id
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesGetResult
public struct ThemesGetResult: Codable {
    public let current: ThemesGetResultCurrent
    public let theme: ThemesGetResultTheme

    public enum CodingKeys: String, CodingKey {
        case current = "current"
        case theme = "theme"
    }

    public init(current: ThemesGetResultCurrent, theme: ThemesGetResultTheme) {
        self.current = current
        self.theme = theme
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesGetResultCurrent
public struct ThemesGetResultCurrent: Codable {
    public let effectiveMode: EffectiveMode?
    public let id: String
    public let mode: CurrentMode
    public let overrides: PurpleOverrides
    public let requestedID: String?
    public let scope: CurrentScope

    public enum CodingKeys: String, CodingKey {
        case effectiveMode = "effectiveMode"
        case id = "id"
        case mode = "mode"
        case overrides = "overrides"
        case requestedID = "requestedId"
        case scope = "scope"
    }

    public init(effectiveMode: EffectiveMode?, id: String, mode: CurrentMode, overrides: PurpleOverrides, requestedID: String?, scope: CurrentScope) {
        self.effectiveMode = effectiveMode
        self.id = id
        self.mode = mode
        self.overrides = overrides
        self.requestedID = requestedID
        self.scope = scope
    }
}

public enum EffectiveMode: String, Codable {
    case dark = "dark"
    case light = "light"
}

public enum CurrentMode: String, Codable {
    case dark = "dark"
    case light = "light"
    case system = "system"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleOverrides
public struct PurpleOverrides: Codable {
    public let id: String?
    public let mode: CurrentMode?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case mode = "mode"
    }

    public init(id: String?, mode: CurrentMode?) {
        self.id = id
        self.mode = mode
    }
}

public enum CurrentScope: String, Codable {
    case gateway = "gateway"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesGetResultTheme
public struct ThemesGetResultTheme: Codable {
    public let description: String
    public let id: String
    public let modes: [EffectiveMode]
    public let name: String
    public let source: ThemeSource

    public enum CodingKeys: String, CodingKey {
        case description = "description"
        case id = "id"
        case modes = "modes"
        case name = "name"
        case source = "source"
    }

    public init(description: String, id: String, modes: [EffectiveMode], name: String, source: ThemeSource) {
        self.description = description
        self.id = id
        self.modes = modes
        self.name = name
        self.source = source
    }
}

public enum ThemeSource: String, Codable {
    case builtin = "builtin"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesListParams
public struct ThemesListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesListResult
public struct ThemesListResult: Codable {
    public let current: ThemesListResultCurrent
    public let theme: PurpleTheme
    public let themes: [ThemeElement]

    public enum CodingKeys: String, CodingKey {
        case current = "current"
        case theme = "theme"
        case themes = "themes"
    }

    public init(current: ThemesListResultCurrent, theme: PurpleTheme, themes: [ThemeElement]) {
        self.current = current
        self.theme = theme
        self.themes = themes
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesListResultCurrent
public struct ThemesListResultCurrent: Codable {
    public let effectiveMode: EffectiveMode?
    public let id: String
    public let mode: CurrentMode
    public let overrides: FluffyOverrides
    public let requestedID: String?
    public let scope: CurrentScope

    public enum CodingKeys: String, CodingKey {
        case effectiveMode = "effectiveMode"
        case id = "id"
        case mode = "mode"
        case overrides = "overrides"
        case requestedID = "requestedId"
        case scope = "scope"
    }

    public init(effectiveMode: EffectiveMode?, id: String, mode: CurrentMode, overrides: FluffyOverrides, requestedID: String?, scope: CurrentScope) {
        self.effectiveMode = effectiveMode
        self.id = id
        self.mode = mode
        self.overrides = overrides
        self.requestedID = requestedID
        self.scope = scope
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyOverrides
public struct FluffyOverrides: Codable {
    public let id: String?
    public let mode: CurrentMode?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case mode = "mode"
    }

    public init(id: String?, mode: CurrentMode?) {
        self.id = id
        self.mode = mode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PurpleTheme
public struct PurpleTheme: Codable {
    public let description: String
    public let id: String
    public let modes: [EffectiveMode]
    public let name: String
    public let source: ThemeSource

    public enum CodingKeys: String, CodingKey {
        case description = "description"
        case id = "id"
        case modes = "modes"
        case name = "name"
        case source = "source"
    }

    public init(description: String, id: String, modes: [EffectiveMode], name: String, source: ThemeSource) {
        self.description = description
        self.id = id
        self.modes = modes
        self.name = name
        self.source = source
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemeElement
public struct ThemeElement: Codable {
    public let description: String
    public let id: String
    public let modes: [EffectiveMode]
    public let name: String
    public let source: ThemeSource

    public enum CodingKeys: String, CodingKey {
        case description = "description"
        case id = "id"
        case modes = "modes"
        case name = "name"
        case source = "source"
    }

    public init(description: String, id: String, modes: [EffectiveMode], name: String, source: ThemeSource) {
        self.description = description
        self.id = id
        self.modes = modes
        self.name = name
        self.source = source
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesSetParams
public struct ThemesSetParams: Codable {
    public let appearance: Appearance?
    public let id: String?
    public let mode: CurrentMode?

    public enum CodingKeys: String, CodingKey {
        case appearance = "appearance"
        case id = "id"
        case mode = "mode"
    }

    public init(appearance: Appearance?, id: String?, mode: CurrentMode?) {
        self.appearance = appearance
        self.id = id
        self.mode = mode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Appearance
public struct Appearance: Codable {
    public let accent: String?
    public let fontChat: Font?
    public let fontUI: Font?

    public enum CodingKeys: String, CodingKey {
        case accent = "accent"
        case fontChat = "fontChat"
        case fontUI = "fontUi"
    }

    public init(accent: String?, fontChat: Font?, fontUI: Font?) {
        self.accent = accent
        self.fontChat = fontChat
        self.fontUI = fontUI
    }
}

public enum Font: String, Codable {
    case atkinsonHyperlegible = "atkinson-hyperlegible"
    case dmSans = "dm-sans"
    case fraunces = "fraunces"
    case geist = "geist"
    case ibmPlexSans = "ibm-plex-sans"
    case instrumentSans = "instrument-sans"
    case jetbrainsMono = "jetbrains-mono"
    case lora = "lora"
    case spaceGrotesk = "space-grotesk"
    case system = "system"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesSetResult
public struct ThemesSetResult: Codable {
    public let application: Application
    public let current: ThemesSetResultCurrent
    public let theme: ThemesSetResultTheme

    public enum CodingKeys: String, CodingKey {
        case application = "application"
        case current = "current"
        case theme = "theme"
    }

    public init(application: Application, current: ThemesSetResultCurrent, theme: ThemesSetResultTheme) {
        self.application = application
        self.current = current
        self.theme = theme
    }
}

public enum Application: String, Codable {
    case saved = "saved"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesSetResultCurrent
public struct ThemesSetResultCurrent: Codable {
    public let effectiveMode: EffectiveMode?
    public let id: String
    public let mode: CurrentMode
    public let overrides: TentacledOverrides
    public let requestedID: String?
    public let scope: CurrentScope

    public enum CodingKeys: String, CodingKey {
        case effectiveMode = "effectiveMode"
        case id = "id"
        case mode = "mode"
        case overrides = "overrides"
        case requestedID = "requestedId"
        case scope = "scope"
    }

    public init(effectiveMode: EffectiveMode?, id: String, mode: CurrentMode, overrides: TentacledOverrides, requestedID: String?, scope: CurrentScope) {
        self.effectiveMode = effectiveMode
        self.id = id
        self.mode = mode
        self.overrides = overrides
        self.requestedID = requestedID
        self.scope = scope
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledOverrides
public struct TentacledOverrides: Codable {
    public let id: String?
    public let mode: CurrentMode?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case mode = "mode"
    }

    public init(id: String?, mode: CurrentMode?) {
        self.id = id
        self.mode = mode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ThemesSetResultTheme
public struct ThemesSetResultTheme: Codable {
    public let description: String
    public let id: String
    public let modes: [EffectiveMode]
    public let name: String
    public let source: ThemeSource

    public enum CodingKeys: String, CodingKey {
        case description = "description"
        case id = "id"
        case modes = "modes"
        case name = "name"
        case source = "source"
    }

    public init(description: String, id: String, modes: [EffectiveMode], name: String, source: ThemeSource) {
        self.description = description
        self.id = id
        self.modes = modes
        self.name = name
        self.source = source
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ToolsGithubStatusParams
public struct ToolsGithubStatusParams: Codable {
    public let agentID: String
    public let selectedScope: SelectedScopeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case selectedScope = "selectedScope"
    }

    public init(agentID: String, selectedScope: SelectedScopeEnum) {
        self.agentID = agentID
        self.selectedScope = selectedScope
    }
}

public enum SelectedScopeEnum: String, Codable {
    case agent = "agent"
    case system = "system"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ToolsGithubStatusResult
public struct ToolsGithubStatusResult: Codable {
    public let agentID: String
    public let effective: Effective
    public let selected: Selected
    public let selectedScope: SelectedScopeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case effective = "effective"
        case selected = "selected"
        case selectedScope = "selectedScope"
    }

    public init(agentID: String, effective: Effective, selected: Selected, selectedScope: SelectedScopeEnum) {
        self.agentID = agentID
        self.effective = effective
        self.selected = selected
        self.selectedScope = selectedScope
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Effective
public struct Effective: Codable {
    public let accessExpiresAtMS: JSONNull?
    public let account: JSONNull?
    public let credentialKind: CredentialKind
    public let credentialState: CredentialState
    public let evidence: AvatarStatus
    public let gitAuthor: GitAuthor
    public let oauthScopes: [JSONAny]
    public let refreshState: RefreshState
    public let repositoryGrants: RepositoryGrants
    public let source: EffectiveSource

    public enum CodingKeys: String, CodingKey {
        case accessExpiresAtMS = "accessExpiresAtMs"
        case account = "account"
        case credentialKind = "credentialKind"
        case credentialState = "credentialState"
        case evidence = "evidence"
        case gitAuthor = "gitAuthor"
        case oauthScopes = "oauthScopes"
        case refreshState = "refreshState"
        case repositoryGrants = "repositoryGrants"
        case source = "source"
    }

    public init(accessExpiresAtMS: JSONNull?, account: JSONNull?, credentialKind: CredentialKind, credentialState: CredentialState, evidence: AvatarStatus, gitAuthor: GitAuthor, oauthScopes: [JSONAny], refreshState: RefreshState, repositoryGrants: RepositoryGrants, source: EffectiveSource) {
        self.accessExpiresAtMS = accessExpiresAtMS
        self.account = account
        self.credentialKind = credentialKind
        self.credentialState = credentialState
        self.evidence = evidence
        self.gitAuthor = gitAuthor
        self.oauthScopes = oauthScopes
        self.refreshState = refreshState
        self.repositoryGrants = repositoryGrants
        self.source = source
    }
}

public enum CredentialKind: String, Codable {
    case native = "native"
}

public enum CredentialState: String, Codable {
    case unavailable = "unavailable"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - GitAuthor
public struct GitAuthor: Codable {
    public let email: JSONNull?
    public let name: JSONNull?

    public enum CodingKeys: String, CodingKey {
        case email = "email"
        case name = "name"
    }

    public init(email: JSONNull?, name: JSONNull?) {
        self.email = email
        self.name = name
    }
}

public enum RefreshState: String, Codable {
    case notApplicable = "not_applicable"
}

public enum RepositoryGrants: String, Codable {
    case unknown = "unknown"
}

public enum EffectiveSource: String, Codable {
    case systemDetected = "system-detected"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Selected
public struct Selected: Codable {
    public let configured: Bool
    public let identity: JSONNull?
    public let scope: SelectedScopeEnum

    public enum CodingKeys: String, CodingKey {
        case configured = "configured"
        case identity = "identity"
        case scope = "scope"
    }

    public init(configured: Bool, identity: JSONNull?, scope: SelectedScopeEnum) {
        self.configured = configured
        self.identity = identity
        self.scope = scope
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UpdateStatusParams
public struct UpdateStatusParams: Codable {
    public let refreshCheckout: Bool?

    public enum CodingKeys: String, CodingKey {
        case refreshCheckout = "refreshCheckout"
    }

    public init(refreshCheckout: Bool?) {
        self.refreshCheckout = refreshCheckout
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UpdateStatusResult
public struct UpdateStatusResult: Codable {
    public let sentinel: JSONNull?
    public let updateAvailable: JSONNull?

    public enum CodingKeys: String, CodingKey {
        case sentinel = "sentinel"
        case updateAvailable = "updateAvailable"
    }

    public init(sentinel: JSONNull?, updateAvailable: JSONNull?) {
        self.sentinel = sentinel
        self.updateAvailable = updateAvailable
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageCostParams
public struct UsageCostParams: Codable {
    public let agentID: String?
    public let agentScope: AgentScope?
    public let days: Int?
    public let endDate: String?
    public let mode: SessionsUsageParamsMode?
    public let range: Range?
    public let startDate: String?
    public let timeZone: String?
    public let utcOffset: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case agentScope = "agentScope"
        case days = "days"
        case endDate = "endDate"
        case mode = "mode"
        case range = "range"
        case startDate = "startDate"
        case timeZone = "timeZone"
        case utcOffset = "utcOffset"
    }

    public init(agentID: String?, agentScope: AgentScope?, days: Int?, endDate: String?, mode: SessionsUsageParamsMode?, range: Range?, startDate: String?, timeZone: String?, utcOffset: String?) {
        self.agentID = agentID
        self.agentScope = agentScope
        self.days = days
        self.endDate = endDate
        self.mode = mode
        self.range = range
        self.startDate = startDate
        self.timeZone = timeZone
        self.utcOffset = utcOffset
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageCostResult
public struct UsageCostResult: Codable {
    public let daily: [UsageCostResultDaily]
    public let days: Int
    public let totals: UsageCostResultTotals
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case daily = "daily"
        case days = "days"
        case totals = "totals"
        case updatedAt = "updatedAt"
    }

    public init(daily: [UsageCostResultDaily], days: Int, totals: UsageCostResultTotals, updatedAt: Double) {
        self.daily = daily
        self.days = days
        self.totals = totals
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageCostResultDaily
public struct UsageCostResultDaily: Codable {
    public let date: String
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case date = "date"
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(date: String, cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.date = date
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageCostResultTotals
public struct UsageCostResultTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageStatusParams
public struct UsageStatusParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageStatusResult
public struct UsageStatusResult: Codable {
    public let providers: [UsageStatusResultProvider]
    public let totals: UsageStatusResultTotals
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case providers = "providers"
        case totals = "totals"
        case updatedAt = "updatedAt"
    }

    public init(providers: [UsageStatusResultProvider], totals: UsageStatusResultTotals, updatedAt: Double) {
        self.providers = providers
        self.totals = totals
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageStatusResultProvider
public struct UsageStatusResultProvider: Codable {
    public let calls: Int
    public let displayName: String
    public let provider: String
    public let usage: ProviderUsage
    public let windows: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case calls = "calls"
        case displayName = "displayName"
        case provider = "provider"
        case usage = "usage"
        case windows = "windows"
    }

    public init(calls: Int, displayName: String, provider: String, usage: ProviderUsage, windows: [JSONAny]) {
        self.calls = calls
        self.displayName = displayName
        self.provider = provider
        self.usage = usage
        self.windows = windows
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ProviderUsage
public struct ProviderUsage: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsageStatusResultTotals
public struct UsageStatusResultTotals: Codable {
    public let cacheRead: Double
    public let cacheReadCost: Double
    public let cacheWrite: Double
    public let cacheWriteCost: Double
    public let input: Double
    public let inputCost: Double
    public let missingCostByModel: [String: JSONAny]?
    public let missingCostEntries: Double
    public let output: Double
    public let outputCost: Double
    public let totalCost: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case cacheRead = "cacheRead"
        case cacheReadCost = "cacheReadCost"
        case cacheWrite = "cacheWrite"
        case cacheWriteCost = "cacheWriteCost"
        case input = "input"
        case inputCost = "inputCost"
        case missingCostByModel = "missingCostByModel"
        case missingCostEntries = "missingCostEntries"
        case output = "output"
        case outputCost = "outputCost"
        case totalCost = "totalCost"
        case totalTokens = "totalTokens"
    }

    public init(cacheRead: Double, cacheReadCost: Double, cacheWrite: Double, cacheWriteCost: Double, input: Double, inputCost: Double, missingCostByModel: [String: JSONAny]?, missingCostEntries: Double, output: Double, outputCost: Double, totalCost: Double, totalTokens: Double) {
        self.cacheRead = cacheRead
        self.cacheReadCost = cacheReadCost
        self.cacheWrite = cacheWrite
        self.cacheWriteCost = cacheWriteCost
        self.input = input
        self.inputCost = inputCost
        self.missingCostByModel = missingCostByModel
        self.missingCostEntries = missingCostEntries
        self.output = output
        self.outputCost = outputCost
        self.totalCost = totalCost
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsersPrefsGetParams
public struct UsersPrefsGetParams: Codable {
    public let keys: [String]?

    public enum CodingKeys: String, CodingKey {
        case keys = "keys"
    }

    public init(keys: [String]?) {
        self.keys = keys
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsersPrefsGetResult
public struct UsersPrefsGetResult: Codable {
    public let entries: [String: JSONAny]?
    public let status: UsersPrefsGetResultStatus

    public enum CodingKeys: String, CodingKey {
        case entries = "entries"
        case status = "status"
    }

    public init(entries: [String: JSONAny]?, status: UsersPrefsGetResultStatus) {
        self.entries = entries
        self.status = status
    }
}

public enum UsersPrefsGetResultStatus: String, Codable {
    case noDurableIdentity = "no_durable_identity"
    case ok = "ok"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsersPrefsSetParams
public struct UsersPrefsSetParams: Codable {
    public let entries: [String: JSONAny]
    public let expectedEntries: [String: JSONAny]?

    public enum CodingKeys: String, CodingKey {
        case entries = "entries"
        case expectedEntries = "expectedEntries"
    }

    public init(entries: [String: JSONAny], expectedEntries: [String: JSONAny]?) {
        self.entries = entries
        self.expectedEntries = expectedEntries
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsersPrefsSetResult
public struct UsersPrefsSetResult: Codable {
    public let status: UsersPrefsSetResultStatus

    public enum CodingKeys: String, CodingKey {
        case status = "status"
    }

    public init(status: UsersPrefsSetResultStatus) {
        self.status = status
    }
}

public enum UsersPrefsSetResultStatus: String, Codable {
    case conflict = "conflict"
    case noDurableIdentity = "no_durable_identity"
    case ok = "ok"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WakeParams
public struct WakeParams: Codable {
    public let agentID: String?
    public let mode: WakeModeEnum
    public let sessionKey: String?
    public let text: String

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case mode = "mode"
        case sessionKey = "sessionKey"
        case text = "text"
    }

    public init(agentID: String?, mode: WakeModeEnum, sessionKey: String?, text: String) {
        self.agentID = agentID
        self.mode = mode
        self.sessionKey = sessionKey
        self.text = text
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WakeResult
public struct WakeResult: Codable {
    public let ok: Bool

    public enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(ok: Bool) {
        self.ok = ok
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebLoginStartParams
public struct WebLoginStartParams: Codable {
    public let accountID: String?
    public let channel: String?
    public let force: Bool?
    public let timeoutMS: Int?
    public let verbose: Bool?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case force = "force"
        case timeoutMS = "timeoutMs"
        case verbose = "verbose"
    }

    public init(accountID: String?, channel: String?, force: Bool?, timeoutMS: Int?, verbose: Bool?) {
        self.accountID = accountID
        self.channel = channel
        self.force = force
        self.timeoutMS = timeoutMS
        self.verbose = verbose
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebLoginStartResult
public struct WebLoginStartResult: Codable {
    public let accountID: String
    public let channel: String
    public let message: String
    public let qr: String?
    public let qrDataURL: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case message = "message"
        case qr = "qr"
        case qrDataURL = "qrDataUrl"
    }

    public init(accountID: String, channel: String, message: String, qr: String?, qrDataURL: String?) {
        self.accountID = accountID
        self.channel = channel
        self.message = message
        self.qr = qr
        self.qrDataURL = qrDataURL
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebLoginWaitParams
public struct WebLoginWaitParams: Codable {
    public let accountID: String?
    public let channel: String?
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case timeoutMS = "timeoutMs"
    }

    public init(accountID: String?, channel: String?, timeoutMS: Int?) {
        self.accountID = accountID
        self.channel = channel
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebLoginWaitResult
public struct WebLoginWaitResult: Codable {
    public let accountID: String
    public let channel: String
    public let connected: Bool
    public let message: String

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case channel = "channel"
        case connected = "connected"
        case message = "message"
    }

    public init(accountID: String, channel: String, connected: Bool, message: String) {
        self.accountID = accountID
        self.channel = channel
        self.connected = connected
        self.message = message
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebSearchStatusParams
public struct WebSearchStatusParams: Codable {
    public let agentID: String?
    public let modelID: String?
    public let modelProvider: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case modelID = "modelId"
        case modelProvider = "modelProvider"
    }

    public init(agentID: String?, modelID: String?, modelProvider: String?) {
        self.agentID = agentID
        self.modelID = modelID
        self.modelProvider = modelProvider
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebSearchStatusResult
public struct WebSearchStatusResult: Codable {
    public let agentID: String
    public let enabled: Bool
    public let model: WebSearchStatusResultModel
    public let provider: JSONNull?
    public let providers: [JSONAny]
    public let route: Route

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case enabled = "enabled"
        case model = "model"
        case provider = "provider"
        case providers = "providers"
        case route = "route"
    }

    public init(agentID: String, enabled: Bool, model: WebSearchStatusResultModel, provider: JSONNull?, providers: [JSONAny], route: Route) {
        self.agentID = agentID
        self.enabled = enabled
        self.model = model
        self.provider = provider
        self.providers = providers
        self.route = route
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WebSearchStatusResultModel
public struct WebSearchStatusResultModel: Codable {
    public let id: String
    public let provider: String
    public let runtime: String
    public let runtimeLabel: String?

    public enum CodingKeys: String, CodingKey {
        case id = "id"
        case provider = "provider"
        case runtime = "runtime"
        case runtimeLabel = "runtimeLabel"
    }

    public init(id: String, provider: String, runtime: String, runtimeLabel: String?) {
        self.id = id
        self.provider = provider
        self.runtime = runtime
        self.runtimeLabel = runtimeLabel
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Route
public struct Route: Codable {
    public let kind: CredentialState
    public let label: String
    public let reason: String?
    public let testable: Bool

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case label = "label"
        case reason = "reason"
        case testable = "testable"
    }

    public init(kind: CredentialState, label: String, reason: String?, testable: Bool) {
        self.kind = kind
        self.label = label
        self.reason = reason
        self.testable = testable
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WorktreesListParams
public struct WorktreesListParams: Codable {

    public init() {
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - WorktreesListResult
public struct WorktreesListResult: Codable {
    public let worktrees: [JSONAny]

    public enum CodingKeys: String, CodingKey {
        case worktrees = "worktrees"
    }

    public init(worktrees: [JSONAny]) {
        self.worktrees = worktrees
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - AgentEvent
public struct AgentEvent: Codable {
    public let data: [String: JSONAny]
    public let runID: String
    public let seq: Int
    public let sessionKey: String
    public let stream: String
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case data = "data"
        case runID = "runId"
        case seq = "seq"
        case sessionKey = "sessionKey"
        case stream = "stream"
        case ts = "ts"
    }

    public init(data: [String: JSONAny], runID: String, seq: Int, sessionKey: String, stream: String, ts: Double) {
        self.data = data
        self.runID = runID
        self.seq = seq
        self.sessionKey = sessionKey
        self.stream = stream
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CanvasA2UIActionEvent
public struct CanvasA2UIActionEvent: Codable {
    public let channel: Channel
    public let ts: Double
    public let userAction: UserAction

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case ts = "ts"
        case userAction = "userAction"
    }

    public init(channel: Channel, ts: Double, userAction: UserAction) {
        self.channel = channel
        self.ts = ts
        self.userAction = userAction
    }
}

public enum Channel: String, Codable {
    case a2UI = "a2ui"
    case reload = "reload"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UserAction
public struct UserAction: Codable {
    public let context: [String: JSONAny]?
    public let name: String
    public let sourceComponentID: String?
    public let surfaceID: String?
    public let timestamp: String?

    public enum CodingKeys: String, CodingKey {
        case context = "context"
        case name = "name"
        case sourceComponentID = "sourceComponentId"
        case surfaceID = "surfaceId"
        case timestamp = "timestamp"
    }

    public init(context: [String: JSONAny]?, name: String, sourceComponentID: String?, surfaceID: String?, timestamp: String?) {
        self.context = context
        self.name = name
        self.sourceComponentID = sourceComponentID
        self.surfaceID = surfaceID
        self.timestamp = timestamp
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatEvent
public struct ChatEvent: Codable {
    public let deltaText: String?
    public let errorMessage: String?
    public let message: ChatEventMessage?
    public let runID: String
    public let seq: Int
    public let sessionKey: String
    public let state: ChatEventState

    public enum CodingKeys: String, CodingKey {
        case deltaText = "deltaText"
        case errorMessage = "errorMessage"
        case message = "message"
        case runID = "runId"
        case seq = "seq"
        case sessionKey = "sessionKey"
        case state = "state"
    }

    public init(deltaText: String?, errorMessage: String?, message: ChatEventMessage?, runID: String, seq: Int, sessionKey: String, state: ChatEventState) {
        self.deltaText = deltaText
        self.errorMessage = errorMessage
        self.message = message
        self.runID = runID
        self.seq = seq
        self.sessionKey = sessionKey
        self.state = state
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatEventMessage
public struct ChatEventMessage: Codable {
    public let openclaw: TentacledOpenclaw?
    public let content: IndecentContent?
    public let role: String
    public let timestamp: Double?

    public enum CodingKeys: String, CodingKey {
        case openclaw = "__openclaw"
        case content = "content"
        case role = "role"
        case timestamp = "timestamp"
    }

    public init(openclaw: TentacledOpenclaw?, content: IndecentContent?, role: String, timestamp: Double?) {
        self.openclaw = openclaw
        self.content = content
        self.role = role
        self.timestamp = timestamp
    }
}

public enum IndecentContent: Codable {
    case string(String)
    case tentacledContentArray([TentacledContent])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode([TentacledContent].self) {
            self = .tentacledContentArray(x)
            return
        }
        if let x = try? container.decode(String.self) {
            self = .string(x)
            return
        }
        throw DecodingError.typeMismatch(IndecentContent.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for IndecentContent"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let x):
            try container.encode(x)
        case .tentacledContentArray(let x):
            try container.encode(x)
        }
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledContent
public struct TentacledContent: Codable {
    public let text: String?
    public let type: String

    public enum CodingKeys: String, CodingKey {
        case text = "text"
        case type = "type"
    }

    public init(text: String?, type: String) {
        self.text = text
        self.type = type
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledOpenclaw
public struct TentacledOpenclaw: Codable {
    public let idempotencyKey: String?
    public let runID: String?

    public enum CodingKeys: String, CodingKey {
        case idempotencyKey = "idempotencyKey"
        case runID = "runId"
    }

    public init(idempotencyKey: String?, runID: String?) {
        self.idempotencyKey = idempotencyKey
        self.runID = runID
    }
}

public enum ChatEventState: String, Codable {
    case aborted = "aborted"
    case delta = "delta"
    case error = "error"
    case stateFinal = "final"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ConnectChallengeEvent
public struct ConnectChallengeEvent: Codable {
    public let nonce: String
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case nonce = "nonce"
        case ts = "ts"
    }

    public init(nonce: String, ts: Double) {
        self.nonce = nonce
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronEvent
public struct CronEvent: Codable {
    public let action: CronEventAction
    public let deliveryStatus: DeliveryStatus?
    public let durationMS: Int?
    public let error: String?
    public let job: CronEventJob?
    public let jobID: String
    public let nextRunAtMS: Int?
    public let runAtMS: Int?
    public let runID: String?
    public let status: StatusElement?
    public let summary: String?

    public enum CodingKeys: String, CodingKey {
        case action = "action"
        case deliveryStatus = "deliveryStatus"
        case durationMS = "durationMs"
        case error = "error"
        case job = "job"
        case jobID = "jobId"
        case nextRunAtMS = "nextRunAtMs"
        case runAtMS = "runAtMs"
        case runID = "runId"
        case status = "status"
        case summary = "summary"
    }

    public init(action: CronEventAction, deliveryStatus: DeliveryStatus?, durationMS: Int?, error: String?, job: CronEventJob?, jobID: String, nextRunAtMS: Int?, runAtMS: Int?, runID: String?, status: StatusElement?, summary: String?) {
        self.action = action
        self.deliveryStatus = deliveryStatus
        self.durationMS = durationMS
        self.error = error
        self.job = job
        self.jobID = jobID
        self.nextRunAtMS = nextRunAtMS
        self.runAtMS = runAtMS
        self.runID = runID
        self.status = status
        self.summary = summary
    }
}

public enum CronEventAction: String, Codable {
    case added = "added"
    case finished = "finished"
    case removed = "removed"
    case started = "started"
    case updated = "updated"
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - CronEventJob
public struct CronEventJob: Codable {
    public let agentID: String?
    public let createdAtMS: Int
    public let deleteAfterRun: Bool?
    public let delivery: FluffyDelivery?
    public let description: String?
    public let displayName: String?
    public let enabled: Bool
    public let id: String
    public let missedRuns: MissedRuns?
    public let name: String
    public let payload: FluffyPayload
    public let schedule: FluffySchedule
    public let sessionKey: String?
    public let sessionTarget: SessionTarget
    public let state: FluffyState
    public let updatedAtMS: Int
    public let wakeMode: WakeModeEnum

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case createdAtMS = "createdAtMs"
        case deleteAfterRun = "deleteAfterRun"
        case delivery = "delivery"
        case description = "description"
        case displayName = "displayName"
        case enabled = "enabled"
        case id = "id"
        case missedRuns = "missedRuns"
        case name = "name"
        case payload = "payload"
        case schedule = "schedule"
        case sessionKey = "sessionKey"
        case sessionTarget = "sessionTarget"
        case state = "state"
        case updatedAtMS = "updatedAtMs"
        case wakeMode = "wakeMode"
    }

    public init(agentID: String?, createdAtMS: Int, deleteAfterRun: Bool?, delivery: FluffyDelivery?, description: String?, displayName: String?, enabled: Bool, id: String, missedRuns: MissedRuns?, name: String, payload: FluffyPayload, schedule: FluffySchedule, sessionKey: String?, sessionTarget: SessionTarget, state: FluffyState, updatedAtMS: Int, wakeMode: WakeModeEnum) {
        self.agentID = agentID
        self.createdAtMS = createdAtMS
        self.deleteAfterRun = deleteAfterRun
        self.delivery = delivery
        self.description = description
        self.displayName = displayName
        self.enabled = enabled
        self.id = id
        self.missedRuns = missedRuns
        self.name = name
        self.payload = payload
        self.schedule = schedule
        self.sessionKey = sessionKey
        self.sessionTarget = sessionTarget
        self.state = state
        self.updatedAtMS = updatedAtMS
        self.wakeMode = wakeMode
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyDelivery
public struct FluffyDelivery: Codable {
    public let accountID: String?
    public let bestEffort: Bool?
    public let channel: String?
    public let mode: DeliveryMode
    public let threadID: ThreadIDUnion?
    public let to: String?

    public enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case bestEffort = "bestEffort"
        case channel = "channel"
        case mode = "mode"
        case threadID = "threadId"
        case to = "to"
    }

    public init(accountID: String?, bestEffort: Bool?, channel: String?, mode: DeliveryMode, threadID: ThreadIDUnion?, to: String?) {
        self.accountID = accountID
        self.bestEffort = bestEffort
        self.channel = channel
        self.mode = mode
        self.threadID = threadID
        self.to = to
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyPayload
public struct FluffyPayload: Codable {
    public let kind: PayloadKind
    public let text: String?
    public let message: String?
    public let model: String?
    public let timeoutSeconds: Double?

    public enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case text = "text"
        case message = "message"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
    }

    public init(kind: PayloadKind, text: String?, message: String?, model: String?, timeoutSeconds: Double?) {
        self.kind = kind
        self.text = text
        self.message = message
        self.model = model
        self.timeoutSeconds = timeoutSeconds
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffySchedule
public struct FluffySchedule: Codable {
    public let at: String?
    public let kind: ScheduleKind
    public let anchorMS: Int?
    public let everyMS: Int?
    public let expr: String?
    public let staggerMS: Int?
    public let tz: String?

    public enum CodingKeys: String, CodingKey {
        case at = "at"
        case kind = "kind"
        case anchorMS = "anchorMs"
        case everyMS = "everyMs"
        case expr = "expr"
        case staggerMS = "staggerMs"
        case tz = "tz"
    }

    public init(at: String?, kind: ScheduleKind, anchorMS: Int?, everyMS: Int?, expr: String?, staggerMS: Int?, tz: String?) {
        self.at = at
        self.kind = kind
        self.anchorMS = anchorMS
        self.everyMS = everyMS
        self.expr = expr
        self.staggerMS = staggerMS
        self.tz = tz
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - FluffyState
public struct FluffyState: Codable {
    public let backoffUntilMS: Int?
    public let consecutiveErrors: Int?
    public let lastDelivered: Bool?
    public let lastDeliveryError: String?
    public let lastDeliveryStatus: DeliveryStatus?
    public let lastDurationMS: Int?
    public let lastError: String?
    public let lastRunAtMS: Int?
    public let lastRunStatus: StatusElement?
    public let lastStatus: StatusElement?
    public let nextRunAtMS: Int?
    public let runningAtMS: Int?

    public enum CodingKeys: String, CodingKey {
        case backoffUntilMS = "backoffUntilMs"
        case consecutiveErrors = "consecutiveErrors"
        case lastDelivered = "lastDelivered"
        case lastDeliveryError = "lastDeliveryError"
        case lastDeliveryStatus = "lastDeliveryStatus"
        case lastDurationMS = "lastDurationMs"
        case lastError = "lastError"
        case lastRunAtMS = "lastRunAtMs"
        case lastRunStatus = "lastRunStatus"
        case lastStatus = "lastStatus"
        case nextRunAtMS = "nextRunAtMs"
        case runningAtMS = "runningAtMs"
    }

    public init(backoffUntilMS: Int?, consecutiveErrors: Int?, lastDelivered: Bool?, lastDeliveryError: String?, lastDeliveryStatus: DeliveryStatus?, lastDurationMS: Int?, lastError: String?, lastRunAtMS: Int?, lastRunStatus: StatusElement?, lastStatus: StatusElement?, nextRunAtMS: Int?, runningAtMS: Int?) {
        self.backoffUntilMS = backoffUntilMS
        self.consecutiveErrors = consecutiveErrors
        self.lastDelivered = lastDelivered
        self.lastDeliveryError = lastDeliveryError
        self.lastDeliveryStatus = lastDeliveryStatus
        self.lastDurationMS = lastDurationMS
        self.lastError = lastError
        self.lastRunAtMS = lastRunAtMS
        self.lastRunStatus = lastRunStatus
        self.lastStatus = lastStatus
        self.nextRunAtMS = nextRunAtMS
        self.runningAtMS = runningAtMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairRequestedEvent
public struct DevicePairRequestedEvent: Codable {
    public let clientID: String?
    public let clientMode: String?
    public let deviceFamily: String?
    public let deviceID: String
    public let displayName: String?
    public let isRepair: Bool
    public let platform: String?
    public let publicKey: String
    public let reason: PendingReason
    public let remoteIP: String?
    public let requestID: String
    public let role: String
    public let roles: [String]
    public let scopes: [String]
    public let silent: Bool
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case clientID = "clientId"
        case clientMode = "clientMode"
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case displayName = "displayName"
        case isRepair = "isRepair"
        case platform = "platform"
        case publicKey = "publicKey"
        case reason = "reason"
        case remoteIP = "remoteIp"
        case requestID = "requestId"
        case role = "role"
        case roles = "roles"
        case scopes = "scopes"
        case silent = "silent"
        case ts = "ts"
    }

    public init(clientID: String?, clientMode: String?, deviceFamily: String?, deviceID: String, displayName: String?, isRepair: Bool, platform: String?, publicKey: String, reason: PendingReason, remoteIP: String?, requestID: String, role: String, roles: [String], scopes: [String], silent: Bool, ts: Double) {
        self.clientID = clientID
        self.clientMode = clientMode
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.displayName = displayName
        self.isRepair = isRepair
        self.platform = platform
        self.publicKey = publicKey
        self.reason = reason
        self.remoteIP = remoteIP
        self.requestID = requestID
        self.role = role
        self.roles = roles
        self.scopes = scopes
        self.silent = silent
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - DevicePairResolvedEvent
public struct DevicePairResolvedEvent: Codable {
    public let decision: String
    public let deviceID: String?
    public let nodeID: String?
    public let requestID: String
    public let silent: Bool?
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case deviceID = "deviceId"
        case nodeID = "nodeId"
        case requestID = "requestId"
        case silent = "silent"
        case ts = "ts"
    }

    public init(decision: String, deviceID: String?, nodeID: String?, requestID: String, silent: Bool?, ts: Double) {
        self.decision = decision
        self.deviceID = deviceID
        self.nodeID = nodeID
        self.requestID = requestID
        self.silent = silent
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalRequestedEvent
public struct ExecApprovalRequestedEvent: Codable {
    public let createdAtMS: Int
    public let expiresAtMS: Int
    public let id: String
    public let request: ExecApprovalRequestedEventRequest

    public enum CodingKeys: String, CodingKey {
        case createdAtMS = "createdAtMs"
        case expiresAtMS = "expiresAtMs"
        case id = "id"
        case request = "request"
    }

    public init(createdAtMS: Int, expiresAtMS: Int, id: String, request: ExecApprovalRequestedEventRequest) {
        self.createdAtMS = createdAtMS
        self.expiresAtMS = expiresAtMS
        self.id = id
        self.request = request
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalRequestedEventRequest
public struct ExecApprovalRequestedEventRequest: Codable {
    public let agentID: String?
    public let ask: Ask?
    public let command: String
    public let commandArgv: [String]?
    public let cwd: String?
    public let envKeys: [String]?
    public let host: String?
    public let nodeID: String?
    public let resolvedPath: String?
    public let security: AskFallback?
    public let sessionKey: String?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case ask = "ask"
        case command = "command"
        case commandArgv = "commandArgv"
        case cwd = "cwd"
        case envKeys = "envKeys"
        case host = "host"
        case nodeID = "nodeId"
        case resolvedPath = "resolvedPath"
        case security = "security"
        case sessionKey = "sessionKey"
    }

    public init(agentID: String?, ask: Ask?, command: String, commandArgv: [String]?, cwd: String?, envKeys: [String]?, host: String?, nodeID: String?, resolvedPath: String?, security: AskFallback?, sessionKey: String?) {
        self.agentID = agentID
        self.ask = ask
        self.command = command
        self.commandArgv = commandArgv
        self.cwd = cwd
        self.envKeys = envKeys
        self.host = host
        self.nodeID = nodeID
        self.resolvedPath = resolvedPath
        self.security = security
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ExecApprovalResolvedEvent
public struct ExecApprovalResolvedEvent: Codable {
    public let decision: Decision?
    public let id: String
    public let resolvedBy: String?
    public let ts: Int

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case id = "id"
        case resolvedBy = "resolvedBy"
        case ts = "ts"
    }

    public init(decision: Decision?, id: String, resolvedBy: String?, ts: Int) {
        self.decision = decision
        self.id = id
        self.resolvedBy = resolvedBy
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HealthEvent
public struct HealthEvent: Codable {
    public let channelLabels: [String: JSONAny]
    public let channelOrder: [String]
    public let channels: [String: JSONAny]
    public let degraded: Bool
    public let durationMS: Double
    public let ok: Bool
    public let plugins: HealthEventPlugins
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case channelLabels = "channelLabels"
        case channelOrder = "channelOrder"
        case channels = "channels"
        case degraded = "degraded"
        case durationMS = "durationMs"
        case ok = "ok"
        case plugins = "plugins"
        case ts = "ts"
    }

    public init(channelLabels: [String: JSONAny], channelOrder: [String], channels: [String: JSONAny], degraded: Bool, durationMS: Double, ok: Bool, plugins: HealthEventPlugins, ts: Double) {
        self.channelLabels = channelLabels
        self.channelOrder = channelOrder
        self.channels = channels
        self.degraded = degraded
        self.durationMS = durationMS
        self.ok = ok
        self.plugins = plugins
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HealthEventPlugins
public struct HealthEventPlugins: Codable {
    public let disabled: [String]
    public let failed: [TentacledFailed]
    public let loaded: [String]

    public enum CodingKeys: String, CodingKey {
        case disabled = "disabled"
        case failed = "failed"
        case loaded = "loaded"
    }

    public init(disabled: [String], failed: [TentacledFailed], loaded: [String]) {
        self.disabled = disabled
        self.failed = failed
        self.loaded = loaded
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TentacledFailed
public struct TentacledFailed: Codable {
    public let error: String?
    public let name: String
    public let state: String

    public enum CodingKeys: String, CodingKey {
        case error = "error"
        case name = "name"
        case state = "state"
    }

    public init(error: String?, name: String, state: String) {
        self.error = error
        self.name = name
        self.state = state
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - HeartbeatEvent
public struct HeartbeatEvent: Codable {
    public let channel: String?
    public let durationMS: Int?
    public let preview: String?
    public let reason: String?
    public let status: LastHeartbeatResultStatus
    public let to: String?
    public let ts: Int

    public enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case durationMS = "durationMs"
        case preview = "preview"
        case reason = "reason"
        case status = "status"
        case to = "to"
        case ts = "ts"
    }

    public init(channel: String?, durationMS: Int?, preview: String?, reason: String?, status: LastHeartbeatResultStatus, to: String?, ts: Int) {
        self.channel = channel
        self.durationMS = durationMS
        self.preview = preview
        self.reason = reason
        self.status = status
        self.to = to
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodeInvokeRequestEvent
public struct NodeInvokeRequestEvent: Codable {
    public let command: String
    public let id: String
    public let idempotencyKey: String
    public let nodeID: String
    public let paramsJSON: String?
    public let timeoutMS: Double

    public enum CodingKeys: String, CodingKey {
        case command = "command"
        case id = "id"
        case idempotencyKey = "idempotencyKey"
        case nodeID = "nodeId"
        case paramsJSON = "paramsJSON"
        case timeoutMS = "timeoutMs"
    }

    public init(command: String, id: String, idempotencyKey: String, nodeID: String, paramsJSON: String?, timeoutMS: Double) {
        self.command = command
        self.id = id
        self.idempotencyKey = idempotencyKey
        self.nodeID = nodeID
        self.paramsJSON = paramsJSON
        self.timeoutMS = timeoutMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairRequestedEvent
public struct NodePairRequestedEvent: Codable {
    public let caps: [String]?
    public let commands: [String]?
    public let coreVersion: String?
    public let deviceFamily: String?
    public let displayName: String?
    public let isRepair: Bool
    public let modelIdentifier: String?
    public let nodeID: String
    public let permissions: [String: JSONAny]?
    public let platform: String?
    public let remoteIP: String?
    public let requestID: String
    public let silent: Bool?
    public let ts: Double
    public let uiVersion: String?
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case caps = "caps"
        case commands = "commands"
        case coreVersion = "coreVersion"
        case deviceFamily = "deviceFamily"
        case displayName = "displayName"
        case isRepair = "isRepair"
        case modelIdentifier = "modelIdentifier"
        case nodeID = "nodeId"
        case permissions = "permissions"
        case platform = "platform"
        case remoteIP = "remoteIp"
        case requestID = "requestId"
        case silent = "silent"
        case ts = "ts"
        case uiVersion = "uiVersion"
        case version = "version"
    }

    public init(caps: [String]?, commands: [String]?, coreVersion: String?, deviceFamily: String?, displayName: String?, isRepair: Bool, modelIdentifier: String?, nodeID: String, permissions: [String: JSONAny]?, platform: String?, remoteIP: String?, requestID: String, silent: Bool?, ts: Double, uiVersion: String?, version: String?) {
        self.caps = caps
        self.commands = commands
        self.coreVersion = coreVersion
        self.deviceFamily = deviceFamily
        self.displayName = displayName
        self.isRepair = isRepair
        self.modelIdentifier = modelIdentifier
        self.nodeID = nodeID
        self.permissions = permissions
        self.platform = platform
        self.remoteIP = remoteIP
        self.requestID = requestID
        self.silent = silent
        self.ts = ts
        self.uiVersion = uiVersion
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - NodePairResolvedEvent
public struct NodePairResolvedEvent: Codable {
    public let decision: String
    public let deviceID: String?
    public let nodeID: String?
    public let requestID: String
    public let silent: Bool?
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case deviceID = "deviceId"
        case nodeID = "nodeId"
        case requestID = "requestId"
        case silent = "silent"
        case ts = "ts"
    }

    public init(decision: String, deviceID: String?, nodeID: String?, requestID: String, silent: Bool?, ts: Double) {
        self.decision = decision
        self.deviceID = deviceID
        self.nodeID = nodeID
        self.requestID = requestID
        self.silent = silent
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - PresenceEvent
public struct PresenceEvent: Codable {
    public let presence: [Presence]

    public enum CodingKeys: String, CodingKey {
        case presence = "presence"
    }

    public init(presence: [Presence]) {
        self.presence = presence
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Presence
public struct Presence: Codable {
    public let deviceFamily: String?
    public let deviceID: String?
    public let host: String?
    public let instanceID: String?
    public let ip: String?
    public let lastInputSeconds: Int?
    public let mode: String?
    public let modelIdentifier: String?
    public let platform: String?
    public let reason: String?
    public let roles: [String]?
    public let scopes: [String]?
    public let tags: [String]?
    public let text: String?
    public let ts: Double
    public let version: String?

    public enum CodingKeys: String, CodingKey {
        case deviceFamily = "deviceFamily"
        case deviceID = "deviceId"
        case host = "host"
        case instanceID = "instanceId"
        case ip = "ip"
        case lastInputSeconds = "lastInputSeconds"
        case mode = "mode"
        case modelIdentifier = "modelIdentifier"
        case platform = "platform"
        case reason = "reason"
        case roles = "roles"
        case scopes = "scopes"
        case tags = "tags"
        case text = "text"
        case ts = "ts"
        case version = "version"
    }

    public init(deviceFamily: String?, deviceID: String?, host: String?, instanceID: String?, ip: String?, lastInputSeconds: Int?, mode: String?, modelIdentifier: String?, platform: String?, reason: String?, roles: [String]?, scopes: [String]?, tags: [String]?, text: String?, ts: Double, version: String?) {
        self.deviceFamily = deviceFamily
        self.deviceID = deviceID
        self.host = host
        self.instanceID = instanceID
        self.ip = ip
        self.lastInputSeconds = lastInputSeconds
        self.mode = mode
        self.modelIdentifier = modelIdentifier
        self.platform = platform
        self.reason = reason
        self.roles = roles
        self.scopes = scopes
        self.tags = tags
        self.text = text
        self.ts = ts
        self.version = version
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsChangedEvent
public struct SessionsChangedEvent: Codable {
    public let reason: String
    public let session: SessionsChangedEventSession?
    public let sessionKey: String
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case session = "session"
        case sessionKey = "sessionKey"
        case ts = "ts"
    }

    public init(reason: String, session: SessionsChangedEventSession?, sessionKey: String, ts: Double) {
        self.reason = reason
        self.session = session
        self.sessionKey = sessionKey
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - SessionsChangedEventSession
public struct SessionsChangedEventSession: Codable {
    public let agentID: String
    public let archived: Bool?
    public let channel: String?
    public let createdAt: Double
    public let derivedTitle: String?
    public let displayName: String?
    public let hasActiveRun: Bool
    public let inputTokens: Double?
    public let key: String
    public let kind: String
    public let label: String?
    public let lastMessagePreview: String?
    public let model: String?
    public let modelProvider: String?
    public let outputTokens: Double?
    public let pinned: Bool?
    public let sessionID: String
    public let status: String?
    public let totalTokens: Double?
    public let updatedAt: Double

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case archived = "archived"
        case channel = "channel"
        case createdAt = "createdAt"
        case derivedTitle = "derivedTitle"
        case displayName = "displayName"
        case hasActiveRun = "hasActiveRun"
        case inputTokens = "inputTokens"
        case key = "key"
        case kind = "kind"
        case label = "label"
        case lastMessagePreview = "lastMessagePreview"
        case model = "model"
        case modelProvider = "modelProvider"
        case outputTokens = "outputTokens"
        case pinned = "pinned"
        case sessionID = "sessionId"
        case status = "status"
        case totalTokens = "totalTokens"
        case updatedAt = "updatedAt"
    }

    public init(agentID: String, archived: Bool?, channel: String?, createdAt: Double, derivedTitle: String?, displayName: String?, hasActiveRun: Bool, inputTokens: Double?, key: String, kind: String, label: String?, lastMessagePreview: String?, model: String?, modelProvider: String?, outputTokens: Double?, pinned: Bool?, sessionID: String, status: String?, totalTokens: Double?, updatedAt: Double) {
        self.agentID = agentID
        self.archived = archived
        self.channel = channel
        self.createdAt = createdAt
        self.derivedTitle = derivedTitle
        self.displayName = displayName
        self.hasActiveRun = hasActiveRun
        self.inputTokens = inputTokens
        self.key = key
        self.kind = kind
        self.label = label
        self.lastMessagePreview = lastMessagePreview
        self.model = model
        self.modelProvider = modelProvider
        self.outputTokens = outputTokens
        self.pinned = pinned
        self.sessionID = sessionID
        self.status = status
        self.totalTokens = totalTokens
        self.updatedAt = updatedAt
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ShutdownEvent
public struct ShutdownEvent: Codable {
    public let reason: String
    public let restartExpectedMS: Double?

    public enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case restartExpectedMS = "restartExpectedMs"
    }

    public init(reason: String, restartExpectedMS: Double?) {
        self.reason = reason
        self.restartExpectedMS = restartExpectedMS
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - TickEvent
public struct TickEvent: Codable {
    public let ts: Double

    public enum CodingKeys: String, CodingKey {
        case ts = "ts"
    }

    public init(ts: Double) {
        self.ts = ts
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - UsersPrefsChangedEvent
public struct UsersPrefsChangedEvent: Codable {
    public let keys: [String]
    public let profileID: String

    public enum CodingKeys: String, CodingKey {
        case keys = "keys"
        case profileID = "profileId"
    }

    public init(keys: [String], profileID: String) {
        self.keys = keys
        self.profileID = profileID
    }
}

public typealias CanvasA2UIResetParams = [String: JSONAny]
public typealias CanvasInfoParams = [String: JSONAny]
public typealias ConfigGetParams = [String: JSONAny]
public typealias ExecApprovalListResult = [ExecApprovalListResultElement]
public typealias NodeCanvasCapabilityRefreshParams = [String: JSONAny]
public typealias OpenclawApprovalListResult = [JSONAny]
public typealias PluginApprovalListResult = [JSONAny]
public typealias PluginsListParams = [String: JSONAny]
public typealias SystemPresenceParams = [String: JSONAny]
public typealias SystemPresenceResult = [SystemPresenceResultElement]

// MARK: - Encode/decode helpers

public class JSONNull: Codable, Hashable {

    public static func == (lhs: JSONNull, rhs: JSONNull) -> Bool {
        return true
    }

    public var hashValue: Int {
        return 0
    }

    public func hash(into hasher: inout Hasher) {
        // No-op
    }

    public init() {}

    public required init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if !container.decodeNil() {
            throw DecodingError.typeMismatch(JSONNull.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for JSONNull"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

class JSONCodingKey: CodingKey {
    let key: String

    required init?(intValue: Int) {
        return nil
    }

    required init?(stringValue: String) {
        key = stringValue
    }

    var intValue: Int? {
        return nil
    }

    var stringValue: String {
        return key
    }
}

public class JSONAny: Codable {

    public let value: Any

    static func decodingError(forCodingPath codingPath: [CodingKey]) -> DecodingError {
        let context = DecodingError.Context(codingPath: codingPath, debugDescription: "Cannot decode JSONAny")
        return DecodingError.typeMismatch(JSONAny.self, context)
    }

    static func encodingError(forValue value: Any, codingPath: [CodingKey]) -> EncodingError {
        let context = EncodingError.Context(codingPath: codingPath, debugDescription: "Cannot encode JSONAny")
        return EncodingError.invalidValue(value, context)
    }

    static func decode(from container: SingleValueDecodingContainer) throws -> Any {
        if let value = try? container.decode(Bool.self) {
            return value
        }
        if let value = try? container.decode(Int64.self) {
            return value
        }
        if let value = try? container.decode(Double.self) {
            return value
        }
        if let value = try? container.decode(String.self) {
            return value
        }
        if container.decodeNil() {
            return JSONNull()
        }
        throw decodingError(forCodingPath: container.codingPath)
    }

    static func decode(from container: inout UnkeyedDecodingContainer) throws -> Any {
        if let value = try? container.decode(Bool.self) {
            return value
        }
        if let value = try? container.decode(Int64.self) {
            return value
        }
        if let value = try? container.decode(Double.self) {
            return value
        }
        if let value = try? container.decode(String.self) {
            return value
        }
        if let value = try? container.decodeNil() {
            if value {
                return JSONNull()
            }
        }
        if var container = try? container.nestedUnkeyedContainer() {
            return try decodeArray(from: &container)
        }
        if var container = try? container.nestedContainer(keyedBy: JSONCodingKey.self) {
            return try decodeDictionary(from: &container)
        }
        throw decodingError(forCodingPath: container.codingPath)
    }

    static func decode(from container: inout KeyedDecodingContainer<JSONCodingKey>, forKey key: JSONCodingKey) throws -> Any {
        if let value = try? container.decode(Bool.self, forKey: key) {
            return value
        }
        if let value = try? container.decode(Int64.self, forKey: key) {
            return value
        }
        if let value = try? container.decode(Double.self, forKey: key) {
            return value
        }
        if let value = try? container.decode(String.self, forKey: key) {
            return value
        }
        if let value = try? container.decodeNil(forKey: key) {
            if value {
                return JSONNull()
            }
        }
        if var container = try? container.nestedUnkeyedContainer(forKey: key) {
            return try decodeArray(from: &container)
        }
        if var container = try? container.nestedContainer(keyedBy: JSONCodingKey.self, forKey: key) {
            return try decodeDictionary(from: &container)
        }
        throw decodingError(forCodingPath: container.codingPath)
    }

    static func decodeArray(from container: inout UnkeyedDecodingContainer) throws -> [Any] {
        var arr: [Any] = []
        while !container.isAtEnd {
            let value = try decode(from: &container)
            arr.append(value)
        }
        return arr
    }

    static func decodeDictionary(from container: inout KeyedDecodingContainer<JSONCodingKey>) throws -> [String: Any] {
        var dict = [String: Any]()
        for key in container.allKeys {
            let value = try decode(from: &container, forKey: key)
            dict[key.stringValue] = value
        }
        return dict
    }

    static func encode(to container: inout UnkeyedEncodingContainer, array: [Any]) throws {
        for value in array {
            if let value = value as? Bool {
                try container.encode(value)
            } else if let value = value as? Int64 {
                try container.encode(value)
            } else if let value = value as? Double {
                try container.encode(value)
            } else if let value = value as? String {
                try container.encode(value)
            } else if value is JSONNull {
                try container.encodeNil()
            } else if let value = value as? [Any] {
                var container = container.nestedUnkeyedContainer()
                try encode(to: &container, array: value)
            } else if let value = value as? [String: Any] {
                var container = container.nestedContainer(keyedBy: JSONCodingKey.self)
                try encode(to: &container, dictionary: value)
            } else {
                throw encodingError(forValue: value, codingPath: container.codingPath)
            }
        }
    }

    static func encode(to container: inout KeyedEncodingContainer<JSONCodingKey>, dictionary: [String: Any]) throws {
        for (key, value) in dictionary {
            let key = JSONCodingKey(stringValue: key)!
            if let value = value as? Bool {
                try container.encode(value, forKey: key)
            } else if let value = value as? Int64 {
                try container.encode(value, forKey: key)
            } else if let value = value as? Double {
                try container.encode(value, forKey: key)
            } else if let value = value as? String {
                try container.encode(value, forKey: key)
            } else if value is JSONNull {
                try container.encodeNil(forKey: key)
            } else if let value = value as? [Any] {
                var container = container.nestedUnkeyedContainer(forKey: key)
                try encode(to: &container, array: value)
            } else if let value = value as? [String: Any] {
                var container = container.nestedContainer(keyedBy: JSONCodingKey.self, forKey: key)
                try encode(to: &container, dictionary: value)
            } else {
                throw encodingError(forValue: value, codingPath: container.codingPath)
            }
        }
    }

    static func encode(to container: inout SingleValueEncodingContainer, value: Any) throws {
        if let value = value as? Bool {
            try container.encode(value)
        } else if let value = value as? Int64 {
            try container.encode(value)
        } else if let value = value as? Double {
            try container.encode(value)
        } else if let value = value as? String {
            try container.encode(value)
        } else if value is JSONNull {
            try container.encodeNil()
        } else {
            throw encodingError(forValue: value, codingPath: container.codingPath)
        }
    }

    public required init(from decoder: Decoder) throws {
        if var arrayContainer = try? decoder.unkeyedContainer() {
            self.value = try JSONAny.decodeArray(from: &arrayContainer)
        } else if var container = try? decoder.container(keyedBy: JSONCodingKey.self) {
            self.value = try JSONAny.decodeDictionary(from: &container)
        } else {
            let container = try decoder.singleValueContainer()
            self.value = try JSONAny.decode(from: container)
        }
    }

    public func encode(to encoder: Encoder) throws {
        if let arr = self.value as? [Any] {
            var container = encoder.unkeyedContainer()
            try JSONAny.encode(to: &container, array: arr)
        } else if let dict = self.value as? [String: Any] {
            var container = encoder.container(keyedBy: JSONCodingKey.self)
            try JSONAny.encode(to: &container, dictionary: dict)
        } else {
            var container = encoder.singleValueContainer()
            try JSONAny.encode(to: &container, value: self.value)
        }
    }
}

