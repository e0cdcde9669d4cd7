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
//   let agentWaitParams = try? JSONDecoder().decode(AgentWaitParams.self, from: jsonData)
//   let agentWaitResult = try? JSONDecoder().decode(AgentWaitResult.self, from: jsonData)
//   let approvalGetParams = try? JSONDecoder().decode(ApprovalGetParams.self, from: jsonData)
//   let approvalGetResult = try? JSONDecoder().decode(ApprovalGetResult.self, from: jsonData)
//   let approvalHistoryParams = try? JSONDecoder().decode(ApprovalHistoryParams.self, from: jsonData)
//   let approvalHistoryResult = try? JSONDecoder().decode(ApprovalHistoryResult.self, from: jsonData)
//   let approvalResolveParams = try? JSONDecoder().decode(ApprovalResolveParams.self, from: jsonData)
//   let approvalResolveResult = try? JSONDecoder().decode(ApprovalResolveResult.self, from: jsonData)
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
//   let chatSendParams = try? JSONDecoder().decode(ChatSendParams.self, from: jsonData)
//   let chatSendResult = try? JSONDecoder().decode(ChatSendResult.self, from: jsonData)
//   let configApplyParams = try? JSONDecoder().decode(ConfigApplyParams.self, from: jsonData)
//   let configApplyResult = try? JSONDecoder().decode(ConfigApplyResult.self, from: jsonData)
//   let configGetParams = try? JSONDecoder().decode(ConfigGetParams.self, from: jsonData)
//   let configGetResult = try? JSONDecoder().decode(ConfigGetResult.self, from: jsonData)
//   let configPatchParams = try? JSONDecoder().decode(ConfigPatchParams.self, from: jsonData)
//   let configPatchResult = try? JSONDecoder().decode(ConfigPatchResult.self, from: jsonData)
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
//   let execApprovalGetParams = try? JSONDecoder().decode(ExecApprovalGetParams.self, from: jsonData)
//   let execApprovalGetResult = try? JSONDecoder().decode(ExecApprovalGetResult.self, from: jsonData)
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
//   let logsTailParams = try? JSONDecoder().decode(LogsTailParams.self, from: jsonData)
//   let logsTailResult = try? JSONDecoder().decode(LogsTailResult.self, from: jsonData)
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
//   let pluginsListParams = try? JSONDecoder().decode(PluginsListParams.self, from: jsonData)
//   let pluginsListResult = try? JSONDecoder().decode(PluginsListResult.self, from: jsonData)
//   let sendParams = try? JSONDecoder().decode(SendParams.self, from: jsonData)
//   let sendResult = try? JSONDecoder().decode(SendResult.self, from: jsonData)
//   let statusParams = try? JSONDecoder().decode(StatusParams.self, from: jsonData)
//   let statusResult = try? JSONDecoder().decode(StatusResult.self, from: jsonData)
//   let systemEventParams = try? JSONDecoder().decode(SystemEventParams.self, from: jsonData)
//   let systemEventResult = try? JSONDecoder().decode(SystemEventResult.self, from: jsonData)
//   let systemPresenceParams = try? JSONDecoder().decode(SystemPresenceParams.self, from: jsonData)
//   let systemPresenceResult = try? JSONDecoder().decode(SystemPresenceResult.self, from: jsonData)
//   let webLoginStartParams = try? JSONDecoder().decode(WebLoginStartParams.self, from: jsonData)
//   let webLoginStartResult = try? JSONDecoder().decode(WebLoginStartResult.self, from: jsonData)
//   let webLoginWaitParams = try? JSONDecoder().decode(WebLoginWaitParams.self, from: jsonData)
//   let webLoginWaitResult = try? JSONDecoder().decode(WebLoginWaitResult.self, from: jsonData)
//   let agentEvent = try? JSONDecoder().decode(AgentEvent.self, from: jsonData)
//   let canvasA2UIActionEvent = try? JSONDecoder().decode(CanvasA2UIActionEvent.self, from: jsonData)
//   let chatEvent = try? JSONDecoder().decode(ChatEvent.self, from: jsonData)
//   let connectChallengeEvent = try? JSONDecoder().decode(ConnectChallengeEvent.self, from: jsonData)
//   let devicePairRequestedEvent = try? JSONDecoder().decode(DevicePairRequestedEvent.self, from: jsonData)
//   let devicePairResolvedEvent = try? JSONDecoder().decode(DevicePairResolvedEvent.self, from: jsonData)
//   let execApprovalRequestedEvent = try? JSONDecoder().decode(ExecApprovalRequestedEvent.self, from: jsonData)
//   let execApprovalResolvedEvent = try? JSONDecoder().decode(ExecApprovalResolvedEvent.self, from: jsonData)
//   let healthEvent = try? JSONDecoder().decode(HealthEvent.self, from: jsonData)
//   let nodeInvokeRequestEvent = try? JSONDecoder().decode(NodeInvokeRequestEvent.self, from: jsonData)
//   let nodePairRequestedEvent = try? JSONDecoder().decode(NodePairRequestedEvent.self, from: jsonData)
//   let nodePairResolvedEvent = try? JSONDecoder().decode(NodePairResolvedEvent.self, from: jsonData)
//   let presenceEvent = try? JSONDecoder().decode(PresenceEvent.self, from: jsonData)
//   let shutdownEvent = try? JSONDecoder().decode(ShutdownEvent.self, from: jsonData)
//   let tickEvent = try? JSONDecoder().decode(TickEvent.self, from: jsonData)

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
    public let mode: Mode
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

    public init(buildID: String?, deviceFamily: String?, displayName: String?, id: ID, instanceID: String?, mode: Mode, modelIdentifier: String?, platform: String, timeZone: String?, version: String) {
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

public enum Mode: String, Codable {
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
    public let events: [String]
    public let methods: [String]

    public enum CodingKeys: String, CodingKey {
        case events = "events"
        case methods = "methods"
    }

    public init(events: [String], methods: [String]) {
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
    public let payloads: [Payload]

    public enum CodingKeys: String, CodingKey {
        case meta = "meta"
        case payloads = "payloads"
    }

    public init(meta: Meta, payloads: [Payload]) {
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

    public enum CodingKeys: String, CodingKey {
        case agentMeta = "agentMeta"
        case durationMS = "durationMs"
    }

    public init(agentMeta: AgentMeta, durationMS: Double) {
        self.agentMeta = agentMeta
        self.durationMS = durationMS
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
    public let usage: Usage?

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case model = "model"
        case provider = "provider"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
        case usage = "usage"
    }

    public init(agentID: String, model: String, provider: String?, sessionID: String, sessionKey: String, usage: Usage?) {
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

// MARK: - Usage
public struct Usage: Codable {
    public let completionTokens: Double
    public let promptTokens: Double
    public let totalTokens: Double

    public enum CodingKeys: String, CodingKey {
        case completionTokens = "completionTokens"
        case promptTokens = "promptTokens"
        case totalTokens = "totalTokens"
    }

    public init(completionTokens: Double, promptTokens: Double, totalTokens: Double) {
        self.completionTokens = completionTokens
        self.promptTokens = promptTokens
        self.totalTokens = totalTokens
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Payload
public struct Payload: Codable {
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

// MARK: - ApprovalHistoryResult
public struct ApprovalHistoryResult: Codable {
    public let entries: [Entry]

    public enum CodingKeys: String, CodingKey {
        case entries = "entries"
    }

    public init(entries: [Entry]) {
        self.entries = entries
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - Entry
public struct Entry: Codable {
    public let agentID: String?
    public let command: String
    public let createdAtMS: Int
    public let decision: Decision?
    public let host: String?
    public let id: String
    public let kind: PresentationKind
    public let nodeID: String?
    public let reason: String?
    public let resolvedAtMS: Int
    public let resolvedBy: String?
    public let status: ApprovalStatus

    public enum CodingKeys: String, CodingKey {
        case agentID = "agentId"
        case command = "command"
        case createdAtMS = "createdAtMs"
        case decision = "decision"
        case host = "host"
        case id = "id"
        case kind = "kind"
        case nodeID = "nodeId"
        case reason = "reason"
        case resolvedAtMS = "resolvedAtMs"
        case resolvedBy = "resolvedBy"
        case status = "status"
    }

    public init(agentID: String?, command: String, createdAtMS: Int, decision: Decision?, host: String?, id: String, kind: PresentationKind, nodeID: String?, reason: String?, resolvedAtMS: Int, resolvedBy: String?, status: ApprovalStatus) {
        self.agentID = agentID
        self.command = command
        self.createdAtMS = createdAtMS
        self.decision = decision
        self.host = host
        self.id = id
        self.kind = kind
        self.nodeID = nodeID
        self.reason = reason
        self.resolvedAtMS = resolvedAtMS
        self.resolvedBy = resolvedBy
        self.status = status
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ApprovalResolveParams
public struct ApprovalResolveParams: Codable {
    public let decision: Decision
    public let grantExpiresInDays: Int?
    public let id: String
    public let kind: ApprovalResolveParamsKind
    public let reviewer: Reviewer?

    public enum CodingKeys: String, CodingKey {
        case decision = "decision"
        case grantExpiresInDays = "grantExpiresInDays"
        case id = "id"
        case kind = "kind"
        case reviewer = "reviewer"
    }

    public init(decision: Decision, grantExpiresInDays: Int?, id: String, kind: ApprovalResolveParamsKind, reviewer: Reviewer?) {
        self.decision = decision
        self.grantExpiresInDays = grantExpiresInDays
        self.id = id
        self.kind = kind
        self.reviewer = reviewer
    }
}

public enum ApprovalResolveParamsKind: String, Codable {
    case exec = "exec"
    case plugin = "plugin"
    case systemAgent = "system-agent"
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
    public let requests: [RequestElement]

    public enum CodingKeys: String, CodingKey {
        case allowFrom = "allowFrom"
        case requests = "requests"
    }

    public init(allowFrom: [String: JSONAny], requests: [RequestElement]) {
        self.allowFrom = allowFrom
        self.requests = requests
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
    public let runID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case runID = "runId"
        case sessionKey = "sessionKey"
    }

    public init(runID: String?, sessionKey: String) {
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
    public let limit: Int?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case limit = "limit"
        case sessionKey = "sessionKey"
    }

    public init(limit: Int?, sessionKey: String) {
        self.limit = limit
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - ChatHistoryResult
public struct ChatHistoryResult: Codable {
    public let messages: [MessageElement]
    public let sessionID: String?
    public let sessionKey: String

    public enum CodingKeys: String, CodingKey {
        case messages = "messages"
        case sessionID = "sessionId"
        case sessionKey = "sessionKey"
    }

    public init(messages: [MessageElement], sessionID: String?, sessionKey: String) {
        self.messages = messages
        self.sessionID = sessionID
        self.sessionKey = sessionKey
    }
}

// Gateway protocol models, generated by `npm run protocol:gen:swift` from the live registries.

// Do not edit by hand. Compiling this file is up to the app's build.

// MARK: - MessageElement
public struct MessageElement: Codable {
    public let content: TentacledContent?
    public let role: String
    public let timestamp: Double?

    public enum CodingKeys: String, CodingKey {
        case content = "content"
        case role = "role"
        case timestamp = "timestamp"
    }

    public init(content: TentacledContent?, role: String, timestamp: Double?) {
        self.content = content
        self.role = role
        self.timestamp = timestamp
    }
}

public enum TentacledContent: Codable {
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
        throw DecodingError.typeMismatch(TentacledContent.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for TentacledContent"))
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

// MARK: - ChatSendParams
public struct ChatSendParams: Codable {
    public let attachments: [ChatSendParamsAttachment]?
    public let deliver: Bool?
    public let idempotencyKey: String
    public let message: String
    public let sessionKey: String
    public let thinking: String?
    public let timeoutMS: Int?

    public enum CodingKeys: String, CodingKey {
        case attachments = "attachments"
        case deliver = "deliver"
        case idempotencyKey = "idempotencyKey"
        case message = "message"
        case sessionKey = "sessionKey"
        case thinking = "thinking"
        case timeoutMS = "timeoutMs"
    }

    public init(attachments: [ChatSendParamsAttachment]?, deliver: Bool?, idempotencyKey: String, message: String, sessionKey: String, thinking: String?, timeoutMS: Int?) {
        self.attachments = attachments
        self.deliver = deliver
        self.idempotencyKey = idempotencyKey
        self.message = message
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
    public let issues: [Issue]
    public let path: String
    public let raw: String?
    public let valid: Bool
    public let warnings: [String]

    public enum CodingKeys: String, CodingKey {
        case config = "config"
        case exists = "exists"
        case hash = "hash"
        case issues = "issues"
        case path = "path"
        case raw = "raw"
        case valid = "valid"
        case warnings = "warnings"
    }

    public init(config: JSONAny, exists: Bool, hash: String, issues: [Issue], path: String, raw: String?, valid: Bool, warnings: [String]) {
        self.config = config
        self.exists = exists
        self.hash = hash
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

    public init(approvedAtMS: Double, clientID: String?, clientMode: String?, createdAtMS: Double, deviceFamily: String?, deviceID: String, displayName: String?, platform: String?, publicKey: String, remoteIP: String?, role: String?, roles: [String], scopes: [String], tokens: [PairedToken]) {
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
        case source = "source"
        case state = "state"
        case version = "version"
    }

    public init(apiVersion: String?, configPaths: [String], description: String?, error: String?, errorCode: String?, methods: [String], name: String, origin: Origin, provides: [String], requires: [String], routes: [String], source: String, state: PluginState, version: String?) {
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
    public let threadID: ThreadID?
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

    public init(accountID: String?, agentID: String?, channel: String?, gifPlayback: Bool?, idempotencyKey: String, mediaURL: String?, mediaUrls: [String]?, message: String?, sessionKey: String?, threadID: ThreadID?, to: String) {
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

public enum ThreadID: Codable {
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
        throw DecodingError.typeMismatch(ThreadID.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for ThreadID"))
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
    public let processMemory: ProcessMemory
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

    public init(channelSummary: [String], configPath: String, connections: Connections, gateway: Gateway, heartbeat: [String: JSONAny], host: String, lastError: LastError?, pid: Int, plugins: StatusResultPlugins, processMemory: ProcessMemory, queuedSystemEvents: [JSONAny], runtimeVersion: String, sessions: [String: JSONAny], stateDir: String, uptimeMS: Double) {
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

// MARK: - ProcessMemory
public struct ProcessMemory: Codable {
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
    public let content: StickyContent?
    public let role: String
    public let timestamp: Double?

    public enum CodingKeys: String, CodingKey {
        case content = "content"
        case role = "role"
        case timestamp = "timestamp"
    }

    public init(content: StickyContent?, role: String, timestamp: Double?) {
        self.content = content
        self.role = role
        self.timestamp = timestamp
    }
}

public enum StickyContent: Codable {
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
        throw DecodingError.typeMismatch(StickyContent.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Wrong type for StickyContent"))
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

